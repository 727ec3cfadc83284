package dev.qlio.orm.internal.render;

import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.TableMeta;
import java.util.List;

/** Writes bulk statements: {@code UPDATE ... SET ... WHERE} and {@code DELETE ... WHERE}. */
final class BulkSql {

    private BulkSql() {}

    /** {@code UPDATE t SET c1 = ?, c2 = ?[, "version" = "version" + 1] [WHERE ...]}. */
    static void update(RenderContext context, SqlWriter sql, Params params, UpdateSpec spec) {
        TableSql table = context.tableSql(spec.table());
        sql.append("UPDATE ").append(table.quotedTable()).append(" SET ");
        List<Column<?>> columns = spec.columns();
        for (int i = 0; i < columns.size(); i++) {
            Column<?> c = columns.get(i);
            sql.append(i > 0 ? ", " : "").append(table.quotedColumn(c.position())).append(" = ?");
            params.add(context.binder(c.type()), c.type(), spec.values().get(i), c);
        }
        String version = table.versionIncrement();
        if (version != null) {
            sql.append(", ").append(version);
        }
        new ConditionSql(context, sql, params).where(spec.conditions());
    }

    /** {@code DELETE FROM t [WHERE ...]}. */
    static void delete(
            RenderContext context,
            SqlWriter sql,
            Params params,
            TableMeta<?> table,
            List<Condition> conditions) {
        sql.append("DELETE FROM ").append(context.tableSql(table).quotedTable());
        new ConditionSql(context, sql, params).where(conditions);
    }
}
