package dev.qlio.orm.internal.query;

import dev.qlio.orm.dialect.ValueReader;
import dev.qlio.orm.expression.Comparison;
import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.expression.Expression;
import dev.qlio.orm.expression.SortKey;
import dev.qlio.orm.internal.exec.Operation;
import dev.qlio.orm.internal.exec.RowReader;
import dev.qlio.orm.internal.exec.StatementExecutor;
import dev.qlio.orm.internal.exec.StatementTimeout;
import dev.qlio.orm.internal.render.QueryRenderer;
import dev.qlio.orm.internal.render.RenderContext;
import dev.qlio.orm.internal.render.RenderedSql;
import dev.qlio.orm.internal.render.TupleSpec;
import dev.qlio.orm.query.Tuple;
import dev.qlio.orm.query.TupleQuery;
import dev.qlio.orm.schema.AliasedTable;
import dev.qlio.orm.schema.Relationship;
import dev.qlio.orm.schema.ResolvedRelationship;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMeta;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A select of expressions: a builder of a {@link TupleSpec}, checked as it is built, and the
 * terminal operations, which render it and run it on the {@link QueryTarget}, reading each value
 * with its expression's type.
 */
public final class DefaultTupleQuery implements TupleQuery, TupleSpec.Source {

    /** The first step, {@code session.select(expressions...)}: waits for the table. */
    public static final class Start implements TupleQuery.From {

        private final QueryTarget session;

        private final List<Expression<?>> selection;

        /**
         * The selection of a query.
         *
         * @param session where it runs
         * @param selection the expressions, one or more
         */
        public Start(QueryTarget session, Expression<?>[] selection) {
            if (selection.length == 0) {
                throw new IllegalArgumentException("select(...) needs one or more expressions");
            }
            for (Expression<?> e : selection) {
                Objects.requireNonNull(e, "a selected expression must not be null");
            }
            this.session = session;
            this.selection = List.of(selection);
        }

        @Override
        public TupleQuery from(Class<? extends Table> table) {
            return new DefaultTupleQuery(
                    this.session, this.selection, meta(this.session, table), null);
        }

        @Override
        public TupleQuery from(AliasedTable<?> table) {
            TableMeta<?> meta = meta(this.session, table.table().tableClass());
            return new DefaultTupleQuery(this.session, this.selection, meta, table.aliasName());
        }
    }

    private final QueryTarget session;

    private final List<Expression<?>> selection;

    private final TableMeta<?> from;

    private final @Nullable String fromAlias;

    private final List<TupleSpec.Join> joins = new ArrayList<>();

    private final List<Condition> conditions = new ArrayList<>();

    private final List<Expression<?>> groupBy = new ArrayList<>();

    private final List<Condition> having = new ArrayList<>();

    private boolean includeDeleted;

    private boolean allTenants;

    private final List<SortKey> orderings = new ArrayList<>();

    private boolean distinct;

    private int limit = -1;

    private int offset;

    private @Nullable Boolean lockShare;

    private @Nullable String lockWait;

    private @Nullable List<@Nullable Object> seek;

    private @Nullable Duration timeout;

    private DefaultTupleQuery(
            QueryTarget session,
            List<Expression<?>> selection,
            TableMeta<?> from,
            @Nullable String fromAlias) {
        this.session = session;
        this.selection = selection;
        this.from = from;
        this.fromAlias = fromAlias;
    }

    private static TableMeta<?> meta(QueryTarget session, Class<? extends Table> table) {
        Objects.requireNonNull(table, "table must not be null");
        return session.engine().mapping(table).meta();
    }

    @Override
    public List<Expression<?>> selection() {
        return this.selection;
    }

    // ---- building ----------------------------------------------------------------------------

    @Override
    public TupleQuery distinct() {
        this.distinct = true;
        return this;
    }

    @Override
    public TupleQuery join(Class<? extends Table> table, Condition on) {
        return addJoin(false, meta(this.session, table), null, on);
    }

    @Override
    public TupleQuery join(AliasedTable<?> table, Condition on) {
        return addJoin(
                false, meta(this.session, table.table().tableClass()), table.aliasName(), on);
    }

    @Override
    public TupleQuery leftJoin(Class<? extends Table> table, Condition on) {
        return addJoin(true, meta(this.session, table), null, on);
    }

    @Override
    public TupleQuery leftJoin(AliasedTable<?> table, Condition on) {
        return addJoin(true, meta(this.session, table.table().tableClass()), table.aliasName(), on);
    }

    @Override
    public TupleQuery join(Relationship<?> relationship) {
        return relationshipJoin(relationship, false);
    }

