package dev.qlio.orm.session;

import org.springframework.dao.DataAccessException;

/**
 * Thrown instead of a commit when a statement of the unit of work failed: the transaction was
 * rolled back, nothing of it was committed, and every row it wrote is as it was before it. The
 * failed statement's error is the cause.
 *
 * <p>A failed statement dooms its transaction on every database alike: PostgreSQL aborts the
 * transaction and would otherwise "commit" nothing without saying so, while H2, MariaDB and SQLite
 * would commit the statements around the failed one. To carry on after a failure you expect (a
 * duplicate key, say), set a {@link Session#savepoint() savepoint} before the statement and roll
 * back to it: a failure after a savepoint that was rolled back does not doom the transaction.
 *
 * <p>{@code TransactionRetry} judges this exception by its cause: a unit of work doomed by a
 * serialization failure is run again.
 */
public class UnitOfWorkFailedException extends DataAccessException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception caused by the statement failure that doomed the unit of work.
     *
     * @param message the message
     * @param cause the failure of the statement
     */
    public UnitOfWorkFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
