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
     * A projection of a select: its columns and aggregates, grouping and conditions on groups.
     * Rendered each time (projections are not in the statement cache).
     *
     * @param context the dialect and caches
     * @param spec the select: table, conditions, order, paging
     * @param projection what is selected
     * @return the SQL and parameters
     */
    public static RenderedSql project(
            RenderContext context, SelectSpec spec, ProjectionSpec projection) {
        Params params = new Params(context.dialect());
        SqlWriter sql = SqlWriter.text(context.dialect(), 256);
        new SelectSql(context, spec, sql, params).project(projection);
        return new RenderedSql(sql.toString(), params);
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
     * keys, the {@code JOINED} loads below it joined in (their columns after the target's, in the
     * order of {@link JoinedLoads#of} over the load's children). For a many-to-many the first
     * column is the owner key, the target's columns follow.
     *
     * @param context the dialect and caches
     * @param load the load
     * @param keys the owner keys, none {@code null}, at least one
     * @return the SQL and parameters
     */
    public static RenderedSql related(
            RenderContext context, SelectSpec.Load load, Collection<?> keys) {
        ResolvedRelationship relationship = load.relationship();
        Column<?> key = RelatedSql.keyColumn(relationship);
        List<JoinedLoads.Node> joined = JoinedLoads.of(load.children());
        ShapeKey.Builder shape =
                new ShapeKey.Builder(context, ShapeKey.Tag.RELATED)
                        .add(relationship)
                        .orderings(load.orderings());
        loads(shape, load.children());
        shape.add(LargeIn.shape(context, key, keys));
        return render(
                context,
                shape.build(),
                256,
                (sql, params) -> RelatedSql.write(context, sql, params, load, joined, keys));
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

    /**
     * The {@code DELETE} of the rows a removal cascades to through a chain of relationships, each
     * declared {@code removeWithParent()}: the rows (or, for a many-to-many at the end, the link
     * rows) reached from one parent row.
     *
     * @param context the dialect and caches
     * @param chain the relationships from the removed row's table down, the first one's owner
     *     column holding {@code parentValue}
     * @param parentValue the removed row's value of the first relationship's owner column
     * @return the SQL and parameters
     */
    public static RenderedSql cascadeDelete(
            RenderContext context, List<ResolvedRelationship> chain, Object parentValue) {
        ShapeKey.Builder shape = new ShapeKey.Builder(context, ShapeKey.Tag.CASCADE);
        for (ResolvedRelationship rr : chain) {
            shape.add(rr);
        }
        return render(
                context,
                shape.build(),
                128,
                (sql, params) -> CascadeSql.write(context, sql, params, chain, parentValue));
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
        loads(shape, spec.loads());
        SelectSpec.Lock lock = tag == ShapeKey.Tag.SELECT ? spec.lock() : null;
        shape.add(lock == null ? null : lock.toString());
        for (SelectSpec.Join j : spec.joins()) {
            shape.add(ShapeKey.Tag.JOIN).add(j.alias()).add(j.relationship());
        }
        return shape.build();
    }

    /** A load tree, each node with its order and the number of its children before them. */
    private static void loads(ShapeKey.Builder shape, List<SelectSpec.Load> loads) {
        shape.add(loads.size());
        for (SelectSpec.Load l : loads) {
            shape.add(ShapeKey.Tag.LOAD).add(l.relationship()).add(l.strategy());
            shape.orderings(l.orderings());
            loads(shape, l.children());
        }
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
