package dev.qlio.orm.query;

import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.expression.Expression;
import dev.qlio.orm.expression.SortKey;
import dev.qlio.orm.expression.Subquery;
import dev.qlio.orm.schema.AliasedTable;
import dev.qlio.orm.schema.Relationship;
import dev.qlio.orm.schema.Table;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A typed select of columns and expressions from one or more tables, read into {@link Tuple}s or
 * Java records; built by {@code session.select(expressions...).from(Table.class)}:
 *
 * <pre>{@code
 * List<AuthorStats> stats = session
 *         .select(Author.NAME, count().as("books"), avg(Book.PAGES).as("averagePages"))
 *         .from(Author.class)
 *         .join(Book.class, Book.AUTHOR_ID.equalTo(Author.ID))   // or .join(Author.BOOKS)
 *         .where(Book.PAGES.gt(100))
 *         .groupBy(Author.NAME)
 *         .having(count().ge(2L))
 *         .orderBy(Author.NAME.asc())
 *         .all(AuthorStats.class);
 * }</pre>
 *
 * <p>Columns are qualified by their table's name, or the alias a table is joined under; a column of
 * a table the query does not name fails when the query runs, naming it. The query is also a {@link
 * Subquery} for {@code Sql.exists}, {@code in(...)} and {@code Sql.scalar}: its conditions may then
 * name columns of the enclosing query. Not thread-safe; each builder method returns this query.
 */
public interface TupleQuery extends Subquery {

    /** The first step of a select of expressions: the table it reads. */
    interface From {

        /**
         * The table the select reads first.
         *
         * @param table the table class
         * @return the query
         */
        TupleQuery from(Class<? extends Table> table);

        /**
         * The table the select reads first, under an alias.
         *
         * @param table the aliased table
         * @return the query
         */
        TupleQuery from(AliasedTable<?> table);
    }

    /**
     * Removes duplicate result rows: {@code SELECT DISTINCT}.
     *
     * @return this query
     */
    TupleQuery distinct();

    /**
     * An inner join: {@code JOIN table ON condition}.
     *
     * @param table the table class, its columns qualified by its name
     * @param on the join condition, e.g. {@code Book.AUTHOR_ID.equalTo(Author.ID)}
     * @return this query
     */
    TupleQuery join(Class<? extends Table> table, Condition on);

    /**
     * An inner join of an aliased table (a self-join, or a table joined twice).
     *
     * @param table the aliased table; name its columns with {@code table.column(...)}
     * @param on the join condition
     * @return this query
     */
    TupleQuery join(AliasedTable<?> table, Condition on);

    /**
     * A left outer join: rows of the tables before it are kept when no row of {@code table} matches
     * (its columns are then NULL).
     *
     * @param table the table class
     * @param on the join condition
     * @return this query
     */
    TupleQuery leftJoin(Class<? extends Table> table, Condition on);

    /**
     * A left outer join of an aliased table.
     *
     * @param table the aliased table
     * @param on the join condition
     * @return this query
     */
    TupleQuery leftJoin(AliasedTable<?> table, Condition on);

    /**
     * An inner join through a declared relationship (or back-reference) of a table the query
     * already reads: its target is joined under its table name on the relationship's keys; a
     * many-to-many joins its link table too.
     *
     * @param relationship the relationship
     * @return this query
     */
    TupleQuery join(Relationship<?> relationship);

    /**
     * A left outer join through a declared relationship.
     *
     * @param relationship the relationship
     * @return this query
     */
    TupleQuery leftJoin(Relationship<?> relationship);

    /**
     * Adds a {@code WHERE} condition; several calls are combined with AND.
     *
     * @param condition the condition
     * @return this query
     */
    TupleQuery where(Condition condition);

    /**
     * Groups the rows: {@code GROUP BY}.
     *
     * @param expressions the grouping expressions
     * @return this query
     */
    TupleQuery groupBy(Expression<?>... expressions);

    /**
     * Adds a {@code HAVING} condition on the groups, e.g. {@code count().ge(3L)}; several calls are
     * combined with AND.
     *
     * @param condition the condition
     * @return this query
     */
    TupleQuery having(Condition condition);

