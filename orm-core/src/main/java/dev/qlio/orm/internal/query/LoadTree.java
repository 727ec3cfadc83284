package dev.qlio.orm.internal.query;

import dev.qlio.orm.expression.Ordering;
import dev.qlio.orm.internal.render.SelectSpec;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.LoadPath;
import dev.qlio.orm.schema.LoadStrategy;
import dev.qlio.orm.schema.ResolvedRelationship;
import dev.qlio.orm.schema.TableMeta;
import dev.qlio.orm.schema.TableMetadata;
import java.util.ArrayList;
import java.util.List;

/**
 * Merges {@link LoadPath}s into a tree of {@link SelectSpec.Load}s: each step resolved against the
 * registry from the table the path has reached, a step already in the tree kept (its children too)
 * unless the path asks for another strategy or order.
 */
final class LoadTree {

    private LoadTree() {}

    /**
     * The tree with a path added.
     *
     * @param metadata the registry
     * @param root the table the path starts at
     * @param loads the tree so far
     * @param path the path
     * @return the new tree
     */
    static List<SelectSpec.Load> merge(
            TableMetadata metadata, TableMeta<?> root, List<SelectSpec.Load> loads, LoadPath path) {
        LoadPath.Step first = path.steps().get(0);
        if (first.relationship().owner() != root.tableClass()) {
            throw new IllegalArgumentException(
                    "Relationship '"
                            + first.relationship().name()
                            + "' belongs to "
                            + first.relationship().owner().getName()
                            + ", not to "
                            + root.tableClass().getName()
                            + ", the table this query selects");
        }
        return merge(metadata, root, loads, path.steps(), 0);
    }

    private static List<SelectSpec.Load> merge(
            TableMetadata metadata,
            TableMeta<?> parent,
            List<SelectSpec.Load> level,
            List<LoadPath.Step> steps,
            int i) {
        LoadPath.Step step = steps.get(i);
        ResolvedRelationship rr = resolve(metadata, parent, step.relationship().name());
        List<SelectSpec.Load> out = new ArrayList<>(level);
        int at = -1;
        for (int j = 0; j < out.size(); j++) {
            if (out.get(j).relationship().name().equals(rr.name())) {
                at = j;
            }
        }
        SelectSpec.Load existing = at >= 0 ? out.get(at) : null;
        LoadStrategy strategy =
                step.strategy() != null
                        ? step.strategy()
                        : existing != null ? existing.strategy() : rr.relationship().loadStrategy();
        List<Ordering> orderings;
        if (step.orderings() != null) {
            orderings = checkOrderings(rr, step.orderings());
        } else {
            orderings = existing != null ? existing.orderings() : rr.relationship().orderings();
        }
        List<SelectSpec.Load> children = existing != null ? existing.children() : List.of();
        if (i + 1 < steps.size()) {
            children = merge(metadata, rr.target(), children, steps, i + 1);
        }
        SelectSpec.Load load = new SelectSpec.Load(rr, strategy, orderings, children);
        if (at >= 0) {
            out.set(at, load);
        } else {
            out.add(load);
        }
        return out;
    }

    /** A relationship of {@code table} by name: declared or a back-reference. */
    static ResolvedRelationship resolve(TableMetadata metadata, TableMeta<?> table, String name) {
        return metadata.getRelationship(table, name)
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "Table "
                                                + table.name()
                                                + " has no relationship '"
                                                + name
                                                + "' (known: "
                                                + metadata.relationships(table).stream()
                                                        .map(ResolvedRelationship::name)
                                                        .toList()
                                                + ")"));
    }

    /** Orderings of a load must be plain columns of its target table. */
    private static List<Ordering> checkOrderings(
            ResolvedRelationship rr, List<Ordering> orderings) {
        for (Ordering o : orderings) {
            if (!(o.column() instanceof Column<?> c)
                    || c.aliasQualifier() != null
                    || c.declaringClass() != rr.target().tableClass()) {
                throw new IllegalArgumentException(
                        "Cannot order the '"
                                + rr.name()
                                + "' rows by "
                                + o.column().qualifier()
                                + "."
                                + o.column().name()
                                + ": order a load by columns of "
                                + rr.target().tableClass().getSimpleName()
                                + " (its target table)");
            }
        }
        return orderings;
    }
}
