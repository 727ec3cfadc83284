package dev.qlio.orm.internal.render;

import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.ResolvedRelationship;
import dev.qlio.orm.schema.TableMeta;
import java.util.List;
import java.util.Objects;

/**
 * The {@code DELETE} of the rows a removal cascades to: the rows at the end of a chain of
 * relationships declared {@code removeWithParent()}, reached from one parent row by nested {@code
 * IN (SELECT ...)} over the tables between, so one statement deletes them all however many there
 * are: {@code DELETE FROM visit WHERE pet_id IN (SELECT id FROM pet WHERE owner_id = ?)}. A
 * many-to-many at the end deletes its link rows, never its targets.
 */
final class CascadeSql {

    private CascadeSql() {}

    static void write(
            RenderContext context,
            SqlWriter sql,
            Params params,
            List<ResolvedRelationship> chain,
            Object parentValue) {
        ResolvedRelationship last = chain.get(chain.size() - 1);
        TableMeta<?> table = last.link() != null ? last.link() : last.target();
        Column<?> key =
                last.link() != null
                        ? Objects.requireNonNull(last.linkOwnerColumn())
                        : last.targetColumn();
        BulkSql.removal(context, sql, params, table);
        sql.append(" WHERE ").append(name(context, sql, key));
        owners(context, sql, params, chain, chain.size() - 1, parentValue);
        and(context, sql, params, context.filters().conditions(table));
    }

    /**
     * {@code = ?} or {@code IN (SELECT owner FROM parent WHERE ...)}: owner keys of step {@code i},
     * the tables between restricted to the current tenant (not to live rows: the children of a row
     * already soft-deleted go with it).
     */
    private static void owners(
            RenderContext context,
            SqlWriter sql,
            Params params,
            List<ResolvedRelationship> chain,
            int i,
            Object parentValue) {
        ResolvedRelationship rr = chain.get(i);
        if (i == 0) {
            Column<?> key = rr.ownerColumn();
            sql.append(" = ?");
            params.add(context.binder(key.type()), key.type(), parentValue, key);
            return;
        }
        ResolvedRelationship above = chain.get(i - 1);
        sql.append(" IN (SELECT ")
                .append(name(context, sql, rr.ownerColumn()))
                .append(" FROM ")
                .append(context.tableSql(above.target()).quotedTable())
                .append(" WHERE ")
                .append(name(context, sql, above.targetColumn()));
        owners(context, sql, params, chain, i - 1, parentValue);
        and(
                context,
                sql,
                params,
                context.filters().without(true, false).conditions(above.target()));
        sql.append(')');
    }

    /** {@code AND (c) ...}, columns unqualified (each names the innermost table). */
    private static void and(
            RenderContext context, SqlWriter sql, Params params, List<Condition> conditions) {
        ConditionSql renderer = new ConditionSql(context, sql, params);
        for (Condition c : conditions) {
            sql.append(" AND (");
            renderer.condition(c);
            sql.append(')');
        }
    }

    private static String name(RenderContext context, SqlWriter sql, Column<?> column) {
        return sql.on() ? context.quotedName(column) : "";
    }
}
