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
 * the database allows), ordered by owner key and then the related rows' keys. For a many-to-many
 * the owner key (read from the link table) is the first column, before the target's columns.
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
            ResolvedRelationship rr,
            Collection<?> keys) {
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
        sql.append(sql.on() ? target.selectList(quotedTarget) : "").append(" FROM ");
        JoinSql.related(context, sql, rr, t, l);
        ConditionSql conditions = new ConditionSql(context, sql, params, true, null, null);
        // a long key list joined where the dialect joins lists (H2), else WHERE key IN (...)
        conditions.where(
                JoinedIn.render(
                        context,
                        sql,
                        params,
                        conditions,
                        List.of(Condition.in(keyColumn(rr), keys, false)),
                        c -> true));
        sql.append(" ORDER BY ");
        if (link != null) {
            JoinSql.ownerKey(context, sql, rr, t, l);
            sql.append(", ");
        }
        sql.append(sql.on() ? target.keyList(quotedTarget) : "");
    }
}
