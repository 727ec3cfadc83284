package dev.qlio.orm.internal.query;

import dev.qlio.orm.internal.engine.Engine;
import dev.qlio.orm.internal.engine.TableMapping;
import dev.qlio.orm.internal.render.JoinedLoads;
import dev.qlio.orm.internal.render.SelectSpec;
import dev.qlio.orm.schema.Relationship;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.internal.LoadedList;
import dev.qlio.orm.schema.internal.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the joined part of a statement's rows (the columns of {@link JoinedLoads} nodes, after the
 * statement's own table) and hangs each related row on its parent, once: one instance per related
 * row and node however many result rows repeat it, each parent's children in the order the
 * statement returned them (their declared order, then key order).
 */
final class JoinedRows {

    private static final Rows.Accessor ROWS = Rows.access();

    private final List<JoinedLoads.Node> nodes;

    private final TableMapping<Table>[] targets;

    private final int[] offsets;

    /** Per node: the related rows read, by key, in first-seen order. */
    private final List<Map<Object, Table>> instances;

    /** Per node: each parent's children (a list, or for a to-one the one row or null). */
    private final List<Map<Table, Object>> byParent;

    /** Per row read: each node's instance, or {@code null} when the row has none. */
    private final @Nullable Table[] current;

    @SuppressWarnings("unchecked")
    JoinedRows(Engine engine, List<JoinedLoads.Node> nodes, int firstOffset) {
        this.nodes = nodes;
        int n = nodes.size();
        this.targets = new TableMapping[n];
        this.offsets = new int[n];
        this.instances = new ArrayList<>(n);
        this.byParent = new ArrayList<>(n);
        this.current = new Table[n];
        int offset = firstOffset;
        for (int i = 0; i < n; i++) {
            this.targets[i] =
                    (TableMapping<Table>)
                            engine.mapping(nodes.get(i).relationship().target().tableClass());
            this.offsets[i] = offset;
            offset += this.targets[i].width();
            this.instances.add(new LinkedHashMap<>());
            this.byParent.add(new IdentityHashMap<>());
        }
    }

    /** Reads the related rows of the current result row, whose own row is {@code base}. */
    void read(ResultSet rs, Table base) throws SQLException {
        for (int i = 0; i < this.current.length; i++) {
            JoinedLoads.Node node = this.nodes.get(i);
            Table parent = node.parent() < 0 ? base : this.current[node.parent()];
            if (parent == null) {
                this.current[i] = null;
                continue;
            }
            Map<Table, Object> children = this.byParent.get(i);
            boolean toOne =
                    node.relationship().relationship().kind() == Relationship.Kind.MANY_TO_ONE;
            Object mine = children.get(parent);
            if (mine == null && !children.containsKey(parent)) {
                mine = toOne ? null : new LinkedHashMap<Object, Table>();
                children.put(parent, mine);
            }
            Object key = this.targets[i].keyOf(rs, this.offsets[i]);
            if (key == null) {
                this.current[i] = null;
                continue;
            }
            Map<Object, Table> seen = this.instances.get(i);
            Table child = seen.get(key);
            if (child == null) {
                child = this.targets[i].hydrate(rs, this.offsets[i]);
                seen.put(key, child);
            }
            this.current[i] = child;
            if (mine instanceof Map<?, ?> list) {
                @SuppressWarnings("unchecked")
                Map<Object, Table> collection = (Map<Object, Table>) list;
                collection.putIfAbsent(key, child);
            } else {
                children.put(parent, child);
            }
        }
    }

    /** Sets every node's relationship on every parent read, an empty collection where none. */
    void finish() {
        for (int i = 0; i < this.current.length; i++) {
            String name = this.nodes.get(i).relationship().name();
            for (Map.Entry<Table, Object> e : this.byParent.get(i).entrySet()) {
                Object value = e.getValue();
                if (value instanceof Map<?, ?> list) {
                    @SuppressWarnings("unchecked")
                    Map<Object, Table> children = (Map<Object, Table>) list;
                    ROWS.setRelationship(e.getKey(), name, new LoadedList<>(children.values()));
                } else {
                    ROWS.setRelationship(e.getKey(), name, value);
                }
            }
        }
    }

    /**
     * The rows a joined load read, each once, for the loads below it.
     *
     * @param load a load joined into this statement
     * @return its rows, or {@code null} if it is not joined here
     */
    @Nullable List<Table> instancesOf(SelectSpec.Load load) {
        for (int i = 0; i < this.nodes.size(); i++) {
            if (this.nodes.get(i).load() == load) {
                return new ArrayList<>(this.instances.get(i).values());
            }
        }
        return null;
    }

    /** Rows of a root statement with joined loads: each root row once, in order. */
    static <T extends Table> List<T> readRoots(
            TableMapping<T> root, JoinedRows joined, ResultSet rs) throws SQLException {
        Map<Object, T> roots = new LinkedHashMap<>();
        while (rs.next()) {
            Object key = root.keyOf(rs, 0);
            T row = roots.get(key);
            if (row == null) {
                row = root.hydrate(rs, 0);
                roots.put(key, row);
            }
            joined.read(rs, row);
        }
        joined.finish();
        return new ArrayList<>(roots.values());
    }
}
