package dev.qlio.orm.query;

import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.expression.Ordering;
import dev.qlio.orm.schema.Table;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A typed query returning rows of one table, built fluently and run by {@link #all()}, {@link
 * #first()}, {@link #count()} or {@link #stream()}. Not thread-safe; each builder method returns
 * this query.
 *
 * @param <T> the table class
 */
public interface SelectQuery<T extends Table> {

    /**
     * Adds a condition; several calls are combined with AND.
     *
     * @param condition the condition
     * @return this query
     */
    SelectQuery<T> where(Condition condition);

    /**
     * Sets the sort order.
     *
     * @param orderings the sort keys, in priority order
     * @return this query
     */
    SelectQuery<T> orderBy(Ordering... orderings);

    /**
     * Returns at most {@code limit} rows.
     *
     * @param limit zero or more
     * @return this query
     */
    SelectQuery<T> limit(int limit);

    /**
     * Skips the first {@code offset} rows.
     *
     * @param offset zero or more
     * @return this query
     */
    SelectQuery<T> offset(int offset);

    /**
     * The first row, if any.
     *
     * @return the row
     */
    Optional<T> first();

    /**
     * All rows.
     *
     * @return the rows
     */
    List<T> all();

    /**
     * The number of matching rows (limit and offset applied).
     *
     * @return the count
     */
    long count();

    /**
     * The rows as a stream over a real cursor read with the fetch size; it holds its connection
     * until closed, so use it in try-with-resources.
     *
     * @return the stream
     */
    Stream<T> stream();
}
