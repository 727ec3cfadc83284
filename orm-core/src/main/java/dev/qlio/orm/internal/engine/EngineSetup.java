package dev.qlio.orm.internal.engine;

import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Index;
import dev.qlio.orm.schema.TableMeta;
import dev.qlio.orm.schema.TableMetadata;
import java.sql.Connection;
import java.time.Duration;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.datasource.DataSourceUtils;

/** What a {@code Database} checks and finds out before it builds its engine. */
public final class EngineSetup {

    private EngineSetup() {}

    /**
     * Detects the dialect from a connection of the data source.
     *
     * @param dataSource the data source
     * @return the dialect
     */
    public static Dialect detect(DataSource dataSource) {
        Connection connection;
        try {
            connection = DataSourceUtils.getConnection(dataSource);
        } catch (CannotGetJdbcConnectionException ex) {
            throw new IllegalStateException(
                    "Cannot connect to detect the SQL dialect; set it explicitly with"
                            + " Database.builder(...).dialect(...) or qlio.orm.dialect",
                    ex);
        }
        try {
            return Dialect.detect(connection);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * Checks every table, column and index name against the dialect's length limits.
     *
     * @param metadata the registry
     * @param dialect the dialect
     */
    public static void checkIdentifiers(TableMetadata metadata, Dialect dialect) {
        for (TableMeta<?> table : metadata.tables().values()) {
            dialect.identifiers().check("Table " + table.tableClass().getName(), table.name());
            for (Column<?> c : table.columns()) {
                dialect.identifiers()
                        .check(
                                "Column "
                                        + table.tableClass().getSimpleName()
                                        + "."
                                        + c.fieldName(),
                                c.name());
            }
            for (Index index : table.indexes()) {
                dialect.identifiers().check("Index on table " + table.name(), index.name());
            }
        }
    }

    /**
     * Checks a duration setting.
     *
     * @param name the setting, for the message
     * @param value a positive duration, or {@code null} for off
     * @return the value
     * @throws IllegalArgumentException when it is zero or negative
     */
    public static @Nullable Duration positive(String name, @Nullable Duration value) {
        if (value != null && (value.isNegative() || value.isZero())) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
        return value;
    }

    /**
     * Checks a count setting.
     *
     * @param name the setting, for the message
     * @param value the count
     * @return the value
     * @throws IllegalArgumentException when it is below 1
     */
    public static int atLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
        return value;
    }
}
