package dev.qlio.orm.internal.query;

import dev.qlio.orm.dialect.ValueReader;
import dev.qlio.orm.internal.engine.Engine;
import dev.qlio.orm.internal.engine.TableMapping;
import dev.qlio.orm.internal.exec.Operation;
import dev.qlio.orm.internal.exec.StatementExecutor;
import dev.qlio.orm.internal.render.QueryRenderer;
import dev.qlio.orm.internal.render.RenderedSql;
import dev.qlio.orm.internal.render.SelectSpec;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.ResolvedRelationship;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMeta;
import dev.qlio.orm.schema.internal.LoadedList;
import dev.qlio.orm.schema.internal.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Loads relationships for a whole result: with {@code SELECT}, one more statement per relationship
 * ({@code WHERE key IN (...)}, the key list bound as one parameter where the database allows); with
 * {@code JOINED}, by de-duplicating the rows of one joined statement.
 */
final class RelationshipLoader {

    private static final Rows.Accessor ROWS = Rows.access();

    private final Engine engine;

    private final StatementExecutor executor;

    RelationshipLoader(Engine engine, StatementExecutor executor) {
        this.engine = engine;
        this.executor = executor;
    }

    /** Loads {@code rr} for every row with one statement. */
    void loadSelect(List<? extends Table> rows, ResolvedRelationship rr) {
        String name = rr.name();
        int ownerIndex = rr.ownerColumn().position();
        Set<Object> keys = new LinkedHashSet<>();
        for (Table row : rows) {
            Object key = ROWS.value(row, ownerIndex);
            if (key != null) {
                keys.add(key);
            }
        }
        Map<Object, List<Table>> byKey = keys.isEmpty() ? Map.of() : fetchRelated(rr, keys);
        for (Table row : rows) {
            Object key = ROWS.value(row, ownerIndex);
            List<Table> related = key == null ? List.of() : byKey.getOrDefault(key, List.of());
            if (rr.relationship().isCollection()) {
                ROWS.setRelationship(row, name, new LoadedList<>(related));
            } else {
                ROWS.setRelationship(row, name, related.isEmpty() ? null : related.get(0));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Map<Object, List<Table>> fetchRelated(ResolvedRelationship rr, Set<Object> keys) {
        Engine engine = this.engine;
        TableMapping<Table> target = (TableMapping<Table>) engine.mapping(rr.target().tableClass());
        TableMeta<?> link = rr.link();
        RenderedSql statement = QueryRenderer.related(engine.render(), rr, keys);
        // with a link table the owner key comes first, the target's columns after it
        int targetOffset = link == null ? 0 : 1;
        Column<?> keyColumn =
                link == null ? rr.targetColumn() : Objects.requireNonNull(rr.linkOwnerColumn());
        ValueReader keyReader = engine.reader(keyColumn.type());
        int keyIndexInTarget = link == null ? keyColumn.position() : -1;
        boolean manyToOne = !rr.relationship().isCollection();
        return this.executor.execute(
                Operation.SELECT,
                rr.target().name(),
                statement.sql(),
                (ps, count) -> {
                    {
                        statement.params().bindAll(ps);
                        try (ResultSet rs = ps.executeQuery()) {
                            Map<Object, List<Table>> result = new HashMap<>();
                            Map<Object, Table> seen = link == null ? Map.of() : new HashMap<>();
                            while (rs.next()) {
                                Object key;
                                Table row;
                                if (link == null) {
                                    row = target.hydrate(rs, targetOffset);
                                    key = ROWS.value(row, keyIndexInTarget);
                                } else {
                                    key = keyReader.read(rs, 1);
                                    // one instance per target row, shared by every owner linked to
                                    // it
                                    Object pk = target.keyOf(rs, targetOffset);
                                    Table existing = seen.get(pk);
                                    row =
                                            existing != null
                                                    ? existing
                                                    : target.hydrate(rs, targetOffset);
                                    seen.put(pk, row);
                                }
                                if (key != null) {
                                    List<Table> list =
                                            result.computeIfAbsent(
                                                    key, k -> new ArrayList<>(manyToOne ? 1 : 4));
                                    list.add(row);
                                }
                            }
                            count.read(rowsRead(result));
                            return result;
                        }
                    }
                });
    }

    private static long rowsRead(Map<Object, List<Table>> byKey) {
        long read = 0;
        for (List<Table> related : byKey.values()) {
            read += related.size();
        }
        return read;
    }

    /** Rows of a statement with {@code LEFT JOIN}s for each loaded relationship, de-duplicated. */
    @SuppressWarnings("unchecked")
    static <T extends Table> List<T> hydrateJoined(
            Engine engine, TableMapping<T> root, List<SelectSpec.Load> joined, ResultSet rs)
            throws SQLException {
        int n = joined.size();
        TableMapping<Table>[] targets = new TableMapping[n];
        int[] offsets = new int[n];
        int offset = root.width();
        for (int j = 0; j < n; j++) {
            targets[j] =
                    (TableMapping<Table>)
                            engine.mapping(joined.get(j).relationship().target().tableClass());
            offsets[j] = offset;
            offset += targets[j].width();
        }
        Map<Object, T> parents = new LinkedHashMap<>();
        // per relationship: parent key -> (child key -> child), to add each child once
        List<Map<Object, Map<Object, Table>>> children = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            children.add(new HashMap<>());
        }
        while (rs.next()) {
            Object parentKey = root.keyOf(rs, 0);
            T parent = parents.get(parentKey);
            if (parent == null) {
                parent = root.hydrate(rs, 0);
                parents.put(parentKey, parent);
            }
            for (int j = 0; j < n; j++) {
                Object childKey = targets[j].keyOf(rs, offsets[j]);
                Map<Object, Table> mine =
                        children.get(j).computeIfAbsent(parentKey, k -> new LinkedHashMap<>());
                if (childKey != null && !mine.containsKey(childKey)) {
                    mine.put(childKey, targets[j].hydrate(rs, offsets[j]));
                }
            }
        }
        for (int j = 0; j < n; j++) {
            ResolvedRelationship rr = joined.get(j).relationship();
            for (Map.Entry<Object, T> e : parents.entrySet()) {
                Map<Object, Table> mine = children.get(j).getOrDefault(e.getKey(), Map.of());
                if (rr.relationship().isCollection()) {
                    ROWS.setRelationship(e.getValue(), rr.name(), new LoadedList<>(mine.values()));
                } else {
                    ROWS.setRelationship(
                            e.getValue(),
                            rr.name(),
                            mine.isEmpty() ? null : mine.values().iterator().next());
                }
            }
        }
        return new ArrayList<>(parents.values());
    }
}
