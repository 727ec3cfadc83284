package dev.qlio.orm.dialect;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;

/**
 * The error role of a dialect: translating errors Spring's translator does not know for the
 * database, and removing bound values the driver copied into messages, so that an error carries the
 * SQL but never the data. By default Spring translates and messages are kept. Thread-safe.
 */
public class ErrorTranslation {

    /** Spring's translation and messages as the driver wrote them; subclass to change either. */
    protected ErrorTranslation() {}

    /**
     * Translates an error Spring's translator does not know for this database (e.g. SQLite's).
     *
     * @param task what was being done
     * @param sql the SQL
     * @param ex the error
     * @return the translated exception, or {@code null} to use Spring's translator
     */
    public @Nullable DataAccessException translate(
            String task, @Nullable String sql, SQLException ex) {
        return null;
    }

    /**
     * Removes bound values a driver copied into an error message (e.g. MariaDB's "Duplicate entry
     * 'x'").
     *
     * @param message the driver's message
     * @return the message without values
     */
    public String redact(String message) {
        return message;
    }
}