    @Override
    public TupleQuery leftJoin(Relationship<?> relationship) {
        return relationshipJoin(relationship, true);
    }

    private TupleQuery relationshipJoin(Relationship<?> relationship, boolean left) {
        Objects.requireNonNull(relationship, "relationship must not be null");
        TableMeta<?> owner = meta(this.session, relationship.owner());
        ResolvedRelationship rr =
                this.session
                        .engine()
                        .metadata()
                        .getRelationship(owner, relationship.name())
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "Relationship '"
                                                        + relationship.name()
                                                        + "' of "
                                                        + owner.name()
                                                        + " is not resolved in this registry"));
        if (!qualifiers().contains(owner.name())) {
            throw new IllegalArgumentException(
                    "join("
                            + owner.name()
                            + "."
                            + relationship.name()
                            + "): the query reads no table "
                            + owner.name()
                            + " (tables: "
                            + qualifiers()
                            + "); join it first");
        }
        TableMeta<?> link = rr.link();
        if (link == null) {
            return addJoin(
                    left,
                    rr.target(),
                    null,
                    Condition.compareColumns(rr.ownerColumn(), Comparison.EQ, rr.targetColumn()));
        }
        addJoin(
                left,
                link,
                null,
                Condition.compareColumns(
                        rr.ownerColumn(),
                        Comparison.EQ,
                        Objects.requireNonNull(rr.linkOwnerColumn())));
        return addJoin(
                left,
                rr.target(),
                null,
                Condition.compareColumns(
                        Objects.requireNonNull(rr.linkTargetColumn()),
                        Comparison.EQ,
                        rr.targetColumn()));
    }

    private TupleQuery addJoin(
            boolean left, TableMeta<?> table, @Nullable String alias, Condition on) {
        Objects.requireNonNull(on, "on must not be null");
        TupleSpec.Join join = new TupleSpec.Join(left, table, alias, on);
        if (qualifiers().contains(join.qualifier())) {
            throw new IllegalArgumentException(
                    "The query already reads a table named "
                            + join.qualifier()
                            + ": join "
                            + table.name()
                            + " again under an alias (new AliasedTable<>(\"name\", "
                            + table.tableClass().getSimpleName()
                            + ".class))");
        }
        this.joins.add(join);
        return this;
    }

    private List<String> qualifiers() {
        List<String> names = new ArrayList<>();
        names.add(this.fromAlias != null ? this.fromAlias : this.from.name());
        for (TupleSpec.Join j : this.joins) {
            names.add(j.qualifier());
        }
        return names;
    }

    @Override
    public TupleQuery where(Condition condition) {
        this.conditions.add(Objects.requireNonNull(condition, "condition must not be null"));
        return this;
    }

    @Override
    public TupleQuery groupBy(Expression<?>... expressions) {
        for (Expression<?> e : expressions) {
            this.groupBy.add(Objects.requireNonNull(e, "expression must not be null"));
        }
        return this;
    }

    @Override
    public TupleQuery having(Condition condition) {
        this.having.add(Objects.requireNonNull(condition, "condition must not be null"));
        return this;
    }

    @Override
    public TupleQuery orderBy(SortKey... keys) {
        for (SortKey k : keys) {
            this.orderings.add(Objects.requireNonNull(k, "sort key must not be null"));
        }
        return this;
    }

    @Override
    public TupleQuery limit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be zero or more, got " + limit);
        }
        this.limit = limit;
        return this;
    }

    @Override
    public TupleQuery offset(int offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be zero or more, got " + offset);
        }
        this.offset = offset;
        return this;
    }

    @Override
    public TupleQuery seekAfter(@Nullable Object... values) {
        this.seek = Keyset.check(this.orderings, values);
        return this;
    }

    @Override
    public TupleQuery after(Tuple last) {
        @Nullable Object[] values = new Object[this.orderings.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = last.get(this.orderings.get(i).expression());
        }
        return seekAfter(values);
    }

    @Override
    public TupleQuery forUpdate() {
        return lock(false);
    }

    @Override
    public TupleQuery forShare() {
        return lock(true);
    }

    private TupleQuery lock(boolean share) {
        // refused at once where the database has no such lock
        dialectLock(share, null);
        this.lockShare = share;
        return this;
    }

    private void dialectLock(boolean share, @Nullable String wait) {
        this.session
                .engine()
                .dialect()
                .querySyntax()
                .appendLock(new StringBuilder(), share, wait, null);
    }

    @Override
    public TupleQuery noWait() {
        this.lockWait = "NOWAIT";
        return this;
    }

    @Override
    public TupleQuery skipLocked() {
        this.lockWait = "SKIP LOCKED";
        return this;
    }

    @Override
    public TupleQuery timeout(Duration timeout) {
        this.timeout = StatementTimeout.check(timeout);
        return this;
    }

    @Override
    public TupleSpec tupleSpec() {
        Boolean share = this.lockShare;
        if (share == null && this.lockWait != null) {
            throw new IllegalStateException(
                    "noWait() and skipLocked() go with forUpdate() or forShare()");
        }
        if (share != null && (this.distinct || !this.groupBy.isEmpty())) {
            throw new IllegalStateException(
                    "Rows of a DISTINCT or grouped select cannot be locked: lock the rows with a"
                            + " select of their own");
        }
        List<Condition> where = new ArrayList<>(this.conditions);
        List<SortKey> order = this.orderings;
        List<@Nullable Object> position = this.seek;
        if (position != null) {
            where.add(Keyset.after(order, position));
            order = Keyset.explicit(order);
        }
        return new TupleSpec(
                this.selection,
                this.distinct,
                this.from,
                this.fromAlias,
                this.joins,
                where,
                this.groupBy,
                this.having,
                order,
                this.limit,
                this.offset,
                share == null ? null : new TupleSpec.Lock(share, this.lockWait));
    }

    @Override
    public TupleQuery includeDeleted() {
        this.includeDeleted = true;
        return this;
    }

    @Override
    public TupleQuery allTenants() {
        this.allTenants = true;
        return this;
    }

    // ---- running -----------------------------------------------------------------------------

    @Override
    public String toSql() {
        return render().sql();
    }

    private RenderedSql render() {
        return QueryRenderer.tuples(
                this.session.engine().render().without(this.includeDeleted, this.allTenants),
                tupleSpec());
    }

    @Override
    public List<Tuple> all() {
        return fetch(this.limit);
    }

    private List<Tuple> fetch(int rows) {
        int saved = this.limit;
        this.limit = rows;
        RenderedSql statement;
        try {
            statement = render();
        } finally {
            this.limit = saved;
        }
        RenderContext context = this.session.engine().render();
        ValueReader[] readers = new ValueReader[this.selection.size()];
        for (int i = 0; i < readers.length; i++) {
            readers[i] = context.reader(this.selection.get(i).type());
        }
        DefaultTuple.Shape shape = new DefaultTuple.Shape(this.selection);
        @Nullable Duration queryTimeout = this.timeout;
        RowReader<Tuple> reader =
                rs -> {
                    @Nullable Object[] values = new Object[readers.length];
                    for (int i = 0; i < readers.length; i++) {
                        values[i] = readers[i].read(rs, i + 1);
                    }
                    return new DefaultTuple(shape, values);
                };
        String table = this.from.name();
        if (this.lockShare != null) {
            // a lock lasts until the transaction ends: the statement begins one, on the primary
            return this.session.call(
                    executor ->
                            executor.withTimeout(queryTimeout)
                                    .execute(
                                            Operation.LOCKING_SELECT,
                                            table,
                                            statement.sql(),
                                            (ps, count) -> {
                                                statement.params().bindAll(ps);
                                                try (ResultSet rs = ps.executeQuery()) {
                                                    List<Tuple> result =
                                                            StatementExecutor.readAll(rs, reader);
                                                    count.read(result.size());
                                                    return result;
                                                }
                                            }));
        }
        return this.session.read(
                executor ->
                        executor.withTimeout(queryTimeout)
                                .list(table, statement.sql(), statement.params()::bindAll, reader));
    }

    @Override
    public <R> List<R> all(Class<R> recordClass) {
        List<Tuple> tuples = all();
        List<R> records = new ArrayList<>(tuples.size());
        for (Tuple t : tuples) {
            records.add(t.into(recordClass));
        }
        return records;
    }

    @Override
    public Optional<Tuple> first() {
        List<Tuple> rows = fetch(this.limit == 0 ? 0 : 1);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    @Override
    public <R> Optional<R> first(Class<R> recordClass) {
        return first().map(t -> t.into(recordClass));
    }

    @Override
    public <V> List<V> all(Expression<V> expression) {
        int index = new DefaultTuple.Shape(this.selection).indexOf(expression);
        List<Tuple> tuples = all();
        List<V> values = new ArrayList<>(tuples.size());
        for (Tuple t : tuples) {
            @SuppressWarnings("unchecked")
            V v = (V) t.get(index);
            values.add(v);
        }
        return values;
    }

    @Override
    public String toString() {
        return "TupleQuery" + Arrays.asList(toSql());
    }
}
