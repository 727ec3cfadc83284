package dev.qlio.orm.internal;

import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.internal.engine.Engine;
import dev.qlio.orm.internal.engine.TableMapping;
import dev.qlio.orm.internal.render.Params;
import dev.qlio.orm.internal.render.SqlRenderer;
import dev.qlio.orm.expression.Ordering;
import dev.qlio.orm.schema.Table;
import java.util.List;

/**
 * Renders a select exactly as {@code DefaultSelectQuery} does, without a session or a connection:
 * Qlio has no public render-only API, so the benchmarks module puts this class in orm-core's
 * internal package (same package on the class path) to measure rendering alone.
 */
public final class BenchmarkRenderHook {

    private BenchmarkRenderHook() {}

    /**
     * The SQL of {@code SELECT <columns> FROM <table> WHERE ... ORDER BY ... LIMIT n}; parameters
     * are collected as in a real query, then dropped.
     */
    public static String renderSelect(
            Engine engine,
            Class<? extends Table> table,
            List<Condition> conditions,
            List<Ordering> orderings,
            int limit) {
        TableMapping<? extends Table> m = engine.mapping(table);
        Params params = new Params(engine.dialect());
        StringBuilder sql = new StringBuilder(128);
        sql.append("SELECT ").append(m.sql().selectList()).append(" FROM ").append(m.sql().quotedTable());
        SqlRenderer renderer = new SqlRenderer(engine.render(), sql, params, false);
        renderer.where(conditions);
        renderer.orderBy(orderings);
        engine.dialect().appendLimitOffset(sql, limit, 0);
        return sql.toString();
    }
}
