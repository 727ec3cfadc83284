package dev.qlio.orm.internal.exec;

import dev.qlio.orm.dialect.Dialect;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * Turns a JDBC error into Spring's {@link DataAccessException} hierarchy: the dialect's own
 * translation first, then Spring's error codes; the message carries the SQL, never the values (the
 * dialect redacts the value parts of the driver's message). Thread-safe.
 */
public final class ErrorTranslator {

    private final Dialect dialect;

    private final SQLExceptionTranslator fallback;

    /**
     * A translator for one database.
     *
     * @param dialect the dialect that redacts and translates first
     * @param dataSource the data source whose error codes Spring looks up
     */
    public ErrorTranslator(Dialect dialect, DataSource dataSource) {
        this.dialect = dialect;
        this.fallback = fallback(dialect, dataSource);
    }

    /**
     * Spring's error-code translator: by the database's product name when the dialect is a built-in
     * one, so building a database reaches no connection; else looked up from the data source on
     * first use.
     */
    private static SQLExceptionTranslator fallback(Dialect dialect, DataSource dataSource) {
        @Nullable String product =
                switch (dialect.name()) {
                    case "h2" -> "H2";
                    case "postgresql" -> "PostgreSQL";
                    case "mariadb", "mysql" -> "MySQL";
                    default -> null;
                };
        if (product != null) {
            return new SQLErrorCodeSQLExceptionTranslator(product);
        }
        SQLErrorCodeSQLExceptionTranslator translator = new SQLErrorCodeSQLExceptionTranslator();
        translator.setDataSource(dataSource);
        return translator;
    }

    /**
     * Translates an error.
     *
     * @param task what was being done, e.g. {@code Qlio insert on users}
     * @param sql the SQL, or {@code null}
     * @param original the error
     * @return the exception to throw
     */
    public DataAccessException translate(String task, @Nullable String sql, SQLException original) {
        SQLException ex = original;
        String message = original.getMessage();
        if (message != null) {
            String redacted = this.dialect.errors().redact(message);
            if (!redacted.equals(message)) {
                // keep the codes for the translators, drop the values from the message
                ex =
                        new SQLException(
                                redacted,
                                original.getSQLState(),
                                original.getErrorCode(),
                                original);
            }
        }
        DataAccessException translated = this.dialect.errors().translate(task, sql, ex);
        if (translated == null) {
            translated = this.fallback.translate(task, sql, ex);
        }
        if (translated == null) {
            translated = new UncategorizedSQLException(task, sql, ex);
        }
        return translated;
    }
}
