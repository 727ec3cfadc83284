package dev.qlio.orm.internal.query;

import dev.qlio.orm.expression.ColumnReference;
import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.expression.Ordering;
import dev.qlio.orm.internal.engine.TableMapping;
import dev.qlio.orm.internal.exec.Operation;
import dev.qlio.orm.internal.exec.StatementExecutor;
import dev.qlio.orm.internal.exec.StatementTimeout;
import dev.qlio.orm.internal.render.JoinedLoads;
import dev.qlio.orm.internal.render.QueryRenderer;
import dev.qlio.orm.internal.render.RenderContext;
import dev.qlio.orm.internal.render.RenderedSql;
import dev.qlio.orm.internal.render.SelectSpec;
import dev.qlio.orm.query.ProjectionQuery;
import dev.qlio.orm.query.SelectQuery;
import dev.qlio.orm.schema.AliasedTable;
import dev.qlio.orm.schema.LoadPath;
import dev.qlio.orm.schema.LoadStrategy;
import dev.qlio.orm.schema.Relationship;
import dev.qlio.orm.schema.ResolvedRelationship;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMetadata;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A typed select over one table: a builder of an immutable {@link SelectSpec}, validated as it is
 * built, and the terminal operations, which render the description ({@link QueryRenderer}) and run
 * it on the {@link QueryTarget}.
 */
public final class DefaultSelectQuery<T extends Table> implements SelectQuery<T> {

    private final QueryTarget session;

    private final TableMapping<T> mapping;

    private SelectSpec spec;

    private @Nullable Duration timeout;

    private boolean includeDeleted;

    private boolean allTenants;

    /**
     * A select of one table.
     *
     * @param session where it runs
     * @param mapping the table
     * @param alias the alias it is selected under, or {@code null}
     */
    public DefaultSelectQuery(
            QueryTarget session, TableMapping<T> mapping, @Nullable String alias) {
        this.session = session;
        this.mapping = mapping;
        this.spec = SelectSpec.of(mapping.meta(), alias, metadata().relationships(mapping.meta()));
    }

    /**
     * The description built so far.
     *
     * @return the immutable description
     */
    public SelectSpec spec() {
        return this.spec;
    }

    @Override
    public SelectQuery<T> where(Condition condition) {
        this.spec =
                this.spec.withCondition(
                        Objects.requireNonNull(condition, "condition must not be null"));
        return this;
    }

    @Override
    public SelectQuery<T> orderBy(Ordering... orderings) {
        List<Ordering> list = new ArrayList<>(orderings.length);
        for (Ordering o : orderings) {
            list.add(Objects.requireNonNull(o, "ordering must not be null"));
        }
        this.spec = this.spec.withOrderings(list);
        return this;
    }

    @Override
    public SelectQuery<T> sort(Sort sort) {
        this.spec = this.spec.withOrderings(SpringDataPaging.orderings(this.mapping.meta(), sort));
        return this;
    }

    @Override
    public SelectQuery<T> timeout(Duration timeout) {
        this.timeout = StatementTimeout.check(timeout);
        return this;
    }

