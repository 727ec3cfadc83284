package dev.qlio.orm.internal.render;

import dev.qlio.orm.expression.ColumnReference;
import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.schema.ResolvedRelationship;
import java.util.List;
import java.util.Map;

/**
 * Writes the {@code SELECT} and the {@code COUNT} of a {@link SelectSpec}: the single-table form
 * (unqualified columns), and the qualified form with the joins its {@link SelectPlan} needs, {@code
 * EXISTS} semi-joins, {@code JOINED} loads and, when a joined collection would multiply the rows
 * being paged, the parents paged in a derived table under the root's name.
 */
final class SelectSql {

    private final RenderContext context;

    private final SelectSpec spec;

    private final SqlWriter sql;

    private final Params params;

    private final TableSql root;

    /** The root's global filters, then the spec's conditions. */
    private final List<Condition> conditions;

    SelectSql(RenderContext context, SelectSpec spec, SqlWriter sql, Params params) {
        this.context = context;
        this.spec = spec;
        this.sql = sql;
        this.params = params;
        this.root = context.tableSql(spec.root());
        this.conditions = context.filters().with(spec.root(), spec.conditions());
    }

    /** The statement {@code all()} runs. */
    void select() {
        SelectPlan plan = SelectPlan.of(this.spec);
        boolean single = plan == null || plan.simple();
        if (plan == null || plan.simple()) {
            this.sql.append("SELECT ").append(this.root.selectList()).append(" FROM ");
            singleTable(true);
            this.sql.limitOffset(this.spec.limit(), this.spec.offset());
        } else {
            qualified(plan);
        }
        SelectSpec.Lock lock = this.spec.lock();
        if (lock != null) {
            // asked even with text off: a database without the lock refuses every time
            String clause =
                    this.context
                            .dialect()
                            .statements()
                            .rowLock(
                                    lock.share(),
                                    lock.noWait(),
                                    lock.skipLocked(),
                                    single ? null : this.spec.qualifier());
            this.sql.append(clause);
        }
    }

    /**
     * A projection: {@code SELECT [DISTINCT] items FROM root [joins] [WHERE ...] [GROUP BY ...]
     * [HAVING ...] [ORDER BY ...]} and the paging, every column qualified.
     */
    void project(ProjectionSpec projection) {
        SelectPlan plan = SelectPlan.qualified(this.spec);
        ConditionSql q = qualifiedConditions();
        this.sql.append(projection.distinct() ? "SELECT DISTINCT " : "SELECT ");
        List<ColumnReference<?>> items = projection.items();
        for (int i = 0; i < items.size(); i++) {
            this.sql.append(i > 0 ? ", " : "").append(q.columnSql(items.get(i)));
        }
        fromWhere(plan, false);
        List<ColumnReference<?>> groupBy = projection.groupBy();
        for (int i = 0; i < groupBy.size(); i++) {
            this.sql.append(i > 0 ? ", " : " GROUP BY ").append(q.columnSql(groupBy.get(i)));
        }
        List<Condition> having = projection.having();
        for (int i = 0; i < having.size(); i++) {
            this.sql.append(i > 0 ? " AND (" : " HAVING (");
            q.condition(having.get(i));
            this.sql.append(')');
        }
        q.orderBy(this.spec.orderings());
        this.sql.limitOffset(this.spec.limit(), this.spec.offset());
    }

    /** {@code SELECT COUNT(*)}, over the paged rows in a derived table when paged. */
    void count() {
        SelectPlan plan = SelectPlan.of(this.spec);
        boolean paged = this.spec.paged();
        this.sql.append(paged ? "SELECT COUNT(*) FROM (SELECT 1 AS qlio_one" : "SELECT COUNT(*)");
        if (plan == null || !plan.filters()) {
            this.sql.append(" FROM ");
            singleTable(paged);
        } else {
            fromWhere(plan, false);
            if (paged) {
                qualifiedConditions().orderBy(this.spec.orderings());
            }
        }
        if (paged) {
            this.sql.limitOffset(this.spec.limit(), this.spec.offset()).append(") qlio_page");
        }
    }

    /** {@code t [alias] WHERE ... [ORDER BY ...]}, columns unqualified. */
    private void singleTable(boolean ordered) {
        this.sql.append(this.root.quotedTable());
        String alias = this.spec.alias();
        if (alias != null) {
            this.sql.append(' ').quoted(alias);
        }
        ConditionSql conditions = new ConditionSql(this.context, this.sql, this.params);
        conditions.where(
                JoinedIn.render(
                        this.context,
                        this.sql,
                        this.params,
                        conditions,
                        this.conditions,
                        c -> true));
        if (ordered) {
            conditions.orderBy(this.spec.orderings());
        }
    }

