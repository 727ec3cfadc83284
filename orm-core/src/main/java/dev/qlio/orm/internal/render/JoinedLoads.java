package dev.qlio.orm.internal.render;

import dev.qlio.orm.schema.LoadStrategy;
import dev.qlio.orm.schema.ResolvedRelationship;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The loads one statement joins in: below the statement's own table, every {@code JOINED} load
 * reached through {@code JOINED} loads only, flattened in pre-order. Each gets the alias its
 * columns are selected under and knows the node it is joined to, so rendering (select list, {@code
 * LEFT JOIN}s, {@code ORDER BY}) and reading the rows back walk the same list. A {@code SELECT}
 * load starts a statement of its own, so it and everything below it are left out.
 */
public final class JoinedLoads {

    /**
     * A load joined into a statement.
     *
     * @param load the load
     * @param parent the index of the node it is joined to, or {@code -1} for the statement's table
     * @param alias the alias the target's columns are qualified with
     */
    public record Node(SelectSpec.Load load, int parent, String alias) {

        /**
         * The relationship joined.
         *
         * @return the relationship
         */
        public ResolvedRelationship relationship() {
            return this.load.relationship();
        }
    }

    private JoinedLoads() {}

    /**
     * The joined loads below a statement's table, in pre-order; a relationship joined twice (in a
     * self-referencing tree, or reached through two paths) gets a numbered alias the second time.
     *
     * @param loads the loads of the statement's table
     * @return the nodes, empty when nothing is joined
     */
    public static List<Node> of(List<SelectSpec.Load> loads) {
        if (loads.isEmpty()) {
            return List.of();
        }
        List<Node> nodes = new ArrayList<>();
        add(nodes, new HashSet<>(), loads, -1);
        return nodes;
    }

    private static void add(
            List<Node> nodes, Set<String> aliases, List<SelectSpec.Load> loads, int parent) {
        for (SelectSpec.Load l : loads) {
            if (l.strategy() != LoadStrategy.JOINED) {
                continue;
            }
            String base = l.relationship().alias();
            String alias = base;
            for (int n = 2; !aliases.add(alias); n++) {
                alias = base + "_" + n;
            }
            nodes.add(new Node(l, parent, alias));
            add(nodes, aliases, l.children(), nodes.size() - 1);
        }
    }

    /** Whether a joined collection multiplies the statement's rows. */
    static boolean joinsCollections(List<Node> nodes) {
        for (Node n : nodes) {
            if (n.relationship().relationship().isCollection()) {
                return true;
            }
        }
        return false;
    }

    /** {@code , n1.a, n1.b, n2.a, ...}: the nodes' columns, after the statement's own. */
    static void selectLists(RenderContext context, SqlWriter sql, List<Node> nodes) {
        for (Node n : nodes) {
            sql.append(", ");
            if (sql.on()) {
                sql.append(
                        context.tableSql(n.relationship().target())
                                .selectList(context.dialect().identifiers().quote(n.alias())));
            }
        }
    }

    /** The {@code LEFT JOIN} of each node, from its parent's qualifier. */
    static void leftJoins(
            RenderContext context,
            SqlWriter sql,
            Params params,
            String rootQualifier,
            List<Node> nodes) {
        for (Node n : nodes) {
            String from = n.parent() < 0 ? rootQualifier : nodes.get(n.parent()).alias();
            JoinSql.leftJoin(context, sql, params, from, n.relationship(), n.alias());
        }
    }

    /**
     * {@code , n1 order..., n1 key..., n2 order..., n2 key...}: each node's declared order, then
     * its key, so each parent's children come in their order and together.
     */
    static void orderKeys(RenderContext context, SqlWriter sql, Params params, List<Node> nodes) {
        for (Node n : nodes) {
            ResolvedRelationship rr = n.relationship();
            if (!n.load().orderings().isEmpty()) {
                sql.append(", ");
                new ConditionSql(context, sql, params, true, rr.target().name(), n.alias())
                        .orderList(n.load().orderings());
            }
            sql.append(", ");
            if (sql.on()) {
                sql.append(
                        context.tableSql(rr.target())
                                .keyList(context.dialect().identifiers().quote(n.alias())));
            }
        }
    }
}
