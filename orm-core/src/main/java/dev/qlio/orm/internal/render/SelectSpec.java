package dev.qlio.orm.internal.render;

import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.expression.Ordering;
import dev.qlio.orm.schema.LoadStrategy;
import dev.qlio.orm.schema.ResolvedRelationship;
import dev.qlio.orm.schema.TableMeta;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An immutable description of a select: what {@code SelectQuery} builds and {@link QueryRenderer}
 * turns into SQL. Each {@code with...} method returns a new description.
 *
 * @param root the table selected
 * @param alias the alias it is selected under, or {@code null}
 * @param conditions the conditions, combined with AND
 * @param orderings the sort keys
 * @param loads the relationships to load, each once
 * @param joins the aliased joins, in the order first given
 * @param limit the most rows, or {@code -1}
 * @param offset the rows skipped
 * @param relationships the root's relationships, through which the tables named by conditions are
 *     reached (a function of the root within one database, so not part of the shape)
 * @param lock the row lock the select takes, or {@code null}
 */
public record SelectSpec(
        TableMeta<?> root,
        @Nullable String alias,
        List<Condition> conditions,
        List<Ordering> orderings,
        List<Load> loads,
        List<Join> joins,
        int limit,
        int offset,
        List<ResolvedRelationship> relationships,
        @Nullable Lock lock) {

    /**
     * A row lock: exclusive ({@code FOR UPDATE}) or shared, and what to do about rows another
     * transaction locked.
     *
     * @param share a shared lock
     * @param noWait fail at once on a locked row
     * @param skipLocked leave locked rows out
     */
    public record Lock(boolean share, boolean noWait, boolean skipLocked) {}

    /**
     * A relationship to load, with the strategy to load it with, the order of its rows and the
     * relationships loaded below it: one node of a load tree.
     *
     * @param relationship the relationship
     * @param strategy how it is loaded
     * @param orderings the order of a collection's rows (the target's key breaks ties)
     * @param children the loads of the target's relationships
     */
    public record Load(
            ResolvedRelationship relationship,
            LoadStrategy strategy,
            List<Ordering> orderings,
            List<Load> children) {

        /** Copies the lists. */
        public Load {
            orderings = List.copyOf(orderings);
            children = List.copyOf(children);
        }

        /**
         * A load without children, in the relationship's declared order.
         *
         * @param relationship the relationship
         * @param strategy how it is loaded
         */
        public Load(ResolvedRelationship relationship, LoadStrategy strategy) {
            this(relationship, strategy, relationship.relationship().orderings(), List.of());
        }
    }

    /**
     * A related table joined under an alias, so conditions may use its columns.
     *
     * @param alias the alias
     * @param relationship the relationship of the root that reaches it
     */
    public record Join(String alias, ResolvedRelationship relationship) {}

    /** Copies the lists, so a description never changes. */
    public SelectSpec {
        conditions = List.copyOf(conditions);
        orderings = List.copyOf(orderings);
        loads = List.copyOf(loads);
        joins = List.copyOf(joins);
        relationships = List.copyOf(relationships);
    }

    /**
     * A select of every row of a table.
     *
     * @param root the table
     * @param alias its alias, or {@code null}
     * @param relationships its relationships
     * @return the description
     */
    public static SelectSpec of(
            TableMeta<?> root, @Nullable String alias, List<ResolvedRelationship> relationships) {
        return new SelectSpec(
                root,
                alias,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                -1,
                0,
                relationships,
                null);
    }

    /**
     * The name that qualifies the root's columns: its alias or its table name.
     *
     * @return the qualifier
     */
    public String qualifier() {
        return this.alias != null ? this.alias : this.root.name();
    }

    /**
     * Whether a limit or an offset applies.
     *
     * @return whether the rows are paged
     */
    public boolean paged() {
        return this.limit >= 0 || this.offset > 0;
    }

    /**
     * The loads joined into the select's own statement: {@code JOINED} loads and, below them, their
     * {@code JOINED} children, in the order their columns follow the root's.
     *
     * @return the joined loads
     */
    public List<JoinedLoads.Node> joinedLoads() {
        return JoinedLoads.of(this.loads);
    }

    /**
     * This description with one more condition.
     *
     * @param condition the condition
     * @return the new description
     */
    public SelectSpec withCondition(Condition condition) {
        return new SelectSpec(
                this.root,
                this.alias,
                plus(this.conditions, condition),
                this.orderings,
                this.loads,
                this.joins,
                this.limit,
                this.offset,
                this.relationships,
                this.lock);
    }

    /**
     * This description with more sort keys.
     *
     * @param more the sort keys, after the present ones
     * @return the new description
     */
    public SelectSpec withOrderings(List<Ordering> more) {
        List<Ordering> all = new ArrayList<>(this.orderings);
        all.addAll(more);
        return new SelectSpec(
                this.root,
                this.alias,
                this.conditions,
                all,
                this.loads,
                this.joins,
                this.limit,
                this.offset,
                this.relationships,
                this.lock);
    }

    /**
     * This description with other paging.
     *
     * @param newLimit the limit, or {@code -1}
     * @param newOffset the offset
     * @return the new description
     */
    public SelectSpec withPaging(int newLimit, int newOffset) {
        if (newLimit == this.limit && newOffset == this.offset) {
            return this;
        }
        return new SelectSpec(
                this.root,
                this.alias,
                this.conditions,
                this.orderings,
                this.loads,
                this.joins,
                newLimit,
                newOffset,
                this.relationships,
                this.lock);
    }

    /**
     * This description loading a relationship, instead of any earlier load of the same one.
     *
     * @param load the load
     * @return the new description
     */
    public SelectSpec withLoad(Load load) {
        List<Load> all = new ArrayList<>(this.loads);
        all.removeIf(l -> l.relationship().name().equals(load.relationship().name()));
        all.add(load);
        return withLoads(all);
    }

    /**
     * This description with another load tree.
     *
     * @param all the loads of the root's relationships
     * @return the new description
     */
    public SelectSpec withLoads(List<Load> all) {
        return new SelectSpec(
                this.root,
                this.alias,
                this.conditions,
                this.orderings,
                all,
                this.joins,
                this.limit,
                this.offset,
                this.relationships,
                this.lock);
    }

    /**
     * This description with an aliased join; a join under the same alias is replaced in place.
     *
     * @param join the join
     * @return the new description
     */
    public SelectSpec withJoin(Join join) {
        List<Join> all = new ArrayList<>(this.joins);
        int at = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).alias().equals(join.alias())) {
                at = i;
            }
        }
        if (at >= 0) {
            all.set(at, join);
        } else {
            all.add(join);
        }
        return new SelectSpec(
                this.root,
                this.alias,
                this.conditions,
                this.orderings,
                this.loads,
                all,
                this.limit,
                this.offset,
                this.relationships,
                this.lock);
    }

    /**
     * This description taking a row lock.
     *
     * @param newLock the lock, or {@code null} for none
     * @return the new description
     */
    public SelectSpec withLock(@Nullable Lock newLock) {
        return new SelectSpec(
                this.root,
                this.alias,
                this.conditions,
                this.orderings,
                this.loads,
                this.joins,
                this.limit,
                this.offset,
                this.relationships,
                newLock);
    }

    private static <E> List<E> plus(List<E> list, E element) {
        List<E> all = new ArrayList<>(list.size() + 1);
        all.addAll(list);
        all.add(element);
        return all;
    }
}
