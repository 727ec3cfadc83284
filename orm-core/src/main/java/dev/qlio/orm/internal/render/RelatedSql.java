package dev.qlio.orm.internal.render;

import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.ResolvedRelationship;
import dev.qlio.orm.schema.TableMeta;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The statement that loads a relationship for a whole result with the {@code SELECT} strategy: the
 * related rows whose owner key is in a list, {@code WHERE key IN (...)} (one list parameter where
 * the database allows), in the load's order (else by owner key) and then the related rows' keys,
 * with the {@code JOINED} loads below it joined in. For a many-to-many the owner key (read from the
 * link table) is the first column, before the target's columns.
 */
final class RelatedSql {

    private RelatedSql() {}

    /** The column the owner keys are matched against: the link's owner column, or the target's. */
    static Column<?> keyColumn(ResolvedRelationship rr) {
        return rr.link() != null ? Objects.requireNonNull(rr.linkOwnerColumn()) : rr.targetColumn();
    }

    static void write(
            RenderContext context,
            SqlWriter sql,
            Params params,
            SelectSpec.Load load,
            List<JoinedLoads.Node> joined,
            Collection<?> keys) {
        ResolvedRelationship rr = load.relationship();
        TableMeta<?> link = rr.link();
        TableSql target = context.tableSql(rr.target());
        // qualified by their own table names, as the key column qualifies itself
        String t = rr.target().name();
        String l = link != null ? link.name() : JoinSql.linkQualifier(t);
        String quotedTarget = sql.on() ? context.dialect().identifiers().quote(t) : "";
        sql.append("SELECT ");
        if (link != null) {
            JoinSql.ownerKey(context, sql, rr, t, l);
            sql.append(", ");
        }
        sql.append(sql.on() ? target.selectList(quotedTarget) : "");
        JoinedLoads.selectLists(context, sql, joined);
        sql.append(" FROM ");
        JoinSql.related(context, sql, rr, t, l);
        JoinedLoads.leftJoins(context, sql, params, t, joined);
        ConditionSql conditions = new ConditionSql(context, sql, params, true, null, null);
        // the global filters of the target (and link), qualified by their table names as here
        List<Condition> where =
                context.filters()
                        .with(rr.target(), List.of(Condition.in(keyColumn(rr), keys, false)));
        if (link != null) {
            where = context.filters().with(link, where);
        }
        // a long key list joined where the dialect joins lists (H2), else WHERE key IN (...)
        conditions.where(JoinedIn.render(context, sql, params, conditions, where, c -> true));
        sql.append(" ORDER BY ");
        if (!load.orderings().isEmpty()) {
            // the declared order across all owners: each owner's rows keep it
            new ConditionSql(context, sql, params, true, t, t).orderList(load.orderings());
            sql.append(", ");
        } else if (link != null) {
            JoinSql.ownerKey(context, sql, rr, t, l);
            sql.append(", ");
        }
        sql.append(sql.on() ? target.keyList(quotedTarget) : "");
        JoinedLoads.orderKeys(context, sql, params, joined);
    }
}
