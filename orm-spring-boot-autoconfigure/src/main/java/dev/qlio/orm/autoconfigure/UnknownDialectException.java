package dev.qlio.orm.autoconfigure;

import org.jspecify.annotations.Nullable;

/**
 * Qlio has no dialect for the database: the {@code qlio.orm.dialect} property names none, or the
 * database behind the {@code DataSource} is not supported.
 */
public class UnknownDialectException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The built-in dialect names, as {@code qlio.orm.dialect} accepts them. */
    static final String KNOWN = "h2, postgresql, mariadb, mysql, sqlite";

    /** The dialect name that was asked for, if one was. */
    private final @Nullable String dialectName;

    /** The product name the database reported, if it was reached. */
    private final @Nullable String databaseProduct;

    private UnknownDialectException(
            String message,
            @Nullable String dialectName,
            @Nullable String databaseProduct,
            @Nullable Throwable cause) {
        super(message, cause);
        this.dialectName = dialectName;
        this.databaseProduct = databaseProduct;
    }

    /**
     * The {@code qlio.orm.dialect} property names no dialect.
     *
     * @param dialectName the value of the property
     * @param cause the cause, if any
     * @return the exception
     */
    static UnknownDialectException forName(String dialectName, @Nullable Throwable cause) {
        return new UnknownDialectException(
                "Unknown Qlio dialect '"
                        + dialectName
                        + "' in qlio.orm.dialect (known: "
                        + KNOWN
                        + ", or the class name of a dev.qlio.orm.dialect.Dialect)",
                dialectName,
                null,
                cause);
    }

    /**
     * The database behind the data source is not supported.
     *
     * @param product its product name
     * @param cause the cause
     * @return the exception
     */
    static UnknownDialectException forDatabase(String product, @Nullable Throwable cause) {
        return new UnknownDialectException(
                "No Qlio dialect for database '"
                        + product
                        + "' (known: "
                        + KNOWN
                        + "); set qlio.orm.dialect",
                null,
                product,
                cause);
    }

    /**
     * The value of {@code qlio.orm.dialect} that names no dialect.
     *
     * @return the name, or {@code null} when the dialect was being detected
     */
    public @Nullable String getDialectName() {
        return this.dialectName;
    }

    /**
     * The product name of the unsupported database.
     *
     * @return the name, or {@code null} when the property was at fault
     */
    public @Nullable String getDatabaseProduct() {
        return this.databaseProduct;
    }
}
