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
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads the joined part of a statement's rows (the columns of {@link JoinedLoads} nodes, after the
 * statement's own table) and hangs each related row on its parent, once: one instance per related
 * row and node however many result rows repeat it, each parent's children in the order the
 * statement returned them (their declared order, then key order).
 *
 * <p>What it keeps per row is as little as the shape allows: when one one-to-many node is the only
 * collection joined, straight to the statement's own rows (which do not repeat), every result row
 * holds a new child, appended to its parent's list with no lookup; otherwise a child is looked up
 * by key, and a one-to-many child (which has one parent) is appended when first read, a
 * many-to-many one once per parent.
 */
final class JoinedRows {

    private static final Rows.Accessor ROWS = Rows.access();

    private final List<JoinedLoads.Node> nodes;

    private final TableMapping<Table>[] targets;

    private final int[] offsets;

    private final Relationship.Kind[] kinds;

    /** Whether a node's every result row holds a new child: nothing to look up. */
    private final boolean[] fresh;

    /** Per node: the related rows read, by key ({@code null} for a fresh node). */
    private final @Nullable Map<Object, Table>[] instances;

    /** Per node: the column index of the first key column, to tell a missing row. */
    private final int[] firstKey;

    /** Per node: whether loads below it need its rows ({@link #instancesOf}). */
    private final boolean[] keepRead;

    /** Per node: the related rows read, each once, in order (kept only when loads need them). */
    private final List<List<Table>> read;

    /** Per node: each parent's children (a list, or for a to-one the row or {@code null}). */
    private final List<Map<Table, @Nullable Object>> byParent;

    /** Per node, a many-to-many's children per parent, to add each once per parent. */
    private final @Nullable Map<Table, Map<Object, Table>>[] linked;

    /** Per row read: each node's instance, or {@code null} when the row has none. */
    private final @Nullable Table[] current;

    /** Per node: the parent of the previous row and its children, to skip the lookup. */
    private final @Nullable Table[] lastParent;

    private final @Nullable Object[] lastChildren;

    /**
     * @param engine the database's engine
     * @param nodes the joined loads, as the statement renders them
     * @param firstOffset the result column before the first node's first column
     * @param baseRepeats whether the statement's own rows repeat (a many-to-many's owners)
     */
    @SuppressWarnings("unchecked")
    JoinedRows(Engine engine, List<JoinedLoads.Node> nodes, int firstOffset, boolean baseRepeats) {
        this.nodes = nodes;
        int n = nodes.size();
        this.targets = new TableMapping[n];
        this.offsets = new int[n];
        this.kinds = new Relationship.Kind[n];
        this.fresh = new boolean[n];
        this.firstKey = new int[n];
        this.keepRead = new boolean[n];
        this.instances = new Map[n];
        this.linked = new Map[n];
        this.read = new ArrayList<>(n);
        this.byParent = new ArrayList<>(n);
        this.current = new Table[n];
        this.lastParent = new Table[n];
        this.lastChildren = new Object[n];
        int collections = 0;
        for (JoinedLoads.Node node : nodes) {
            if (node.relationship().relationship().isCollection()) {
                collections++;
            }
        }
        int offset = firstOffset;
        for (int i = 0; i < n; i++) {
            JoinedLoads.Node node = nodes.get(i);
            this.targets[i] =
                    (TableMapping<Table>) engine.mapping(node.relationship().target().tableClass());
            this.offsets[i] = offset;
            offset += this.targets[i].width();
            this.kinds[i] = node.relationship().relationship().kind();
            this.firstKey[i] = this.targets[i].keyIndexes()[0];
            this.keepRead[i] = !node.load().children().isEmpty();
            // joined straight to rows that never repeat: a to-one level between would share its
            // row among several parents, and repeat the children under it
            this.fresh[i] =
                    this.kinds[i] == Relationship.Kind.ONE_TO_MANY
                            && collections == 1
                            && !baseRepeats
                            && node.parent() < 0;
            this.instances[i] = this.fresh[i] ? null : new HashMap<>();
            this.linked[i] =
                    this.kinds[i] == Relationship.Kind.MANY_TO_MANY
                            ? new IdentityHashMap<>()
                            : null;
            this.read.add(new ArrayList<>());
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
            Object children = children(i, parent);
            if (this.fresh[i]) {
                // every row holds a new child, or none: read it whole and look at its key
                Table child = this.targets[i].hydrate(rs, this.offsets[i]);
                if (ROWS.value(child, this.firstKey[i]) == null) {
                    this.current[i] = null;
                    continue;
                }
                this.current[i] = child;
                if (this.keepRead[i]) {
                    this.read.get(i).add(child);
                }
                list(children).add(child);
                continue;
            }
            Object key = this.targets[i].keyOf(rs, this.offsets[i]);
            if (key == null) {
                this.current[i] = null;
                continue;
            }
            Map<Object, Table> seen = this.instances[i];
            Table child = seen == null ? null : seen.get(key);
            boolean first = child == null;
            if (first) {
                child = this.targets[i].hydrate(rs, this.offsets[i]);
                if (this.keepRead[i]) {
                    this.read.get(i).add(child);
                }
                if (seen != null) {
                    seen.put(key, child);
                }
            }
            this.current[i] = child;
            switch (this.kinds[i]) {
                case MANY_TO_ONE -> {
                    if (children != child) {
                        this.byParent.get(i).put(parent, child);
                        this.lastChildren[i] = child;
                    }
                }
                case ONE_TO_MANY -> {
                    // a one-to-many child has one parent: added when first read
                    if (first) {
                        list(children).add(child);
                    }
                }
                case MANY_TO_MANY -> {
                    Map<Table, Map<Object, Table>> perParent = this.linked[i];
                    if (perParent != null
                            && perParent
                                            .computeIfAbsent(parent, p -> new HashMap<>())
                                            .putIfAbsent(key, child)
                                    == null) {
                        list(children).add(child);
                    }
                }
            }
        }
    }

