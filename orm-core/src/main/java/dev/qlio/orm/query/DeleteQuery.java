package dev.qlio.orm.query;

import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.schema.Table;

/**
 * A bulk {@code DELETE} of the rows matching a condition.
 *
 * @param <T> the table class
 */
public interface DeleteQuery<T extends Table> {

    /**
     * Adds a condition; several calls are combined with AND. Without one every row is deleted.
     *
     * @param condition the condition
     * @return this query
     */
    DeleteQuery<T> where(Condition condition);

    /**
     * Deletes for good: on a table with a {@link dev.qlio.orm.schema.Column#softDelete()
     * soft-delete} column, the matching rows — soft-deleted ones included — are removed with {@code
     * DELETE} instead of being marked deleted.
     *
     * @return this query
     */
    DeleteQuery<T> includeDeleted();

    /**
     * Deletes every tenant's rows (by default only the current tenant's).
     *
     * @return this query
     */
    DeleteQuery<T> allTenants();

    /**
     * Limits how long each statement of this query may run; the shorter of it, the database's
     * {@code queryTimeout} and the Spring transaction's deadline applies. JDBC counts whole
     * seconds, so the limit is rounded up. A statement cancelled at it throws Spring's {@code
     * QueryTimeoutException}.
     *
     * @param timeout a positive duration
     * @return this query
     */
    DeleteQuery<T> timeout(java.time.Duration timeout);

    /**
     * Runs the delete.
     *
     * @return the number of rows deleted
     */
    long execute();
}
