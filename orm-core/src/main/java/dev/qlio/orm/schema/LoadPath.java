package dev.qlio.orm.schema;

import dev.qlio.orm.expression.Ordering;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A path of relationships to load, from the table a query selects down to any depth: {@code
 * Owner.PETS.then(Pet.VISITS)} loads each owner's pets and each pet's visits. Each step may choose
 * its {@linkplain #using strategy} and {@linkplain #orderBy order}; otherwise the relationship's
 * declared ones apply. Paths that share a beginning share its loads, so
 *
 * <pre>{@code
 * session.select(Owner.class)
 *         .where(Owner.LAST_NAME.like("Da%"))
 *         .limit(20)
 *         .load(Owner.PETS.then(Pet.VISITS), Owner.PETS.then(Pet.TYPE.using(LoadStrategy.JOINED)))
 *         .all();
 * }</pre>
 *
 * <p>runs three statements: the owners, their pets with each pet's type joined in, and the visits
 * of all those pets. A {@code SELECT} step costs one statement for all the rows of its level
 * ({@code WHERE key IN (...)}); a {@code JOINED} step adds a {@code LEFT JOIN} to the statement of
 * the level above. {@code limit} and {@code offset} page the selected rows, never the loaded ones.
 *
 * <p>Immutable: each method returns a new path.
 */
public final class LoadPath {

    /**
     * One step of a path.
     *
     * @param relationship the relationship loaded at this step
     * @param strategy the strategy asked for, or {@code null} for the relationship's declared one
     * @param orderings the order asked for, or {@code null} for the relationship's declared one
     */
    public record Step(
            Relationship<?> relationship,
            @Nullable LoadStrategy strategy,
            @Nullable List<Ordering> orderings) {

        /**
         * The strategy this step loads with.
         *
         * @return the asked strategy, else the declared one
         */
        public LoadStrategy effectiveStrategy() {
            return this.strategy != null ? this.strategy : this.relationship.loadStrategy();
        }

        /**
         * The order this step's rows are loaded in.
         *
         * @return the asked order, else the declared one (possibly empty)
         */
        public List<Ordering> effectiveOrderings() {
            return this.orderings != null ? this.orderings : this.relationship.orderings();
        }
    }

    private final List<Step> steps;

    private LoadPath(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /**
     * A path of one relationship, with its declared strategy and order.
     *
     * @param relationship the relationship
     * @return the path
     */
    public static LoadPath of(Relationship<?> relationship) {
        return new LoadPath(
                List.of(
                        new Step(
                                Objects.requireNonNull(
                                        relationship, "relationship must not be null"),
                                null,
                                null)));
    }

    /**
     * This path continued with a relationship of the last step's target table.
     *
     * @param next the next relationship
     * @return the longer path
     * @throws IllegalArgumentException if {@code next} does not start at the last step's target
     */
    public LoadPath then(Relationship<?> next) {
        return then(LoadPath.of(next));
    }

    /**
     * This path continued with another path that starts at the last step's target table, keeping
     * that path's strategies and orders: {@code Owner.PETS.then(Pet.TYPE.using(JOINED))}.
     *
     * @param next the path to append
     * @return the longer path
     * @throws IllegalArgumentException if {@code next} does not start at the last step's target
     */
    public LoadPath then(LoadPath next) {
        Objects.requireNonNull(next, "next must not be null");
        Relationship<?> first = next.steps.get(0).relationship();
        Relationship<?> last = last().relationship();
        if (first.owner() != last.target()) {
            throw new IllegalArgumentException(
                    "Cannot load "
                            + first
                            + " after "
                            + last
                            + ": it belongs to "
                            + first.owner().getName()
                            + ", the path has reached "
                            + last.target().getName()
                            + "; continue with a relationship of "
                            + last.target().getSimpleName());
        }
        List<Step> all = new ArrayList<>(this.steps);
        all.addAll(next.steps);
        return new LoadPath(all);
    }

    /**
     * This path with its last step loaded by {@code strategy}.
     *
     * @param strategy the strategy
     * @return the new path
     */
    public LoadPath using(LoadStrategy strategy) {
        Objects.requireNonNull(strategy, "strategy must not be null");
        Step last = last();
        return withLast(new Step(last.relationship(), strategy, last.orderings()));
    }

    /**
     * This path with its last step's collection in this order instead of the declared one, rendered
     * in SQL; the related rows' primary key breaks ties.
     *
     * @param orderings sort keys on the last step's target table
     * @return the new path
     * @throws IllegalArgumentException if the last step is not a collection
     */
    public LoadPath orderBy(Ordering... orderings) {
        Step last = last();
        if (!last.relationship().isCollection()) {
            throw new IllegalArgumentException(
                    last.relationship()
                            + " loads one row per parent; only collections can be ordered");
        }
        List<Ordering> list = List.of(orderings);
        return withLast(new Step(last.relationship(), last.strategy(), list));
    }

    /**
     * The steps, from the selected table down.
     *
     * @return the steps, at least one
     */
    public List<Step> steps() {
        return this.steps;
    }

    private Step last() {
        return this.steps.get(this.steps.size() - 1);
    }

    private LoadPath withLast(Step step) {
        List<Step> all = new ArrayList<>(this.steps);
        all.set(all.size() - 1, step);
        return new LoadPath(all);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof LoadPath path && path.steps.equals(this.steps);
    }

    @Override
    public int hashCode() {
        return this.steps.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Step s : this.steps) {
            if (text.length() > 0) {
                text.append('.');
            }
            text.append(s.relationship().name());
            if (s.strategy() != null) {
                text.append('[').append(s.strategy()).append(']');
            }
        }
        return "LoadPath[" + text + "]";
    }
}
