package dev.qlio.orm.internal.query;

import dev.qlio.orm.dialect.ValueReader;
import dev.qlio.orm.internal.engine.Engine;
import dev.qlio.orm.internal.engine.TableMapping;
import dev.qlio.orm.internal.exec.Operation;
import dev.qlio.orm.internal.exec.StatementExecutor;
import dev.qlio.orm.internal.render.JoinedLoads;
import dev.qlio.orm.internal.render.QueryRenderer;
import dev.qlio.orm.internal.render.RenderContext;
import dev.qlio.orm.internal.render.RenderedSql;
import dev.qlio.orm.internal.render.SelectSpec;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.LoadStrategy;
import dev.qlio.orm.schema.ResolvedRelationship;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.internal.LoadedList;
import dev.qlio.orm.schema.internal.Rows;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Loads a tree of relationships for a whole result, level by level: a {@code SELECT} load costs one
 * statement for all the rows of its level ({@code WHERE key IN (...)}, the key list bound as one
 * parameter where the database allows), with the {@code JOINED} loads below it joined into that
 * statement; a {@code JOINED} load was read by the statement of the level above ({@link
 * JoinedRows}). So the number of statements is one per {@code SELECT} load in the tree, whatever
 * the number of rows.
 */
final class RelationshipLoader {

    private static final Rows.Accessor ROWS = Rows.access();

    private final Engine engine;

    private final RenderContext render;

    private final StatementExecutor executor;

    /**
     * @param render renders the loads' statements, with the global filters of the query
     */
    RelationshipLoader(Engine engine, RenderContext render, StatementExecutor executor) {
        this.engine = engine;
        this.render = render;
        this.executor = executor;
    }

    /**
     * Loads {@code loads} onto {@code rows}: those joined into the statement that read the rows are
     * taken from {@code joined}, the others selected; then the loads below each, recursively.
     *
     * @param rows the rows of one level, each once
     * @param loads the loads of their relationships
     * @param joined what the rows' statement joined in, or {@code null} when it joined nothing
     */
    void complete(
            List<? extends Table> rows, List<SelectSpec.Load> loads, @Nullable JoinedRows joined) {
        if (rows.isEmpty()) {
            return;
        }
        for (SelectSpec.Load load : loads) {
            List<Table> read =
                    joined != null && load.strategy() == LoadStrategy.JOINED
                            ? joined.instancesOf(load)
                            : null;
            if (read != null) {
                complete(read, load.children(), joined);
            } else {
                select(rows, load);
            }
        }
    }

    /** Loads one relationship onto every row with one statement, then the loads below it. */
    private void select(List<? extends Table> rows, SelectSpec.Load load) {
        ResolvedRelationship rr = load.relationship();
        String name = rr.name();
        int ownerIndex = rr.ownerColumn().position();
        Set<Object> keys = new LinkedHashSet<>();
        for (Table row : rows) {
            Object key = ROWS.value(row, ownerIndex);
            if (key != null) {
                keys.add(key);
            }
        }
        Fetched fetched = keys.isEmpty() ? Fetched.NONE : fetch(load, keys);
        for (Table row : rows) {
            Object key = ROWS.value(row, ownerIndex);
            Map<Object, Table> related = key == null ? null : fetched.byOwner().get(key);
            if (rr.relationship().isCollection()) {
                ROWS.setRelationship(
                        row,
                        name,
                        new LoadedList<>(related == null ? List.of() : related.values()));
            } else {
                ROWS.setRelationship(
                        row,
                        name,
                        related == null || related.isEmpty()
                                ? null
                                : related.values().iterator().next());
            }
        }
        complete(fetched.rows(), load.children(), fetched.joined());
    }

    /**
     * The related rows of one load statement.
     *
     * @param byOwner per owner key, its related rows by their key, in the statement's order
     * @param rows every related row once
     * @param joined what the statement joined in, or {@code null}
     */
    private record Fetched(
            Map<Object, Map<Object, Table>> byOwner,
            List<Table> rows,
            @Nullable JoinedRows joined) {

        static final Fetched NONE = new Fetched(Map.of(), List.of(), null);
    }

    @SuppressWarnings("unchecked")
    private Fetched fetch(SelectSpec.Load load, Set<Object> keys) {
        ResolvedRelationship rr = load.relationship();
        TableMapping<Table> target =
                (TableMapping<Table>) this.engine.mapping(rr.target().tableClass());
        boolean link = rr.link() != null;
        RenderedSql statement = QueryRenderer.related(this.render, load, keys);
        List<JoinedLoads.Node> nodes = JoinedLoads.of(load.children());
        // with a link table the owner key comes first, the target's columns after it
        int targetOffset = link ? 1 : 0;
        Column<?> keyColumn =
                link ? Objects.requireNonNull(rr.linkOwnerColumn()) : rr.targetColumn();
        ValueReader keyReader = this.engine.reader(keyColumn.type());
        int keyIndexInTarget = link ? -1 : keyColumn.position();
        return this.executor.execute(
                Operation.SELECT,
                rr.target().name(),
                statement.sql(),
                (ps, count) -> {
                    statement.params().bindAll(ps);
                    try (ResultSet rs = ps.executeQuery()) {
                        JoinedRows joined =
                                nodes.isEmpty()
                                        ? null
                                        : new JoinedRows(
                                                this.engine,
                                                nodes,
                                                targetOffset + target.width(),
                                                link);
                        Map<Object, Map<Object, Table>> byOwner = new HashMap<>();
                        // one instance per target row, shared by every owner related to it
                        Map<Object, Table> seen = new LinkedHashMap<>();
                        while (rs.next()) {
                            Object pk = target.keyOf(rs, targetOffset);
                            Table row = seen.get(pk);
                            if (row == null) {
                                row = target.hydrate(rs, targetOffset);
                                seen.put(pk, row);
                            }
                            Object key =
                                    link
                                            ? keyReader.read(rs, 1)
                                            : ROWS.value(row, keyIndexInTarget);
                            if (key != null) {
                                byOwner.computeIfAbsent(key, k -> new LinkedHashMap<>())
                                        .putIfAbsent(pk, row);
                            }
                            if (joined != null) {
                                joined.read(rs, row);
                            }
                        }
                        if (joined != null) {
                            joined.finish();
                        }
                        count.read(seen.size());
                        return new Fetched(byOwner, new ArrayList<>(seen.values()), joined);
                    }
                });
    }
}
