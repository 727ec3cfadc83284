package dev.qlio.orm.internal.exec;

import java.sql.Connection;
import org.springframework.dao.DataAccessException;

/**
 * Where the {@link StatementExecutor} gets its connection: a session, which begins its transaction
 * as the statement requires, refuses when it is closed, and closes the cursors still open when it
 * ends.
 */
public interface ConnectionSource {

    /**
     * The connection to run a statement of the given kind on, its transaction begun if the kind
     * needs one.
     *
     * @param operation the kind of statement about to run
     * @return the connection
     * @throws IllegalStateException when the source is closed
     */
    Connection connectionFor(Operation operation);

    /**
     * The connection to open a cursor on: some databases keep cursors only inside a transaction.
     *
     * @return the connection
     */
    default Connection cursorConnection() {
        return connectionFor(Operation.SELECT);
    }

    /**
     * A cursor was opened on this source's connection; the source closes it when it ends.
     *
     * @param cursor the cursor
     */
    default void cursorOpened(OpenCursor cursor) {}

    /**
     * A cursor was closed by its reader.
     *
     * @param cursor the cursor
     */
    default void cursorClosed(OpenCursor cursor) {}

    /**
     * A statement on this source's connection failed: the source may explain the error better (e.g.
     * a lock its own thread holds).
     *
     * @param error the translated error
     * @return the error to throw
     */
    default RuntimeException explain(DataAccessException error) {
        return error;
    }

    /**
     * A statement on this source's connection failed in the database (after it was sent): a
     * session's transaction can then no longer commit — PostgreSQL has aborted it, and the other
     * databases must not commit the statements around the failed one.
     *
     * @param operation the kind of statement
     * @param error the translated error
     */
    default void statementFailed(Operation operation, RuntimeException error) {}
}
