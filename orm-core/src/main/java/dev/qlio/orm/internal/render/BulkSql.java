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
        versionIncrement(sql, table);
        new ConditionSql(context, sql, params)
                .where(context.filters().with(spec.table(), spec.conditions()));
    }

    /**
     * {@code DELETE FROM t [WHERE ...]}; for a table with a soft-delete column (unless the query
     * includes deleted rows) {@code UPDATE t SET deleted = ? WHERE deleted IS NULL AND ...}: the
     * live rows marked deleted.
     */
    static void delete(
            RenderContext context,
            SqlWriter sql,
            Params params,
            TableMeta<?> table,
            List<Condition> conditions) {
        removal(context, sql, params, table);
        new ConditionSql(context, sql, params).where(context.filters().with(table, conditions));
    }

    /**
     * {@code DELETE FROM t}, or for a table with a soft-delete column (unless the statement
     * includes deleted rows) {@code UPDATE t SET deleted = ?[, version = version + 1]}: how a
     * statement removes rows of a table, its {@code WHERE} to follow.
     */
    static void removal(RenderContext context, SqlWriter sql, Params params, TableMeta<?> table) {
        TableSql t = context.tableSql(table);
        Column<?> deleted = context.filters().softDelete() ? table.softDeleteColumn() : null;
        if (deleted == null) {
            sql.append("DELETE FROM ").append(t.quotedTable());
            return;
        }
        sql.append("UPDATE ").append(t.quotedTable()).append(" SET ");
        sql.append(t.quotedColumn(deleted.position())).append(" = ?");
        params.add(
                context.binder(deleted.type()),
                deleted.type(),
                Filters.deletedValue(deleted),
                deleted);
        versionIncrement(sql, t);
    }

    private static void versionIncrement(SqlWriter sql, TableSql table) {
        String version = table.versionIncrement();
        if (version != null) {
            sql.append(", ").append(version);
        }
    }
}