    @Override
    public SelectQuery<T> limit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be zero or more, got " + limit);
        }
        this.spec = this.spec.withPaging(limit, this.spec.offset());
        return this;
    }

    @Override
    public SelectQuery<T> offset(int offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be zero or more, got " + offset);
        }
        this.spec = this.spec.withPaging(this.spec.limit(), offset);
        return this;
    }

    @Override
    public <R extends Record> ProjectionQuery<R> project(
            Class<R> type, ColumnReference<?>... items) {
        Objects.requireNonNull(type, "type must not be null");
        if (!this.spec.loads().isEmpty() || this.spec.lock() != null) {
            throw new IllegalStateException(
                    "project(...) reads values, not rows: leave out load(...) and"
                            + " forUpdate()/forShare() before it");
        }
        return new DefaultProjectionQuery<>(
                this.session, context(), this.spec, type, List.of(items));
    }

    @Override
    public SelectQuery<T> after(T row) {
        boolean nullsLow = this.session.engine().dialect().statements().sortsNullsLow();
        this.spec =
                this.spec.withCondition(
                        RowKeyset.after(this.mapping.meta(), this.spec.orderings(), row, nullsLow));
        return this;
    }

    @Override
    public SelectQuery<T> includeDeleted() {
        this.includeDeleted = true;
        return this;
    }

    @Override
    public SelectQuery<T> allTenants() {
        this.allTenants = true;
        return this;
    }

    /** Renders with the global filters this query keeps. */
    private RenderContext context() {
        return this.session.engine().render().without(this.includeDeleted, this.allTenants);
    }

    @Override
    public SelectQuery<T> forUpdate() {
        this.spec = this.spec.withLock(new SelectSpec.Lock(false, false, false));
        return this;
    }

    @Override
    public SelectQuery<T> forShare() {
        this.spec = this.spec.withLock(new SelectSpec.Lock(true, false, false));
        return this;
    }

    @Override
    public SelectQuery<T> noWait() {
        SelectSpec.Lock lock = lockAsked("noWait()");
        this.spec = this.spec.withLock(new SelectSpec.Lock(lock.share(), true, false));
        return this;
    }

    @Override
    public SelectQuery<T> skipLocked() {
        SelectSpec.Lock lock = lockAsked("skipLocked()");
        this.spec = this.spec.withLock(new SelectSpec.Lock(lock.share(), false, true));
        return this;
    }

    private SelectSpec.Lock lockAsked(String call) {
        SelectSpec.Lock lock = this.spec.lock();
        if (lock == null) {
            throw new IllegalStateException(
                    call
                            + " says how to wait for a row lock: call forUpdate() or forShare() first");
        }
        return lock;
    }

    @Override
    public SelectQuery<T> load(Relationship<?>... relationships) {
        for (Relationship<?> r : relationships) {
            load(r, r.loadStrategy());
        }
        return this;
    }

    @Override
    public SelectQuery<T> load(Relationship<?> relationship, LoadStrategy strategy) {
        Objects.requireNonNull(relationship, "relationship must not be null");
        return load(LoadPath.of(relationship).using(strategy));
    }

    @Override
    public SelectQuery<T> load(LoadPath... paths) {
        for (LoadPath path : paths) {
            Objects.requireNonNull(path, "path must not be null");
            this.spec =
                    this.spec.withLoads(
                            LoadTree.merge(
                                    metadata(), this.mapping.meta(), this.spec.loads(), path));
        }
        return this;
    }

    @Override
    public SelectQuery<T> load(String relationshipName, @Nullable LoadStrategy strategy) {
        ResolvedRelationship rr = resolve(relationshipName);
        LoadStrategy s = strategy != null ? strategy : rr.relationship().loadStrategy();
        LoadPath path = LoadPath.of(rr.relationship()).using(s);
        this.spec =
                this.spec.withLoads(
                        LoadTree.merge(metadata(), this.mapping.meta(), this.spec.loads(), path));
        return this;
    }

    @Override
    public SelectQuery<T> join(AliasedTable<?> alias, Relationship<?> relationship) {
        ResolvedRelationship rr = resolve(relationship.name());
        if (rr.target().tableClass() != alias.table().tableClass()) {
            throw new IllegalArgumentException(
                    "Relationship '"
                            + relationship.name()
                            + "' reaches "
                            + rr.target().name()
                            + ", not "
                            + alias.table().name()
                            + " (the table of alias "
                            + alias.aliasName()
                            + ")");
        }
        this.spec = this.spec.withJoin(new SelectSpec.Join(alias.aliasName(), rr));
        return this;
    }

    private TableMetadata metadata() {
        return this.session.engine().metadata();
    }

    private ResolvedRelationship resolve(String name) {
        return LoadTree.resolve(metadata(), this.mapping.meta(), name);
    }

    // ---- running -----------------------------------------------------------------------------

    @Override
    public String toSql() {
        return render(this.spec).sql();
    }

    private RenderedSql render(SelectSpec select) {
        return QueryRenderer.select(context(), select);
    }

    @Override
    public Optional<T> first() {
        List<T> rows =
                fetch(this.spec.withPaging(this.spec.limit() == 0 ? 0 : 1, this.spec.offset()));
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    @Override
    public List<T> all() {
        return fetch(this.spec);
    }

    private List<T> fetch(SelectSpec select) {
        RenderContext context = context();
        RenderedSql statement = QueryRenderer.select(context, select);
        List<JoinedLoads.Node> nodes = select.joinedLoads();
        boolean locking = select.lock() != null;
        if (locking && !nodes.isEmpty()) {
            throw new IllegalStateException(
                    "A locking select (forUpdate()/forShare()) of "
                            + this.mapping.meta().name()
                            + " cannot join loads in: load "
                            + nodes.stream().map(n -> n.relationship().name()).toList()
                            + " with LoadStrategy.SELECT (Relationship.using(SELECT)), whose"
                            + " statements take no lock");
        }
        TableMapping<T> m = this.mapping;
        String table = m.meta().name();
        @Nullable Duration queryTimeout = this.timeout;
        Function<StatementExecutor, List<T>> work =
                sessionExecutor -> {
                    StatementExecutor executor = sessionExecutor.withTimeout(queryTimeout);
                    JoinedRows joined =
                            nodes.isEmpty()
                                    ? null
                                    : new JoinedRows(
                                            this.session.engine(), nodes, m.width(), false);
                    List<T> rows =
                            joined == null && !locking
                                    ? executor.list(
                                            table,
                                            statement.sql(),
                                            statement.params()::bindAll,
                                            rs -> m.hydrate(rs, 0))
                                    : executor.execute(
                                            locking ? Operation.SELECT_LOCKING : Operation.SELECT,
                                            table,
                                            statement.sql(),
                                            (ps, count) -> {
                                                statement.params().bindAll(ps);
                                                try (ResultSet rs = ps.executeQuery()) {
                                                    List<T> result =
                                                            joined != null
                                                                    ? JoinedRows.readRoots(
                                                                            m, joined, rs)
                                                                    : readAll(m, rs);
                                                    count.read(result.size());
                                                    return result;
                                                }
                                            });
                    new RelationshipLoader(this.session.engine(), context, executor)
                            .complete(rows, select.loads(), joined);
                    return rows;
                };
        // a lock lives in the transaction: the statement begins it, on the primary
        return locking ? this.session.call(work) : this.session.read(work);
    }

    private static <T extends Table> List<T> readAll(TableMapping<T> m, ResultSet rs)
            throws java.sql.SQLException {
        List<T> rows = new ArrayList<>();
        while (rs.next()) {
            rows.add(m.hydrate(rs, 0));
        }
        return rows;
    }

    @Override
    public Page<T> page(Pageable pageable) {
        return SpringDataPaging.page(this, pageable);
    }

    /** The rows the conditions select, whatever the limit and offset: a page's total. */
    long countWithoutPaging() {
        return count(this.spec.withPaging(-1, 0));
    }

    @Override
    public long count() {
        return count(this.spec);
    }

    private long count(SelectSpec select) {
        RenderedSql statement = QueryRenderer.count(context(), select);
        return this.session.read(
                executor ->
                        executor.withTimeout(this.timeout)
                                .execute(
                                        Operation.SELECT,
                                        this.mapping.meta().name(),
                                        statement.sql(),
                                        (ps, count) -> {
                                            statement.params().bindAll(ps);
                                            try (ResultSet rs = ps.executeQuery()) {
                                                rs.next();
                                                return rs.getLong(1);
                                            }
                                        }));
    }

    @Override
    public Stream<T> stream() {
        if (this.spec.lock() != null) {
            throw new IllegalStateException(
                    "stream() takes no row locks: use all() (with limit) for forUpdate()/forShare()");
        }
        if (!this.spec.loads().isEmpty()) {
            throw new IllegalStateException(
                    "stream() reads rows one at a time and loads no relationships;"
                            + " use all() (or page with limit/offset) to load "
                            + this.spec.loads().stream()
                                    .map(l -> l.relationship().name())
                                    .toList());
        }
        RenderedSql statement = render(this.spec);
        TableMapping<T> m = this.mapping;
        return this.session.stream(
                executor ->
                        executor.withTimeout(this.timeout).stream(
                                m.meta().name(),
                                statement.sql(),
                                statement.params()::bindAll,
                                rs -> m.hydrate(rs, 0)));
    }
}
