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
     * Runs the delete.
     *
     * @return the number of rows deleted
     */
    long execute();
}
