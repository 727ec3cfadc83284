package dev.qlio.orm.query;

import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Table;
import org.jspecify.annotations.Nullable;

/**
 * A bulk {@code UPDATE} of the rows matching a condition; a version column is incremented.
 *
 * @param <T> the table class
 */
public interface UpdateQuery<T extends Table> {

    /**
     * Sets a column to a value on every matching row.
     *
     * @param column the column
     * @param value the value, {@code null} for SQL NULL
     * @param <V> its type
     * @return this query
     */
    <V> UpdateQuery<T> set(Column<V> column, @Nullable V value);

    /**
     * Adds a condition; several calls are combined with AND. Without one every row is updated.
     *
     * @param condition the condition
     * @return this query
     */
    UpdateQuery<T> where(Condition condition);

    /**
     * Updates soft-deleted rows too (by default they are left alone).
     *
     * @return this query
     */
    UpdateQuery<T> includeDeleted();

    /**
     * Updates every tenant's rows (by default only the current tenant's).
     *
     * @return this query
     */
    UpdateQuery<T> allTenants();

    /**
     * Limits how long each statement of this query may run; the shorter of it, the database's
     * {@code queryTimeout} and the Spring transaction's deadline applies. JDBC counts whole
     * seconds, so the limit is rounded up. A statement cancelled at it throws Spring's {@code
     * QueryTimeoutException}.
     *
     * @param timeout a positive duration
     * @return this query
     */
    UpdateQuery<T> timeout(java.time.Duration timeout);

    /**
     * Runs the update.
     *
     * @return the number of rows updated
     */
    long execute();
}