    /**
     * Adds sort keys. An expression selected with an alias is sorted on by its alias.
     *
     * @param keys the sort keys, in priority order ({@code expression.asc()}, {@code .desc()},
     *     optionally {@code .nullsFirst()} / {@code .nullsLast()})
     * @return this query
     */
    TupleQuery orderBy(SortKey... keys);

    /**
     * Returns at most {@code limit} rows.
     *
     * @param limit zero or more
     * @return this query
     */
    TupleQuery limit(int limit);

    /**
     * Skips the first {@code offset} rows.
     *
     * @param offset zero or more
     * @return this query
     */
    TupleQuery offset(int offset);

    /**
     * Keyset paging: only the rows after the given values of the sort keys, in the order of {@link
     * #orderBy} (ascending, descending and where NULLs go all respected). Pass the values of the
     * last row of the previous page; make the last sort key unique (a primary key) so no two rows
     * tie. Unlike an offset, rows inserted or deleted before the position never shift the next
     * page. The sort keys get an explicit null ordering: NULLs last ascending and first descending
     * unless the key says otherwise.
     *
     * @param values one value per sort key, in order ({@code null} for SQL NULL)
     * @return this query
     * @throws IllegalArgumentException when the number or a type of the values does not match
     */
    TupleQuery seekAfter(Object... values);

    /**
     * Keyset paging after a row of the previous page: {@link #seekAfter} with its values of the
     * sort keys (each sort key must be selected).
     *
     * @param last the last tuple of the previous page
     * @return this query
     */
    TupleQuery after(Tuple last);

    /**
     * Reads soft-deleted rows too: the {@link dev.qlio.orm.schema.Column#softDelete() soft-delete}
     * filter is dropped for every table this select and its subqueries name.
     *
     * @return this query
     */
    TupleQuery includeDeleted();

    /**
     * Reads every tenant's rows: the {@link dev.qlio.orm.schema.Column#tenant() tenant} filter is
     * dropped for every table this select and its subqueries name.
     *
     * @return this query
     */
    TupleQuery allTenants();

    /**
     * Locks the rows read until the transaction ends: {@code FOR UPDATE}.
     *
     * @return this query
     * @throws UnsupportedOperationException on a database without row locks (SQLite)
     */
    TupleQuery forUpdate();

    /**
     * Locks the rows read against changes, sharing the lock with other readers: {@code FOR SHARE}
     * (MariaDB {@code LOCK IN SHARE MODE}).
     *
     * @return this query
     * @throws UnsupportedOperationException on a database without shared row locks (H2, SQLite)
     */
    TupleQuery forShare();

    /**
     * With a lock: fail at once instead of waiting for a row another transaction locked ({@code
     * NOWAIT}); the failure is Spring's {@code CannotAcquireLockException} or another {@code
     * PessimisticLockingFailureException}.
     *
     * @return this query
     */
    TupleQuery noWait();

    /**
     * With a lock: leave out the rows another transaction locked ({@code SKIP LOCKED}), e.g. to
     * take jobs from a queue table.
     *
     * @return this query
     */
    TupleQuery skipLocked();

    /**
     * Limits how long the statement may run (rounded up to seconds).
     *
     * @param timeout a positive duration
     * @return this query
     */
    TupleQuery timeout(Duration timeout);

    /**
     * Renders the statement without running it: values appear as {@code ?}.
     *
     * @return the SQL text
     */
    String toSql();

    /**
     * Every result row.
     *
     * @return the tuples
     */
    List<Tuple> all();

    /**
     * Every result row as a record (see {@link Tuple#into}).
     *
     * @param recordClass the record class
     * @param <R> its type
     * @return the records
     */
    <R> List<R> all(Class<R> recordClass);

    /**
     * The first result row, if any.
     *
     * @return the tuple
     */
    Optional<Tuple> first();

    /**
     * The first result row as a record, if any.
     *
     * @param recordClass the record class
     * @param <R> its type
     * @return the record
     */
    <R> Optional<R> first(Class<R> recordClass);

    /**
     * The values of one selected expression, one per result row.
     *
     * @param expression a selected expression
     * @param <V> its type
     * @return the values, in order
     */
    <V> List<V> all(Expression<V> expression);
}
