package dev.qlio.orm.query;

import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.expression.Ordering;
import dev.qlio.orm.schema.AliasedTable;
import dev.qlio.orm.schema.LoadPath;
import dev.qlio.orm.schema.LoadStrategy;
import dev.qlio.orm.schema.Relationship;
import dev.qlio.orm.schema.Table;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

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
     * Limits how long each statement of this query may run; the shorter of it, the database's
     * {@code queryTimeout} and the Spring transaction's deadline applies. JDBC counts whole
     * seconds, so the limit is rounded up. A statement cancelled at it throws Spring's {@code
     * QueryTimeoutException}.
     *
     * @param timeout a positive duration
     * @return this query
     */
    SelectQuery<T> timeout(java.time.Duration timeout);

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
     * Selects columns and aggregates of this query's rows into records instead of rows: the
     * conditions, order and paging so far carry over (see {@link ProjectionQuery}). Each record
     * component takes the item of its name, a column by its property name, an aggregate by its
     * alias; a component without an item, an item without a component, or a value the component's
     * type cannot hold fails naming the component.
     *
     * @param type the record class
     * @param items columns (of this table, or of a table a condition joins) and aggregates
     * @param <R> the record type
     * @return the projection
     * @throws IllegalArgumentException if an item and the record's components do not match
     * @throws IllegalStateException if relationships are loaded or rows locked
     */
    <R extends Record> ProjectionQuery<R> project(
            Class<R> type, dev.qlio.orm.expression.ColumnReference<?>... items);

    /**
     * Keyset paging: only the rows that come after {@code row} in this query's order, which must
     * end with the primary key (so every row has one place). Call it after {@link #orderBy}, with
     * the last row of the page before; with {@link #limit} it reads the next page by the index,
     * however deep, and a row inserted meanwhile is never shown twice nor makes another one skip.
     * Each key may be ascending or descending and nullable: NULLs are placed where the database
     * sorts them.
     *
     * <pre>{@code
     * List<Book> next = session.select(Book.class)
     *         .orderBy(Book.PUBLISHED.desc(), Book.ID.asc())
     *         .after(lastOfPreviousPage)
     *         .limit(20)
     *         .all();
     * }</pre>
     *
     * @param row the last row of the previous page, a row of this query's table
     * @return this query
     * @throws IllegalStateException if the order is missing or does not end with the primary key
     * @throws IllegalArgumentException if the order uses another table's columns
     */
    SelectQuery<T> after(T row);

    /**
     * Reads soft-deleted rows too: the {@link dev.qlio.orm.schema.Column#softDelete() soft-delete}
     * filter is dropped for every table this query names, its relationship loads included.
     *
     * @return this query
     */
    SelectQuery<T> includeDeleted();

    /**
     * Reads every tenant's rows: the {@link dev.qlio.orm.schema.Column#tenant() tenant} filter is
     * dropped for every table this query names, its relationship loads included. For administration
     * and jobs that work across tenants; nothing else ever reads another tenant's rows.
     *
     * @return this query
     */
    SelectQuery<T> allTenants();

    /**
     * Locks the rows this query reads until the transaction ends ({@code SELECT ... FOR UPDATE}):
     * another transaction's {@code forUpdate()}, update or delete of them waits. The select then
     * begins the session's transaction (and, in a shared session, runs on the primary). PostgreSQL
     * locks the selected table's rows only ({@code FOR UPDATE OF}), MariaDB and H2 those of tables
     * a condition joins too. SQLite has no row locks: the statement is refused with what to do.
     * Relationships loaded with {@code JOINED} are refused (load them with {@code SELECT}: those
     * statements take no lock).
     *
     * <pre>{@code
     * Account a = session.select(Account.class).where(Account.ID.eq(id)).forUpdate().first().orElseThrow();
     * }</pre>
     *
     * @return this query
     */
    SelectQuery<T> forUpdate();

    /**
     * Takes a shared lock on the rows this query reads ({@code FOR SHARE}, MariaDB's {@code LOCK IN
     * SHARE MODE}): others may read and share-lock them, not change them, until the transaction
     * ends. H2 has only exclusive locks and refuses it.
     *
     * @return this query
     */
    SelectQuery<T> forShare();

    /**
     * With {@link #forUpdate} or {@link #forShare}: fails at once, instead of waiting, when a row
     * is locked by another transaction ({@code NOWAIT}); the failure is a Spring {@code
     * PessimisticLockingFailureException} (or the database's lock error translated).
     *
     * @return this query
     * @throws IllegalStateException if no lock was asked for
     */
    SelectQuery<T> noWait();

    /**
     * With {@link #forUpdate} or {@link #forShare}: leaves out the rows another transaction locked
     * ({@code SKIP LOCKED}), so that workers taking jobs from one table never wait for each other.
     *
     * @return this query
     * @throws IllegalStateException if no lock was asked for
     */
    SelectQuery<T> skipLocked();

    /**
     * Loads relationships of the result with their declared strategies: each {@code SELECT}
     * relationship costs one more statement for the whole result, each {@code JOINED} one costs
     * none (a {@code LEFT JOIN}). Never one statement per row.
     *
     * @param relationships relationships declared on this query's table
     * @return this query
     */
    SelectQuery<T> load(Relationship<?>... relationships);

    /**
     * Loads a relationship with the given strategy instead of its declared one.
     *
     * @param relationship a relationship declared on this query's table
     * @param strategy the strategy
     * @return this query
     */
    SelectQuery<T> load(Relationship<?> relationship, LoadStrategy strategy);

    /**
     * Loads relationships along paths, to any depth: one statement per {@code SELECT} step for all
     * the rows of its level, a {@code JOINED} step joined into the statement of the level above;
     * paths sharing a beginning share its loads; the order a step declares (or a path asks for) is
     * rendered in SQL. {@code limit}/{@code offset} page this query's rows, never the loaded ones.
     *
     * <pre>{@code
     * session.select(Owner.class)
     *         .load(Owner.PETS.then(Pet.VISITS), Owner.PETS.then(Pet.TYPE.using(LoadStrategy.JOINED)))
     *         .page(pageable); // count, owners, pets joined with their types, visits: 4 statements
     * }</pre>
     *
     * @param paths paths starting at this query's table
     * @return this query
     */
    SelectQuery<T> load(LoadPath... paths);

    /**
     * Loads a relationship by name: a declared one or a back-reference created by the registry.
     *
     * @param relationshipName the name
     * @param strategy the strategy, or {@code null} for the relationship's own
     * @return this query
     */
    SelectQuery<T> load(
            String relationshipName, @org.jspecify.annotations.Nullable LoadStrategy strategy);

    /**
     * Joins a related table under an alias, so that conditions and orderings may use its columns
     * ({@code alias.column(...)}), e.g. in a self-join. Conditions on a table reached by exactly
     * one many-to-one relationship, or on a collection relationship's table, need no join: Qlio
     * adds the {@code LEFT JOIN} (or an {@code EXISTS}) itself.
     *
     * @param alias the alias of the related table
     * @param relationship the relationship of this query's table that reaches it
     * @return this query
     */
    SelectQuery<T> join(AliasedTable<?> alias, Relationship<?> relationship);

    /**
     * Adds the orderings of a Spring Data {@code Sort} (e.g. a request's {@code
     * ?sort=lastName,desc}). A property names a column of the selected table by its field name in
     * camelCase ({@code LAST_NAME} -> {@code lastName}) or by its SQL name ({@code last_name}).
     * Needs {@code spring-data-commons} on the class path.
     *
     * @param sort the sort; unsorted adds nothing
     * @return this query
     * @throws UnknownSortPropertyException for a property that names no column, listing the known
     *     ones (Spring MVC answers it with 400)
     */
    SelectQuery<T> sort(Sort sort);

    /**
     * Runs the query as one page of a Spring Data {@code Pageable}: its sort is added as by {@link
     * #sort(Sort)}, its page size and offset become the limit and offset, and the total comes from
     * a count over the same conditions. One select and one count; the count is left out when the
     * page itself shows the total (a first page that is not full, or the last page). An unpaged
     * {@code Pageable} selects every row with no count. Needs {@code spring-data-commons} on the
     * class path.
     *
     * @param pageable the page asked for
     * @return the page, with relationships loaded as {@link #load} asked
     * @throws UnknownSortPropertyException for a sort property that names no column
     */
    Page<T> page(Pageable pageable);

    /**
     * Renders the statement {@link #all()} would run, without running it or touching a connection:
     * only the database's dialect is needed. Values appear as {@code ?} parameters, never in the
     * text. Relationships loaded with the {@code SELECT} strategy take further statements, which
     * are not part of it; {@code JOINED} ones are.
     *
     * @return the SQL text
     */
    String toSql();

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
