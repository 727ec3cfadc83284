package dev.qlio.orm.dialect;

import java.sql.SQLException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.BadSqlGrammarException;

/** SQLite's errors: Spring's translator has no SQLite error codes, so Qlio translates them. */
final class SqliteErrors extends ErrorTranslation {

    /** sqlite-jdbc names the extended result code in the message. */
    @Override
    public @Nullable DataAccessException translate(
            String task, @Nullable String sql, SQLException ex) {
        String message = String.valueOf(ex.getMessage());
        String text = task + "; SQL [" + sql + "]; " + message;
        if (message.contains("SQLITE_CONSTRAINT_PRIMARYKEY")
                || message.contains("SQLITE_CONSTRAINT_UNIQUE")) {
            return new DuplicateKeyException(text, ex);
        }
        if (message.contains("SQLITE_CONSTRAINT")) {
            return new DataIntegrityViolationException(text, ex);
        }
        if (message.contains("SQLITE_INTERRUPT")) {
            // Qlio interrupts a statement at its timeout (Statements.driverEnforcesQueryTimeout)
            return new QueryTimeoutException(text, ex);
        }
        if (message.contains("SQLITE_BUSY") || message.contains("SQLITE_LOCKED")) {
            return new CannotAcquireLockException(text, ex);
        }
        String lower = message.toLowerCase(Locale.ROOT);
        if (message.contains("SQLITE_ERROR")
                && (lower.contains("syntax error") || lower.contains("no such"))) {
            return new BadSqlGrammarException(task, String.valueOf(sql), ex);
        }
        return null;
    }
}
