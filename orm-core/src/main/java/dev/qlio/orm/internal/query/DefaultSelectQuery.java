package dev.qlio.orm.internal.query;

import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.expression.ColumnReference;
import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.expression.Ordering;
import dev.qlio.orm.internal.engine.TableMapping;
import dev.qlio.orm.internal.exec.Operation;
import dev.qlio.orm.internal.render.Params;
import dev.qlio.orm.internal.render.QualifierCollector;
import dev.qlio.orm.internal.render.SqlRenderer;
import dev.qlio.orm.query.SelectQuery;
import dev.qlio.orm.schema.AliasedTable;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.LoadStrategy;
import dev.qlio.orm.schema.Relationship;
import dev.qlio.orm.schema.ResolvedRelationship;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMeta;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** A typed select over one table, rendered and run by its session. */
public final class DefaultSelectQuery<T extends Table> implements SelectQuery<T> {

    private final QueryTarget session;

    private final TableMapping<T> mapping;

    private final @Nullable String alias;

    private final List<Condition> conditions = new ArrayList<>(2);

    private final List<Ordering> orderings = new ArrayList<>(2);

    /** Relationships to load; immutable and empty until the first {@code load}. */
    private List<Load> loads = List.of();

    /** Aliased joins; immutable and empty until the first {@code join}. */
    private Map<String, ResolvedRelationship> explicitJoins = Map.of();

    private int limit = -1;

