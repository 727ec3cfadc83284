package dev.qlio.orm.internal.query;

import dev.qlio.orm.expression.ColumnReference;
import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.expression.Ordering;
import dev.qlio.orm.internal.exec.Operation;
import dev.qlio.orm.internal.render.ProjectionSpec;
import dev.qlio.orm.internal.render.QueryRenderer;
import dev.qlio.orm.internal.render.RenderContext;
import dev.qlio.orm.internal.render.RenderedSql;
import dev.qlio.orm.internal.render.SelectSpec;
import dev.qlio.orm.query.ProjectionQuery;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A projection of a select into records: the select's description plus the projected items,
 * grouping and conditions on groups, rendered by {@link QueryRenderer#project} and read by a {@link
 * RecordMapper}.
 *
 * @param <R> the record type
 */
final class DefaultProjectionQuery<R extends Record> implements ProjectionQuery<R> {

    private final QueryTarget session;

    private final RecordMapper<R> mapper;

    private final RenderContext context;

    private SelectSpec spec;

    private ProjectionSpec projection;

    DefaultProjectionQuery(
            QueryTarget session,
            RenderContext context,
            SelectSpec spec,
            Class<R> type,
            List<ColumnReference<?>> items) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException(
                    "project(...) needs at least one column or aggregate");
        }
        this.session = session;
        this.context = context;
        this.spec = spec;
        this.projection = new ProjectionSpec(items, false, List.of(), List.of());
        this.mapper = new RecordMapper<>(type, items, session.engine());
    }

    @Override
    public ProjectionQuery<R> distinct() {
        ProjectionSpec p = this.projection;
        this.projection = new ProjectionSpec(p.items(), true, p.groupBy(), p.having());
        return this;
    }

    @Override
    public ProjectionQuery<R> groupBy(ColumnReference<?>... columns) {
        ProjectionSpec p = this.projection;
        List<ColumnReference<?>> all = new ArrayList<>(p.groupBy());
        for (ColumnReference<?> c : columns) {
            all.add(Objects.requireNonNull(c, "column must not be null"));
        }
        this.projection = new ProjectionSpec(p.items(), p.distinct(), all, p.having());
        return this;
    }

    @Override
    public ProjectionQuery<R> having(Condition condition) {
        ProjectionSpec p = this.projection;
        List<Condition> all = new ArrayList<>(p.having());
        all.add(Objects.requireNonNull(condition, "condition must not be null"));
        this.projection = new ProjectionSpec(p.items(), p.distinct(), p.groupBy(), all);
        return this;
    }

    @Override
    public ProjectionQuery<R> orderBy(Ordering... orderings) {
        this.spec = this.spec.withOrderings(List.of(orderings));
        return this;
    }

    @Override
    public ProjectionQuery<R> limit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be zero or more, got " + limit);
        }
        this.spec = this.spec.withPaging(limit, this.spec.offset());
        return this;
    }

    @Override
    public ProjectionQuery<R> offset(int offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be zero or more, got " + offset);
        }
        this.spec = this.spec.withPaging(this.spec.limit(), offset);
        return this;
    }

    @Override
    public String toSql() {
        return render(this.spec).sql();
    }

    private RenderedSql render(SelectSpec select) {
        return QueryRenderer.project(this.context, select, this.projection);
    }

    @Override
    public List<R> all() {
        return fetch(this.spec);
    }

    @Override
    public Optional<R> first() {
        List<R> rows =
                fetch(this.spec.withPaging(this.spec.limit() == 0 ? 0 : 1, this.spec.offset()));
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private List<R> fetch(SelectSpec select) {
        RenderedSql statement = render(select);
        RecordMapper<R> m = this.mapper;
        return this.session.read(
                executor ->
                        executor.execute(
                                Operation.SELECT,
                                select.root().name(),
                                statement.sql(),
                                (ps, count) -> {
                                    statement.params().bindAll(ps);
                                    try (ResultSet rs = ps.executeQuery()) {
                                        List<R> result = new ArrayList<>();
                                        while (rs.next()) {
                                            result.add(m.read(rs));
                                        }
                                        count.read(result.size());
                                        return result;
                                    }
                                }));
    }
}
