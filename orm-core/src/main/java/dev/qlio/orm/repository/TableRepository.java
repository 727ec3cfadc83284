package dev.qlio.orm.repository;

import dev.qlio.orm.query.SelectQuery;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.PrimaryKey;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMeta;
import dev.qlio.orm.session.Session;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ResolvableType;

/**
 * The base of a repository: the usual methods over one table with a single-column primary key,
 * beside which the subclass adds its own typed queries.
 *
 * <pre>{@code
 * public class VetRepository extends TableRepository<Vet, Long> {
 *     public List<Vet> findBySpecialty(String specialty) {
 *         return select().where(Vet.SPECIALTY.eq(specialty)).orderBy(Vet.LAST_NAME.asc()).all();
 *     }
 * }
 * }</pre>
 *
 * <p>{@link PagingTableRepository} adds Spring Data paging and sorting (as Spring Data's {@code
 * PagingAndSortingRepository} does to its {@code CrudRepository}); this class names no Spring Data
 * type, so it needs no {@code spring-data-commons}.
 *
 * <p>With the starter, concrete subclasses in the packages scanned for table classes become beans
 * with no annotation (as {@code @Component}s they are picked up too), and the application's
 * transaction-aware {@link Session} is set on them; {@code @OrmTest} includes them. Without the
 * starter, call {@link #setSession}. The table and key types come from the type arguments.
 *
 * <p>Every method runs on the session: inside a Spring transaction, in that transaction; outside
 * one, each call is its own unit of work. Thread-safe as the session is (the starter's is).
 *
 * @param <T> the table class
 * @param <ID> the Java type of its primary key
 */
public abstract class TableRepository<T extends Table, ID> {

    private final TableMeta<T> table;

    private final Column<ID> id;

    private volatile @Nullable Session session;

    /** A repository whose session is set later ({@link #setSession}; the starter does it). */
    protected TableRepository() {
        this.table = TableMeta.of(tableClass(getClass()));
        this.id = idColumn(this.table, idClass(getClass()), getClass());
    }

    /**
     * A repository on a session.
     *
     * @param session the session its methods run on
     */
    protected TableRepository(Session session) {
        this();
        setSession(session);
    }

    /**
     * Sets the session the methods run on; once.
     *
     * @param session the session, usually the starter's transaction-aware one
     * @throws IllegalStateException when a different session is set already
     */
    public final void setSession(Session session) {
        Objects.requireNonNull(session, "session must not be null");
        Session current = this.session;
        if (current != null && current != session) {
            throw new IllegalStateException(
                    getClass().getName() + " has its session already; set it once");
        }
        this.session = session;
    }

    /** {@return whether a session is set} */
    public final boolean hasSession() {
        return this.session != null;
    }

    /** {@return the session the methods run on} */
    protected final Session session() {
        Session s = this.session;
        if (s == null) {
            throw new IllegalStateException(
                    getClass().getName()
                            + " has no session: let the Qlio starter create it (a bean), or call"
                            + " setSession(database.transactionAwareSession())");
        }
        return s;
    }

    /** {@return a new select of the table, for the subclass's own queries} */
    protected final SelectQuery<T> select() {
        return session().select(this.table.tableClass());
    }

    /** {@return the table} */
    public final TableMeta<T> table() {
        return this.table;
    }

    /** {@return the primary-key column} */
    public final Column<ID> idColumn() {
        return this.id;
    }

    /**
     * The row with this key.
     *
     * @param id the key
     * @return the row, if there is one
     */
    public Optional<T> findById(ID id) {
        return select().where(this.id.eq(Objects.requireNonNull(id, "id must not be null")))
                .first();
    }

    /**
     * The rows with these keys, in no particular order; missing keys are left out.
     *
     * @param ids the keys
     * @return the rows found
     */
    public List<T> findAllById(Collection<? extends ID> ids) {
        return select().where(this.id.in(ids)).all();
    }

    /** {@return every row} */
    public List<T> findAll() {
        return select().all();
    }

    /**
     * Whether a row has this key.
     *
     * @param id the key
     * @return whether it exists
     */
    public boolean existsById(ID id) {
        return findById(id).isPresent();
    }

    /** {@return the number of rows} */
    public long count() {
        return select().count();
    }

    /**
     * Inserts a new row (its generated key is set on it) or updates the changed columns of a loaded
     * one (no statement when nothing changed).
     *
     * @param row the row
     * @param <S> the row's type
     * @return the same row
     */
    public <S extends T> S save(S row) {
        session().add(row);
        return row;
    }

    /**
     * Saves rows as {@link #save} does, batched: one JDBC batch per kind of statement.
     *
     * @param rows the rows
     * @param <S> the rows' type
     * @return the same rows, in a list
     */
    public <S extends T> List<S> saveAll(Iterable<S> rows) {
        List<S> list = new ArrayList<>();
        rows.forEach(list::add);
        session().addAll(list);
        return list;
    }

    /**
     * Deletes the row with this key, if there is one, with one statement.
     *
     * @param id the key
     * @return whether a row was deleted
     */
    public boolean deleteById(ID id) {
        Objects.requireNonNull(id, "id must not be null");
        return session().delete(this.table.tableClass()).where(this.id.eq(id)).execute() > 0;
    }

    /**
     * Deletes a loaded row by its key (its version checked on a versioned table).
     *
     * @param row the row
     */
    public void delete(T row) {
        session().remove(row);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Table> Class<T> tableClass(Class<?> repository) {
        return (Class<T>) generic(repository, 0).asSubclass(Table.class);
    }

    private static Class<?> idClass(Class<?> repository) {
        return generic(repository, 1);
    }

    private static Class<?> generic(Class<?> repository, int index) {
        ResolvableType argument =
                ResolvableType.forClass(repository).as(TableRepository.class).getGeneric(index);
        Class<?> resolved = argument.resolve();
        // an open type variable resolves to its bound
        if (resolved == null || resolved == Table.class || resolved == Object.class) {
            throw new IllegalStateException(
                    repository.getName()
                            + " must name its table and key types: extends TableRepository<Owner,"
                            + " Long>");
        }
        return resolved;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Table, ID> Column<ID> idColumn(
            TableMeta<T> table, Class<?> idClass, Class<?> repository) {
        PrimaryKey key = table.primaryKey();
        if (key == null || key.columns().size() != 1) {
            throw new IllegalStateException(
                    repository.getName()
                            + ": a TableRepository needs a table with a single-column primary key;"
                            + " "
                            + table.name()
                            + " has "
                            + (key == null ? "none" : key.columns())
                            + ". Write the queries on the session instead");
        }
        Column<?> column = key.columns().get(0);
        Class<?> keyType = column.type().javaType();
        if (!keyType.equals(idClass)) {
            throw new IllegalStateException(
                    repository.getName()
                            + ": the key type argument is "
                            + idClass.getSimpleName()
                            + " but "
                            + column
                            + " holds "
                            + keyType.getSimpleName()
                            + "; declare TableRepository<"
                            + table.tableClass().getSimpleName()
                            + ", "
                            + keyType.getSimpleName()
                            + ">");
        }
        return (Column<ID>) column;
    }
}
