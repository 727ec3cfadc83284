package dev.qlio.orm.render;

import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.expression.Expression;
import dev.qlio.orm.expression.SortKey;
import dev.qlio.orm.internal.render.QueryRenderer;
import dev.qlio.orm.internal.render.RenderContext;
import dev.qlio.orm.internal.render.TupleSpec;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Builds {@link TupleSpec}s for golden tests, as a session's query would, without a database. */
final class TupleSpecs {

    private final List<Expression<?>> selection;

    private TableMeta<?> from;

    private final List<TupleSpec.Join> joins = new ArrayList<>();

    private final List<Condition> where = new ArrayList<>();

    private final List<Expression<?>> groupBy = new ArrayList<>();

    private final List<Condition> having = new ArrayList<>();

    private final List<SortKey> orderBy = new ArrayList<>();

    private boolean distinct;

    private int limit = -1;

    private TupleSpec.@Nullable Lock lock;

    private TupleSpecs(List<Expression<?>> selection, TableMeta<?> from) {
        this.selection = selection;
        this.from = from;
    }

    static TupleSpecs select(Class<? extends Table> from, Expression<?>... selection) {
        return new TupleSpecs(List.of(selection), TableMeta.of(from));
    }

    TupleSpecs join(
            boolean left, Class<? extends Table> table, @Nullable String alias, Condition on) {
        this.joins.add(new TupleSpec.Join(left, TableMeta.of(table), alias, on));
        return this;
    }

    TupleSpecs where(Condition c) {
        this.where.add(c);
        return this;
    }

    TupleSpecs groupBy(Expression<?>... e) {
        this.groupBy.addAll(List.of(e));
        return this;
    }

    TupleSpecs having(Condition c) {
        this.having.add(c);
        return this;
    }

    TupleSpecs orderBy(SortKey... keys) {
        this.orderBy.addAll(List.of(keys));
        return this;
    }

    TupleSpecs distinct() {
        this.distinct = true;
        return this;
    }

    TupleSpecs limit(int n) {
        this.limit = n;
        return this;
    }

    TupleSpecs lock(boolean share, @Nullable String wait) {
        this.lock = new TupleSpec.Lock(share, wait);
        return this;
    }

    TupleSpec spec() {
        return new TupleSpec(
                this.selection,
                this.distinct,
                this.from,
                null,
                this.joins,
                this.where,
                this.groupBy,
                this.having,
                this.orderBy,
                this.limit,
                0,
                this.lock);
    }

    Function<RenderContext, String> sql() {
        TupleSpec spec = spec();
        return context -> QueryRenderer.tuples(context, spec).sql();
    }
}
