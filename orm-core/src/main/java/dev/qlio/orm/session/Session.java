package dev.qlio.orm.session;

import dev.qlio.orm.expression.Expression;
import dev.qlio.orm.query.DeleteQuery;
import dev.qlio.orm.query.SelectQuery;
import dev.qlio.orm.query.TupleQuery;
import dev.qlio.orm.query.UpdateQuery;
import dev.qlio.orm.schema.AliasedTable;
import dev.qlio.orm.schema.LoadPath;
import dev.qlio.orm.schema.Relationship;
import dev.qlio.orm.schema.Table;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;

/**
 * One unit of work on one thread: reads rows with typed queries, writes them, and runs raw SQL, all
 * on one connection and one transaction. Statements run when a method is called; there is no
 * deferred flush.
 *
 * <pre>{@code
 * try (Session s = db.session()) {
 *     User u = new User();
 *     u.set(User.USERNAME, "ada");
 *     s.add(u);                         // INSERT; the generated key is set on u
 *     s.commit();
 * }
 * }</pre>
 *
 * <p>Opened inside a Spring-managed transaction a session joins it (same connection): then {@link
 * #commit()} and {@link #rollback()} throw {@link IllegalStateException} and {@link #close()} only
 * releases. Otherwise {@link #close()} rolls back what was not committed. Errors surface as Spring
 * {@link org.springframework.dao.DataAccessException}s. Not thread-safe (the Spring Boot starter's
 * shared {@code Session} bean is).
 *
 * <p>A row's write state (generated key, version, history, persisted) becomes final when its unit
 * of work commits. A unit of work that does not commit — {@link #rollback()}, {@link #close()}
 * without commit, a Spring transaction rolled back, a {@link Savepoint#rollback() savepoint} rolled
 * back — puts every row it wrote back as it was before, so the work can run again. A statement that
 * failed dooms the unit of work: {@link #commit()} then rolls back and throws {@link
 * UnitOfWorkFailedException}, unless the failure came after a savepoint that was rolled back.
 */
public interface Session extends AutoCloseable {

    /**
     * A typed query over a table.
     *
     * @param table the table class
     * @param <T> its type
     * @return the query
     */
    <T extends Table> SelectQuery<T> select(Class<T> table);

    /**
     * A typed query over an aliased table.
     *
     * @param table the alias
     * @param <T> its type
     * @return the query
     */
    <T extends Table> SelectQuery<T> select(AliasedTable<T> table);

    /**
     * A typed select of columns and expressions, from one or more tables, read into {@link
     * dev.qlio.orm.query.Tuple}s or records; continue with {@code .from(Table.class)}:
     *
     * <pre>{@code
     * List<AuthorStats> stats = s.select(Author.NAME, Sql.count().as("books"))
     *         .from(Author.class)
     *         .join(Author.BOOKS)
     *         .groupBy(Author.NAME)
     *         .all(AuthorStats.class);
     * }</pre>
     *
     * @param selection the columns and expressions, one or more
     * @return the first step of the query
     */
    TupleQuery.From select(Expression<?>... selection);

    /**
     * Inserts a new row (generated keys, defaults and version set on it), or updates the changed
     * columns of a loaded row (no statement when nothing changed); its history then restarts.
     *
     * @param row the row
     */
    void add(Table row);

    /**
     * {@link #add} for many rows: one JDBC batch per table and kind of statement.
     *
     * @param rows the rows
     */
    void addAll(Collection<? extends Table> rows);

    /**
     * Writes a row known by its primary key: updates it, or inserts it when absent (one upsert
     * statement where the database has one).
     *
     * @param row the row, with every primary-key column set
     */
    void merge(Table row);

    /**
     * Deletes a row by primary key (checking its version on a versioned table).
     *
     * @param row the row
     */
    void remove(Table row);

    /**
     * Loads a relationship onto rows already read, with one statement for all of them ({@code WHERE
     * key IN (...)}), whatever strategy the relationship declares. Rows without a key get an empty
     * collection (or {@code null} for a many-to-one).
     *
     * <pre>{@code
     * List<Owner> owners = session.select(Owner.class).limit(20).all();
     * session.load(owners, Owner.PETS); // one statement for the pets of all 20 owners
     * }</pre>
     *
     * @param rows the rows, all of the table that declares {@code relationship}
     * @param relationship the relationship to load
     * @throws IllegalArgumentException if a row is not of the relationship's table
     */
    default void load(Collection<? extends Table> rows, Relationship<?> relationship) {
        load(rows, LoadPath.of(relationship));
    }

    /**
     * Loads a path of relationships onto rows already read: one statement per level for all the
     * rows ({@code WHERE key IN (...)}), the first level selected whatever its strategy, a {@code
     * JOINED} step below it joined into the statement of the level above.
     *
     * <pre>{@code
     * session.load(owners, Owner.PETS.then(Pet.VISITS)); // two statements for any number of owners
     * }</pre>
     *
     * @param rows the rows, all of the table where the path starts
     * @param path the path to load
     * @throws IllegalArgumentException if a row is not of the path's first table
     */
    void load(Collection<? extends Table> rows, LoadPath path);

    /**
     * A bulk update of the rows matching a condition.
     *
     * @param table the table class
     * @param <T> its type
     * @return the query
     */
    <T extends Table> UpdateQuery<T> update(Class<T> table);

    /**
     * A bulk delete of the rows matching a condition.
     *
     * @param table the table class
     * @param <T> its type
     * @return the query
     */
    <T extends Table> DeleteQuery<T> delete(Class<T> table);

    /**
     * Runs raw SQL as a plain statement and returns its rows (keys case-insensitive).
     *
     * @param sql the SQL
     * @return the rows
     */
    List<Map<String, Object>> fetch(String sql);

    /**
     * Runs raw SQL with {@code :named} parameters, bound as values, and returns its rows (keys
     * case-insensitive).
     *
     * @param sql the SQL
     * @param params the parameter values by name
     * @return the rows
     */
    List<Map<String, Object>> fetch(String sql, Map<String, ?> params);

    /**
     * Runs raw SQL with {@code :named} parameters and maps each row.
     *
     * @param sql the SQL
     * @param params the parameter values by name
     * @param mapper the row mapper
     * @param <R> the mapped type
     * @return the mapped rows
     */
    <R> List<R> fetch(String sql, Map<String, ?> params, RowMapper<R> mapper);

    /**
     * Runs a raw statement with {@code :named} parameters.
     *
     * @param sql the SQL
     * @param params the parameter values by name
     * @return the affected row count
     */
    long execute(String sql, Map<String, ?> params);

    /**
     * Sets a savepoint in the current transaction.
     *
     * @return the savepoint
     */
    Savepoint savepoint();

    /**
     * Commits the unit of work; the session stays usable for the next one. The rows it wrote are
     * then final.
     *
     * @throws UnitOfWorkFailedException when a statement of the unit of work failed: it was rolled
     *     back instead and its rows restored
     */
    void commit();

    /**
     * Rolls the unit of work back and puts every row it wrote back as it was; the session stays
     * usable for the next one.
     */
    void rollback();

    /**
     * Rolls back what was not committed (restoring the rows it wrote) and releases the connection.
     * Idempotent.
     */
    @Override
    void close();
}
