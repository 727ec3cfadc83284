package dev.qlio.orm.internal.render;

import dev.qlio.orm.expression.ColumnReference;
import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.ResolvedRelationship;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How a select reaches other tables: the joins its conditions need (aliased joins, and a {@code
 * LEFT JOIN} for each table reached by one many-to-one relationship), the conditions on a
 * collection's table that become {@code EXISTS} semi-joins, and the {@code JOINED} loads.
 */
final class SelectPlan {

    final Map<String, ResolvedRelationship> filterJoins = new LinkedHashMap<>();

    /** Per condition on a collection's table: the qualifier it uses and the relationship. */
    final Map<Condition, Map.Entry<String, ResolvedRelationship>> semiJoins =
            new IdentityHashMap<>();

    final List<JoinedLoads.Node> joinedLoads;

    private final SelectSpec spec;

    private SelectPlan(SelectSpec spec) {
        this.spec = spec;
        String root = spec.qualifier();
        String table = spec.root().name();
        for (SelectSpec.Join j : spec.joins()) {
            this.filterJoins.put(j.alias(), j.relationship());
        }
        for (Condition c : spec.conditions()) {
            for (Map.Entry<String, ColumnReference<?>> e : QualifierCollector.of(c).entrySet()) {
                String q = e.getKey();
                if (q.equals(root) || q.equals(table) || this.filterJoins.containsKey(q)) {
                    continue;
                }
                ResolvedRelationship rr = reach(q, e.getValue());
                if (rr.relationship().isCollection()) {
                    if (this.semiJoins.containsKey(c)) {
                        throw new IllegalArgumentException(
                                "A condition may use the columns of one collection relationship's"
                                        + " table at a time; split it into several where(...)"
                                        + " calls");
                    }
                    this.semiJoins.put(c, Map.entry(q, rr));
                } else {
                    this.filterJoins.put(q, rr);
                }
            }
        }
        this.joinedLoads = spec.joinedLoads();
    }

    /** The plan of a projection: always qualified, the joins its conditions need. */
    static SelectPlan qualified(SelectSpec spec) {
        return new SelectPlan(spec);
    }

    /** The plan of a select that joins, or {@code null} for a plain single-table select. */
    static @Nullable SelectPlan of(SelectSpec spec) {
        if (spec.loads().isEmpty() && spec.joins().isEmpty()) {
            String root = spec.qualifier();
            String table = spec.root().name();
            boolean local = true;
            for (Condition c : spec.conditions()) {
                local &= QualifierCollector.onlyQualifiers(c, root, table);
            }
            if (local) {
                return null;
            }
        }
        return new SelectPlan(spec);
    }

    /** Whether neither conditions nor loads reach another table. */
    boolean simple() {
        return !filters() && this.joinedLoads.isEmpty();
    }

    /** Whether conditions reach another table. */
    boolean filters() {
        return !this.filterJoins.isEmpty() || !this.semiJoins.isEmpty();
    }

    /** Whether a {@code JOINED} load multiplies the root's rows. */
    boolean joinsCollections() {
        return JoinedLoads.joinsCollections(this.joinedLoads);
    }

    /** The one relationship of the root that reaches the table a condition's qualifier names. */
    private ResolvedRelationship reach(String qualifier, ColumnReference<?> column) {
        Class<?> targetClass = column instanceof Column<?> col ? col.declaringClass() : null;
        List<ResolvedRelationship> candidates = new ArrayList<>();
        for (ResolvedRelationship rr : this.spec.relationships()) {
            if (rr.target().tableClass() == targetClass || rr.target().name().equals(qualifier)) {
                candidates.add(rr);
            }
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        String table = this.spec.root().name();
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException(
                    "A condition uses "
                            + qualifier
                            + "."
                            + column.name()
                            + ", but table "
                            + table
                            + " has no relationship to that table: declare one, or query"
                            + " that table with its own select");
        }
        throw new IllegalArgumentException(
                "A condition uses "
                        + qualifier
                        + "."
                        + column.name()
                        + ", which"
                        + " table "
                        + table
                        + " reaches through several relationships ("
                        + candidates.stream().map(ResolvedRelationship::name).toList()
                        + "): choose one with join(new AliasedTable<>(\""
                        + qualifier
                        + "\", ...), relationship)");
    }
}