    /** The parent's children so far, created empty on its first row. */
    private @Nullable Object children(int i, Table parent) {
        if (this.lastParent[i] == parent) {
            return this.lastChildren[i];
        }
        Map<Table, @Nullable Object> all = this.byParent.get(i);
        Object children = all.get(parent);
        if (children == null && !all.containsKey(parent)) {
            children = this.kinds[i] == Relationship.Kind.MANY_TO_ONE ? null : new LoadedList<>();
            all.put(parent, children);
        }
        this.lastParent[i] = parent;
        this.lastChildren[i] = children;
        return children;
    }

    @SuppressWarnings("unchecked")
    private static LoadedList<Table> list(@Nullable Object children) {
        return (LoadedList<Table>) Objects.requireNonNull(children);
    }

    /** Sets every node's relationship on every parent read, an empty collection where none. */
    void finish() {
        for (int i = 0; i < this.current.length; i++) {
            String name = this.nodes.get(i).relationship().name();
            for (Map.Entry<Table, @Nullable Object> e : this.byParent.get(i).entrySet()) {
                Object value = e.getValue();
                ROWS.setRelationship(
                        e.getKey(),
                        name,
                        value instanceof LoadedList<?> list ? list.loaded() : value);
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
                return this.read.get(i);
            }
        }
        return null;
    }

    /** Rows of a root statement with joined loads: each root row once, in order. */
    static <T extends Table> List<T> readRoots(
            TableMapping<T> root, JoinedRows joined, ResultSet rs) throws SQLException {
        Map<Object, T> roots = new LinkedHashMap<>();
        Object lastKey = null;
        T row = null;
        while (rs.next()) {
            Object key = root.keyOf(rs, 0);
            // a root's rows come together (ordered by its key), so most rows repeat the last one
            if (row == null || !Objects.equals(key, lastKey)) {
                row = roots.get(key);
                if (row == null) {
                    row = root.hydrate(rs, 0);
                    roots.put(key, row);
                }
                lastKey = key;
            }
            joined.read(rs, row);
        }
        joined.finish();
        return new ArrayList<>(roots.values());
    }
}
