package dev.qlio.orm.query;

import dev.qlio.orm.expression.ColumnReference;
import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.expression.Ordering;
import java.util.List;
import java.util.Optional;

/**
 * A select of columns and aggregates into records, made from a {@link SelectQuery} with {@link
 * SelectQuery#project}: its table, conditions (including those through relationships), order and
 * paging carry over, and grouping, conditions on groups and {@code DISTINCT} are added here. Each
 * record component takes the selected item of its name: a column by its property name ({@code
 * AUTHOR_ID} as {@code authorId}), an aggregate by its alias ({@code count().as("books")}).
 *
 * <pre>{@code
 * record AuthorStats(Long authorId, Long books, Double averagePages) {}
 *
 * List<AuthorStats> stats = session.select(Book.class)
 *         .where(Book.PAGES.gt(100))
 *         .project(AuthorStats.class, Book.AUTHOR_ID, count().as("books"), avg(Book.PAGES).as("averagePages"))
 *         .groupBy(Book.AUTHOR_ID)
 *         .having(count().ge(2L))
 *         .orderBy(count().desc(), Book.AUTHOR_ID.asc())
 *         .all();
 * }</pre>
 *
 * @param <R> the record type
 */
public interface ProjectionQuery<R> {

    /**
     * Removes repeated results ({@code SELECT DISTINCT}).
     *
     * @return this query
     */
    ProjectionQuery<R> distinct();

    /**
     * Groups the rows by columns; every selected column must be one of them (the database says so
     * otherwise).
     *
     * @param columns the grouping columns
     * @return this query
     */
    ProjectionQuery<R> groupBy(ColumnReference<?>... columns);

    /**
     * A condition on the groups, usually on an aggregate ({@code count().gt(2L)}); several are
     * combined with AND.
     *
     * @param condition the condition
     * @return this query
     */
    ProjectionQuery<R> having(Condition condition);

    /**
     * Sort keys after those of the select, on columns or aggregates.
     *
     * @param orderings the sort keys
     * @return this query
     */
    ProjectionQuery<R> orderBy(Ordering... orderings);

    /**
     * At most this many results.
     *
     * @param limit zero or more
     * @return this query
     */
    ProjectionQuery<R> limit(int limit);

    /**
     * Skips this many results.
     *
     * @param offset zero or more
     * @return this query
     */
    ProjectionQuery<R> offset(int offset);

    /**
     * Runs the query.
     *
     * @return the records, in order
     */
    List<R> all();

    /**
     * Runs the query for its first result.
     *
     * @return the first record, if any
     */
    Optional<R> first();

    /**
     * The SQL the query runs, with {@code ?} for each parameter.
     *
     * @return the SQL
     */
    String toSql();
}
