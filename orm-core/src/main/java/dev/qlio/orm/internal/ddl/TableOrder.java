package dev.qlio.orm.internal.ddl;

import dev.qlio.orm.schema.ForeignKey;
import dev.qlio.orm.schema.TableMeta;
import dev.qlio.orm.schema.TableMetadata;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tables in foreign-key order: every table after the tables it references, registration order
 * otherwise. A reference that closes a cycle cannot be satisfied by ordering; it is reported as
 * {@link #cyclic()} so it can be added after the tables exist (and dropped before they go).
 * Self-references are neither edges nor cyclic: a table may reference itself when it is created.
 */
final class TableOrder {

    private final List<TableMeta<?>> ordered;

    private final Set<ForeignKey> cyclic;

    private TableOrder(List<TableMeta<?>> ordered, Set<ForeignKey> cyclic) {
        this.ordered = ordered;
        this.cyclic = cyclic;
    }

    /**
     * Orders tables by a depth-first search over their foreign keys (parents first).
     *
     * @param metadata the registry resolving foreign keys
     * @param tables the tables to order, in registration order
     * @return the order
     */
    static TableOrder of(TableMetadata metadata, Collection<TableMeta<?>> tables) {
        Set<TableMeta<?>> included = new LinkedHashSet<>(tables);
        Map<TableMeta<?>, State> states = new HashMap<>();
        List<TableMeta<?>> ordered = new ArrayList<>();
        Set<ForeignKey> cyclic = new LinkedHashSet<>();
        for (TableMeta<?> table : included) {
            visit(metadata, table, included, states, ordered, cyclic);
        }
        // kept in discovery order (Set.copyOf would not), so the statements come out the same every
        // run
        return new TableOrder(List.copyOf(ordered), Collections.unmodifiableSet(cyclic));
    }

    private static void visit(
            TableMetadata metadata,
            TableMeta<?> table,
            Set<TableMeta<?>> included,
            Map<TableMeta<?>, State> states,
            List<TableMeta<?>> ordered,
            Set<ForeignKey> cyclic) {
        if (states.get(table) != null) {
            return;
        }
        states.put(table, State.VISITING);
        for (ForeignKey fk : metadata.foreignKeys(table)) {
            TableMeta<?> parent = fk.target().table();
            if (parent == table || !included.contains(parent)) {
                continue;
            }
            State state = states.get(parent);
            if (state == State.VISITING) {
                // the parent is an ancestor in this search: the reference closes a cycle
                cyclic.add(fk);
            } else if (state == null) {
                visit(metadata, parent, included, states, ordered, cyclic);
            }
        }
        states.put(table, State.DONE);
        ordered.add(table);
    }

    /**
     * The tables, parents before children.
     *
     * @return an unmodifiable list
     */
    List<TableMeta<?>> parentsFirst() {
        return this.ordered;
    }

    /**
     * The tables, children before parents.
     *
     * @return a new list
     */
    List<TableMeta<?>> childrenFirst() {
        List<TableMeta<?>> reversed = new ArrayList<>(this.ordered);
        Collections.reverse(reversed);
        return reversed;
    }

    /**
     * The references that close a cycle among the ordered tables.
     *
     * @return an unmodifiable set
     */
    Set<ForeignKey> cyclic() {
        return this.cyclic;
    }

    private enum State {
        VISITING,
        DONE
    }
}