    private int offset;

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
        this.alias = alias;
    }

    /** A relationship to load, with the strategy to load it with. */
    record Load(ResolvedRelationship relationship, LoadStrategy strategy) {}

    @Override
    public SelectQuery<T> where(Condition condition) {
        this.conditions.add(Objects.requireNonNull(condition, "condition must not be null"));
        return this;
    }

    @Override
    public SelectQuery<T> orderBy(Ordering... orderings) {
        for (Ordering o : orderings) {
            this.orderings.add(Objects.requireNonNull(o, "ordering must not be null"));
        }
        return this;
    }

    @Override
    public SelectQuery<T> limit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be zero or more, got " + limit);
        }
        this.limit = limit;
        return this;
    }

    @Override
    public SelectQuery<T> offset(int offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be zero or more, got " + offset);
        }
        this.offset = offset;
        return this;
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
        if (relationship.owner() != this.mapping.meta().tableClass()) {
            throw new IllegalArgumentException(
                    "Relationship '"
                            + relationship.name()
                            + "' belongs to "
                            + relationship.owner().getName()
                            + ", not to "
                            + this.mapping.meta().tableClass().getName()
                            + ", the table this query selects");
        }
        return load(relationship.name(), strategy);
    }

    @Override
    public SelectQuery<T> load(String relationshipName, @Nullable LoadStrategy strategy) {
        ResolvedRelationship rr = resolve(relationshipName);
        if (this.loads.isEmpty()) {
            this.loads = new ArrayList<>(2);
        }
        this.loads.removeIf(l -> l.relationship().name().equals(relationshipName));
        this.loads.add(
                new Load(rr, strategy != null ? strategy : rr.relationship().loadStrategy()));
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
        if (this.explicitJoins.isEmpty()) {
            this.explicitJoins = new LinkedHashMap<>();
        }
        this.explicitJoins.put(alias.aliasName(), rr);
        return this;
    }

    private ResolvedRelationship resolve(String name) {
        return this.session
                .engine()
                .metadata()
                .getRelationship(this.mapping.meta(), name)
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "Table "
                                                + this.mapping.meta().name()
                                                + " has no relationship '"
                                                + name
                                                + "' (known: "
                                                + this.session
                                                        .engine()
                                                        .metadata()
                                                        .relationships(this.mapping.meta())
                                                        .stream()
                                                        .map(ResolvedRelationship::name)
                                                        .toList()
                                                + ")"));
    }

    // ---- planning ----------------------------------------------------------------------------

    private String rootQualifier() {
        return this.alias != null ? this.alias : this.mapping.meta().name();
    }

    /** Joins that conditions need, and the conditions that become EXISTS sub-queries. */
    /** The plan of a query that joins, or {@code null} for a plain single-table query. */
    private @Nullable Plan plan() {
        if (this.loads.isEmpty() && this.explicitJoins.isEmpty()) {
            String root = rootQualifier();
            String table = this.mapping.meta().name();
            boolean local = true;
            for (Condition c : this.conditions) {
                local &= QualifierCollector.onlyQualifiers(c, root, table);
            }
            if (local) {
                return null;
            }
        }
        return new Plan();
    }

    private final class Plan {

        final Map<String, ResolvedRelationship> filterJoins = new LinkedHashMap<>();

        final Map<Condition, Map.Entry<String, ResolvedRelationship>> semiJoins =
                new java.util.IdentityHashMap<>();

        final List<Load> joinedLoads = new ArrayList<>();

        Plan() {
            String root = rootQualifier();
            filterJoins.putAll(DefaultSelectQuery.this.explicitJoins);
            for (Condition c : DefaultSelectQuery.this.conditions) {
                for (Map.Entry<String, ColumnReference<?>> e :
                        QualifierCollector.of(c).entrySet()) {
                    String q = e.getKey();
                    if (q.equals(root)
                            || q.equals(DefaultSelectQuery.this.mapping.meta().name())
                            || this.filterJoins.containsKey(q)) {
                        continue;
                    }
                    ResolvedRelationship rr = reach(q, e.getValue());
                    if (rr.relationship().isCollection()) {
                        if (this.semiJoins.containsKey(c)) {
                            throw new IllegalArgumentException(
                                    "A condition may use the columns of one collection"
                                            + " relationship's table at a time; split it into several where(...) calls");
                        }
                        this.semiJoins.put(c, Map.entry(q, rr));
                    } else {
                        this.filterJoins.put(q, rr);
                    }
                }
            }
            for (Load l : DefaultSelectQuery.this.loads) {
                if (l.strategy() == LoadStrategy.JOINED) {
                    this.joinedLoads.add(l);
                }
            }
        }

        boolean simple() {
            return this.filterJoins.isEmpty()
                    && this.semiJoins.isEmpty()
                    && this.joinedLoads.isEmpty();
        }

        boolean joinsCollections() {
            return this.joinedLoads.stream()
                    .anyMatch(l -> l.relationship().relationship().isCollection());
        }

        /**
         * The one relationship of the root that reaches the table a condition's qualifier names.
         */
        private ResolvedRelationship reach(String qualifier, ColumnReference<?> column) {
            Class<?> targetClass = column instanceof Column<?> col ? col.declaringClass() : null;
            List<ResolvedRelationship> candidates = new ArrayList<>();
            for (ResolvedRelationship rr :
                    DefaultSelectQuery.this
                            .session
                            .engine()
                            .metadata()
                            .relationships(DefaultSelectQuery.this.mapping.meta())) {
                if (rr.target().tableClass() == targetClass
                        || rr.target().name().equals(qualifier)) {
                    candidates.add(rr);
                }
            }
            if (candidates.size() == 1) {
                return candidates.get(0);
            }
            String table = DefaultSelectQuery.this.mapping.meta().name();
            if (candidates.isEmpty()) {
                throw new IllegalArgumentException(
                        "A condition uses "
                                + qualifier
                                + "."
                                + column.name()
                                + ", but table "
                                + table
                                + " has no relationship to that table: declare one, or query"
                                + " that table with its own select");
            }
            throw new IllegalArgumentException(
                    "A condition uses "
                            + qualifier
                            + "."
                            + column.name()
                            + ", which"
                            + " table "
                            + table
                            + " reaches through several relationships ("
                            + candidates.stream().map(ResolvedRelationship::name).toList()
                            + "): choose one with join(new AliasedTable<>(\""
                            + qualifier
                            + "\", ...), relationship)");
        }
    }

    private void appendJoin(
            StringBuilder sql,
            String fromQualifier,
            ResolvedRelationship rr,
            String qualifier,
            boolean inner) {
        Dialect d = this.session.engine().dialect();
        String join = inner ? " JOIN " : " LEFT JOIN ";
        String from = d.quote(fromQualifier);
        String to = d.quote(qualifier);
        TableMeta<?> link = rr.link();
        if (link != null) {
            String l = d.quote(qualifier + "_link");
            sql.append(join)
                    .append(d.quote(link.name()))
                    .append(' ')
                    .append(l)
                    .append(" ON ")
                    .append(from)
                    .append('.')
                    .append(d.quote(rr.ownerColumn().name()))
                    .append(" = ")
                    .append(l)
                    .append('.')
                    .append(d.quote(Objects.requireNonNull(rr.linkOwnerColumn()).name()))
                    .append(join)
                    .append(d.quote(rr.target().name()))
                    .append(' ')
                    .append(to)
                    .append(" ON ")
                    .append(l)
                    .append('.')
                    .append(d.quote(Objects.requireNonNull(rr.linkTargetColumn()).name()))
                    .append(" = ")
                    .append(to)
                    .append('.')
                    .append(d.quote(rr.targetColumn().name()));
        } else {
            sql.append(join)
                    .append(d.quote(rr.target().name()))
                    .append(' ')
                    .append(to)
                    .append(" ON ")
                    .append(from)
                    .append('.')
                    .append(d.quote(rr.ownerColumn().name()))
                    .append(" = ")
                    .append(to)
                    .append('.')
                    .append(d.quote(rr.targetColumn().name()));
        }
    }

    /**
     * {@code FROM root [joins] [WHERE ...]} for the qualified (joining) form; with {@code
     * withLoads} the joins of {@code JOINED} loads too (they must precede the {@code WHERE}).
     */
    private void appendFromWhere(StringBuilder sql, Params params, Plan plan, boolean withLoads) {
        Dialect d = this.session.engine().dialect();
        String root = rootQualifier();
        sql.append(" FROM ")
                .append(this.mapping.sql().quotedTable())
                .append(' ')
                .append(d.quote(root));
        plan.filterJoins.forEach((q, rr) -> appendJoin(sql, root, rr, q, false));
        if (withLoads) {
            for (Load l : plan.joinedLoads) {
                appendJoin(sql, root, l.relationship(), l.relationship().alias(), false);
            }
        }
        if (this.conditions.isEmpty()) {
            return;
        }
        SqlRenderer renderer = renderer(sql, params);
        sql.append(" WHERE ");
        for (int i = 0; i < this.conditions.size(); i++) {
            if (i > 0) {
                sql.append(" AND ");
            }
            Condition c = this.conditions.get(i);
            Map.Entry<String, ResolvedRelationship> semi = plan.semiJoins.get(c);
            if (semi == null) {
                sql.append('(');
                renderer.condition(c);
                sql.append(')');
            } else {
                // a condition on a collection's table: does any related row match?
                ResolvedRelationship rr = semi.getValue();
                String q = d.quote(semi.getKey());
                sql.append("EXISTS (SELECT 1 FROM ");
                TableMeta<?> link = rr.link();
                if (link != null) {
                    String l = d.quote(semi.getKey() + "_link");
                    sql.append(d.quote(link.name()))
                            .append(' ')
                            .append(l)
                            .append(" JOIN ")
                            .append(d.quote(rr.target().name()))
                            .append(' ')
                            .append(q)
                            .append(" ON ")
                            .append(l)
                            .append('.')
                            .append(d.quote(Objects.requireNonNull(rr.linkTargetColumn()).name()))
                            .append(" = ")
                            .append(q)
                            .append('.')
                            .append(d.quote(rr.targetColumn().name()))
                            .append(" WHERE ")
                            .append(l)
                            .append('.')
                            .append(d.quote(Objects.requireNonNull(rr.linkOwnerColumn()).name()));
                } else {
                    sql.append(d.quote(rr.target().name()))
                            .append(' ')
                            .append(q)
                            .append(" WHERE ")
                            .append(q)
                            .append('.')
                            .append(d.quote(rr.targetColumn().name()));
                }
                sql.append(" = ")
                        .append(d.quote(root))
                        .append('.')
                        .append(d.quote(rr.ownerColumn().name()))
                        .append(" AND (");
                renderer.condition(c);
                sql.append("))");
            }
        }
    }

    private SqlRenderer renderer(StringBuilder sql, Params params) {
        return new SqlRenderer(
                this.session.engine().render(),
                sql,
                params,
                true,
                this.mapping.meta().name(),
                rootQualifier());
    }

    private void appendKeyOrder(
            StringBuilder sql, String qualifier, TableMapping<?> m, boolean first) {
        boolean f = first;
        for (int k : m.keyIndexes()) {
            sql.append(f ? " ORDER BY " : ", ")
                    .append(this.session.engine().dialect().quote(qualifier))
                    .append('.')
                    .append(m.sql().quotedColumn(k));
            f = false;
        }
    }

    private String renderQualified(StringBuilder sql, Params params, int limit, Plan plan) {
        Dialect d = this.session.engine().dialect();
        String root = rootQualifier();
        sql.append("SELECT ").append(this.mapping.sql().selectList(d.quote(root)));
        for (Load l : plan.joinedLoads) {
            TableMapping<?> target =
                    this.session.engine().mapping(l.relationship().target().tableClass());
            sql.append(", ").append(target.sql().selectList(d.quote(l.relationship().alias())));
        }
        boolean paged = limit >= 0 || this.offset > 0;
        if (paged && plan.joinsCollections()) {
            // page the parents, not the joined rows: a derived table under the root's name
            StringBuilder inner =
                    new StringBuilder("SELECT ")
                            .append(this.mapping.sql().selectList(d.quote(root)));
            appendFromWhere(inner, params, plan, false);
            appendOrderBy(inner, params);
            d.appendLimitOffset(inner, limit, this.offset);
            sql.append(" FROM (").append(inner).append(") ").append(d.quote(root));
            for (Load l : plan.joinedLoads) {
                appendJoin(sql, root, l.relationship(), l.relationship().alias(), false);
            }
        } else {
            appendFromWhere(sql, params, plan, true);
        }
        boolean hasOrder = appendOrderBy(sql, params);
        if (!plan.joinedLoads.isEmpty()) {
            appendKeyOrder(sql, root, this.mapping, !hasOrder);
            for (Load l : plan.joinedLoads) {
                appendKeyOrder(
                        sql,
                        l.relationship().alias(),
                        this.session.engine().mapping(l.relationship().target().tableClass()),
                        false);
            }
        }
        if (!(paged && plan.joinsCollections())) {
            d.appendLimitOffset(sql, limit, this.offset);
        }
        return sql.toString();
    }

    private boolean appendOrderBy(StringBuilder sql, Params params) {
        if (this.orderings.isEmpty()) {
            return false;
        }
        renderer(sql, params).orderBy(this.orderings);
        return true;
    }

    private String renderSimple(StringBuilder sql, Params params, int limit) {
        sql.append("SELECT ")
                .append(this.mapping.sql().selectList())
                .append(" FROM ")
                .append(this.mapping.sql().quotedTable());
        if (this.alias != null) {
            sql.append(' ').append(this.session.engine().dialect().quote(this.alias));
        }
        SqlRenderer renderer = new SqlRenderer(this.session.engine().render(), sql, params, false);
        renderer.where(this.conditions);
        renderer.orderBy(this.orderings);
        this.session.engine().dialect().appendLimitOffset(sql, limit, this.offset);
        return sql.toString();
    }

    // ---- running -----------------------------------------------------------------------------

    @Override
    public Optional<T> first() {
        List<T> rows = fetch(this.limit == 0 ? 0 : 1);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    @Override
    public List<T> all() {
        return fetch(this.limit);
    }

    private List<T> fetch(int limit) {
        Params params = new Params(this.session.engine().dialect());
        Plan plan = plan();
        TableMapping<T> m = this.mapping;
        String sql;
        List<Load> joined;
        if (plan == null || plan.simple()) {
            sql =
                    renderSimple(
                            new StringBuilder(m.sql().selectList().length() + 96), params, limit);
            joined = List.of();
        } else {
            sql = renderQualified(new StringBuilder(256), params, limit, plan);
            joined = plan.joinedLoads;
        }
        String table = m.meta().name();
        return this.session.call(
                executor -> {
                    List<T> rows =
                            joined.isEmpty()
                                    ? executor.list(
                                            table, sql, params::bindAll, rs -> m.hydrate(rs, 0))
                                    : executor.execute(
                                            Operation.SELECT,
                                            table,
                                            sql,
                                            (ps, count) -> {
                                                params.bindAll(ps);
                                                try (ResultSet rs = ps.executeQuery()) {
                                                    List<T> result =
                                                            RelationshipLoader.hydrateJoined(
                                                                    this.session.engine(),
                                                                    m,
                                                                    joined,
                                                                    rs);
                                                    count.read(result.size());
                                                    return result;
                                                }
                                            });
                    for (Load l : this.loads) {
                        if (l.strategy() == LoadStrategy.SELECT) {
                            new RelationshipLoader(this.session.engine(), executor)
                                    .loadSelect(rows, l.relationship());
                        }
                    }
                    return rows;
                });
    }

    @Override
    public long count() {
        Params params = new Params(this.session.engine().dialect());
        Plan plan = plan();
        StringBuilder sql = new StringBuilder(96);
        boolean paged = this.limit >= 0 || this.offset > 0;
        sql.append(paged ? "SELECT COUNT(*) FROM (SELECT 1 AS qlio_one" : "SELECT COUNT(*)");
        if (plan == null || (plan.filterJoins.isEmpty() && plan.semiJoins.isEmpty())) {
            sql.append(" FROM ").append(this.mapping.sql().quotedTable());
            if (this.alias != null) {
                sql.append(' ').append(this.session.engine().dialect().quote(this.alias));
            }
            SqlRenderer renderer =
                    new SqlRenderer(this.session.engine().render(), sql, params, false);
            renderer.where(this.conditions);
            if (paged) {
                renderer.orderBy(this.orderings);
            }
        } else {
            appendFromWhere(sql, params, plan, false);
            if (paged) {
                appendOrderBy(sql, params);
            }
        }
        if (paged) {
            this.session.engine().dialect().appendLimitOffset(sql, this.limit, this.offset);
            sql.append(") qlio_page");
        }
        String text = sql.toString();
        return this.session.call(
                executor ->
                        executor.execute(
                                Operation.SELECT,
                                this.mapping.meta().name(),
                                text,
                                (ps, count) -> {
                                    params.bindAll(ps);
                                    try (ResultSet rs = ps.executeQuery()) {
                                        rs.next();
                                        return rs.getLong(1);
                                    }
                                }));
    }

    @Override
    public Stream<T> stream() {
        if (!this.loads.isEmpty()) {
            throw new IllegalStateException(
                    "stream() reads rows one at a time and loads no relationships;"
                            + " use all() (or page with limit/offset) to load "
                            + this.loads.stream().map(l -> l.relationship().name()).toList());
        }
        Params params = new Params(this.session.engine().dialect());
        Plan plan = plan();
        String sql =
                plan == null || plan.simple()
                        ? renderSimple(new StringBuilder(128), params, this.limit)
                        : renderQualified(new StringBuilder(256), params, this.limit, plan);
        TableMapping<T> m = this.mapping;
        return this.session.stream(
                executor ->
                        executor.stream(
                                m.meta().name(), sql, params::bindAll, rs -> m.hydrate(rs, 0)));
    }
}