    private void qualified(SelectPlan plan) {
        String q = this.spec.qualifier();
        this.sql.append("SELECT ").append(selectList(this.root, q));
        JoinedLoads.selectLists(this.context, this.sql, plan.joinedLoads);
        boolean pageParents = this.spec.paged() && plan.joinsCollections();
        if (pageParents) {
            // page the parents, not the joined rows: a derived table under the root's name
            this.sql.append(" FROM (SELECT ").append(selectList(this.root, q));
            fromWhere(plan, false);
            qualifiedConditions().orderBy(this.spec.orderings());
            this.sql.limitOffset(this.spec.limit(), this.spec.offset()).append(") ").quoted(q);
            JoinedLoads.leftJoins(this.context, this.sql, this.params, q, plan.joinedLoads);
        } else {
            fromWhere(plan, true);
        }
        boolean ordered = qualifiedConditions().orderBy(this.spec.orderings());
        if (!plan.joinedLoads.isEmpty()) {
            // rows of one parent together, children in their order, then key order
            this.sql.append(ordered ? ", " : " ORDER BY ").append(keyList(this.root, q));
            JoinedLoads.orderKeys(this.context, this.sql, this.params, plan.joinedLoads);
        }
        if (!pageParents) {
            this.sql.limitOffset(this.spec.limit(), this.spec.offset());
        }
    }

    /**
     * {@code FROM root q [joins] [WHERE ...]}, columns qualified; with {@code withLoads} the joins
     * of {@code JOINED} loads too (they must precede the {@code WHERE}).
     */
    private void fromWhere(SelectPlan plan, boolean withLoads) {
        String q = this.spec.qualifier();
        this.sql.append(" FROM ").append(this.root.quotedTable()).append(' ').quoted(q);
        for (Map.Entry<String, ResolvedRelationship> j : plan.filterJoins.entrySet()) {
            JoinSql.leftJoin(this.context, this.sql, this.params, q, j.getValue(), j.getKey());
        }
        if (withLoads) {
            JoinedLoads.leftJoins(this.context, this.sql, this.params, q, plan.joinedLoads);
        }
        ConditionSql renderer = qualifiedConditions();
        // a condition on a collection's table stays an EXISTS semi-join
        List<Condition> conditions =
                JoinedIn.render(
                        this.context,
                        this.sql,
                        this.params,
                        renderer,
                        this.conditions,
                        c -> !plan.semiJoins.containsKey(c));
        if (conditions.isEmpty()) {
            return;
        }
        this.sql.append(" WHERE ");
        for (int i = 0; i < conditions.size(); i++) {
            if (i > 0) {
                this.sql.append(" AND ");
            }
            Condition c = conditions.get(i);
            Map.Entry<String, ResolvedRelationship> semi = plan.semiJoins.get(c);
            if (semi == null) {
                this.sql.append('(');
                renderer.condition(c);
                this.sql.append(')');
            } else {
                exists(semi.getKey(), semi.getValue(), renderer, c);
            }
        }
    }

    /** A condition on a collection's table: does any related row match? */
    private void exists(
            String qualifier, ResolvedRelationship rr, ConditionSql renderer, Condition c) {
        String link = JoinSql.linkQualifier(qualifier);
        this.sql.append("EXISTS (SELECT 1 FROM ");
        JoinSql.related(this.context, this.sql, rr, qualifier, link);
        this.sql.append(" WHERE ");
        JoinSql.ownerKey(this.context, this.sql, rr, qualifier, link);
        this.sql
                .append(" = ")
                .column(this.spec.qualifier(), this.context.quotedName(rr.ownerColumn()));
        JoinSql.relatedFilters(this.context, this.sql, this.params, rr, qualifier, link);
        this.sql.append(" AND (");
        renderer.condition(c);
        this.sql.append("))");
    }

    private ConditionSql qualifiedConditions() {
        return new ConditionSql(
                this.context,
                this.sql,
                this.params,
                true,
                this.spec.root().name(),
                this.spec.qualifier());
    }

    /** Text only when text is written: with text off nothing is appended anyway. */
    private String selectList(TableSql table, String qualifier) {
        return this.sql.on()
                ? table.selectList(this.context.dialect().identifiers().quote(qualifier))
                : "";
    }

    private String keyList(TableSql table, String qualifier) {
        return this.sql.on()
                ? table.keyList(this.context.dialect().identifiers().quote(qualifier))
                : "";
    }
}
