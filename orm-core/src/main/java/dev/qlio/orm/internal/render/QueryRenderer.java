package dev.qlio.orm.internal.render;

import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.ResolvedRelationship;
import dev.qlio.orm.schema.TableMeta;
import java.util.Collection;
import java.util.List;

/**
 * Turns query descriptions into SQL text and parameters, with nothing but a {@link RenderContext}:
 * no connection, no session. The text of each statement {@linkplain ShapeKey shape} is rendered
 * once per database and then taken from the {@linkplain StatementCache cache}; a statement whose
 * text is cached is rendered again by the same code with text output off, which only collects its
 * parameters, so parameters and text always agree.
 */
public final class QueryRenderer {

    private QueryRenderer() {}

    /** Writes one statement's text (when on) and collects its parameters. */
    @FunctionalInterface
    private interface Writing {
        void write(SqlWriter sql, Params params);
    }

    /**
     * The statement {@code all()} runs: rows of the root, with {@code JOINED} loads' columns after
     * the root's.
     *
     * @param context the dialect and caches
     * @param spec the select
     * @return the SQL and parameters
     */
    public static RenderedSql select(RenderContext context, SelectSpec spec) {
        return render(
                context,
                shape(context, ShapeKey.Tag.SELECT, spec),
                256,
                (sql, params) -> new SelectSql(context, spec, sql, params).select());
    }

    /**
     * A select of expressions ({@code session.select(expressions...)}). Its text is rendered each
     * time: expressions have no cached shape.
     *
     * @param context the dialect and caches
     * @param spec the select
     * @return the SQL and parameters
     */
    public static RenderedSql tuples(RenderContext context, TupleSpec spec) {
        Params params = new Params(context.dialect());
        SqlWriter sql = SqlWriter.text(context.dialect(), 256);
        TupleSql.statement(context, sql, params, spec);
        return new RenderedSql(sql.toString(), params);
    }

    /**
     * The statement {@code count()} runs.
     *
     * @param context the dialect and caches
     * @param spec the select
     * @return the SQL and parameters
     */
    public static RenderedSql count(RenderContext context, SelectSpec spec) {
        return render(
                context,
                shape(context, ShapeKey.Tag.COUNT, spec),
                128,
                (sql, params) -> new SelectSql(context, spec, sql, params).count());
    }

    /**
     * The statement that loads a relationship with the {@code SELECT} strategy for the given owner
     * keys. For a many-to-many the first column is the owner key, the target's columns follow.
     *
     * @param context the dialect and caches
     * @param relationship the relationship
     * @param keys the owner keys, none {@code null}, at least one
     * @return the SQL and parameters
     */
    public static RenderedSql related(
            RenderContext context, ResolvedRelationship relationship, Collection<?> keys) {
        Column<?> key = RelatedSql.keyColumn(relationship);
        ShapeKey shape =
                new ShapeKey.Builder(context, ShapeKey.Tag.RELATED)
                        .add(relationship)
                        .add(LargeIn.shape(context, key, keys))
                        .build();
        return render(
                context,
                shape,
                256,
                (sql, params) -> RelatedSql.write(context, sql, params, relationship, keys));
    }

    /**
     * A bulk update, the version column (if any) incremented.
     *
     * @param context the dialect and caches
     * @param spec the update
     * @return the SQL and parameters
     */
    public static RenderedSql update(RenderContext context, UpdateSpec spec) {
        ShapeKey.Builder shape =
                new ShapeKey.Builder(context, ShapeKey.Tag.UPDATE).add(spec.table());
        shape.add(spec.columns().size());
        for (Column<?> c : spec.columns()) {
            shape.column(c);
        }
        shape.conditions(spec.conditions());
        return render(
                context,
                shape.build(),
                128,
                (sql, params) -> BulkSql.update(context, sql, params, spec));
    }

    /**
     * A bulk delete.
     *
     * @param context the dialect and caches
     * @param table the table
     * @param conditions the conditions, combined with AND
     * @return the SQL and parameters
     */
    public static RenderedSql delete(
            RenderContext context, TableMeta<?> table, List<Condition> conditions) {
        ShapeKey shape =
                new ShapeKey.Builder(context, ShapeKey.Tag.DELETE)
                        .add(table)
                        .conditions(conditions)
                        .build();
        return render(
                context,
                shape,
                96,
                (sql, params) -> BulkSql.delete(context, sql, params, table, conditions));
    }

    private static ShapeKey shape(RenderContext context, ShapeKey.Tag tag, SelectSpec spec) {
        ShapeKey.Builder shape =
                new ShapeKey.Builder(context, tag)
                        .add(spec.root())
                        .add(spec.alias())
                        .add(spec.limit())
                        .add(spec.offset())
                        .conditions(spec.conditions())
                        .orderings(spec.orderings());
        for (SelectSpec.Load l : spec.loads()) {
            shape.add(ShapeKey.Tag.LOAD).add(l.relationship()).add(l.strategy());
        }
        for (SelectSpec.Join j : spec.joins()) {
            shape.add(ShapeKey.Tag.JOIN).add(j.alias()).add(j.relationship());
        }
        return shape.build();
    }

    private static RenderedSql render(
            RenderContext context, ShapeKey shape, int capacity, Writing writing) {
        Params params = new Params(context.dialect());
        if (!shape.cacheable()) {
            SqlWriter sql = SqlWriter.text(context.dialect(), capacity);
            writing.write(sql, params);
            return new RenderedSql(sql.toString(), params);
        }
        StatementCache cache = context.statements();
        String text = cache.get(shape);
        if (text != null) {
            writing.write(SqlWriter.paramsOnly(context.dialect()), params);
            return new RenderedSql(text, params);
        }
        SqlWriter sql = SqlWriter.text(context.dialect(), capacity);
        writing.write(sql, params);
        return new RenderedSql(cache.put(shape, sql.toString()), params);
    }
}
