package dev.qlio.orm.internal.render;

import dev.qlio.orm.expression.ColumnReference;
import dev.qlio.orm.expression.Comparison;
import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.expression.ConditionVisitor;
import dev.qlio.orm.expression.Expression;
import dev.qlio.orm.expression.Subquery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The long {@code IN} lists among a {@code SELECT}'s top-level conditions that the dialect joins as
 * derived tables of their values (H2, where a per-row test of a long list costs the square of its
 * length). A top-level {@code c IN (list)} keeps exactly the rows whose {@code c} equals one of the
 * distinct values, which is what an inner join on them keeps; negated or nested lists are tested in
 * the {@code WHERE} clause as before. Whether a list is joined depends only on the statement's
 * {@linkplain ShapeKey shape}, so a cached text always fits the parameters.
 */
final class JoinedIn {

    private JoinedIn() {}

    /**
     * Writes a join for each eligible top-level condition that is a joined list, after the {@code
     * FROM} items and before the {@code WHERE}.
     *
     * @param renderer the conditions' renderer (it qualifies the columns)
     * @param conditions the top-level conditions, combined with {@code AND}
     * @param eligible which conditions may become joins
     * @return the conditions left for the {@code WHERE} clause, in their order
     */
    static List<Condition> render(
            RenderContext context,
            SqlWriter sql,
            Params params,
            ConditionSql renderer,
            List<Condition> conditions,
            Predicate<Condition> eligible) {
        List<Condition> rest = null;
        int joins = 0;
        for (int i = 0; i < conditions.size(); i++) {
            Condition c = conditions.get(i);
            Optional<Found> found =
                    eligible.test(c) ? c.accept(new Finder(context)) : Optional.empty();
            if (found.isEmpty()) {
                if (rest != null) {
                    rest.add(c);
                }
                continue;
            }
            if (rest == null) {
                rest = new ArrayList<>(conditions.subList(0, i));
            }
            ColumnReference<?> column = found.get().column();
            joins++;
            LargeIn.renderJoin(
                    context,
                    sql,
                    params,
                    column,
                    renderer.columnSql(column),
                    found.get().values(),
                    "qlio_in" + joins);
        }
        return rest == null ? conditions : rest;
    }

    /** A joined list: its column and values. */
    private record Found(ColumnReference<?> column, List<?> values) {}

    /** A top-level, not negated list the dialect joins; empty for anything else. */
    private static final class Finder implements ConditionVisitor<Optional<Found>> {

        private final RenderContext context;

        Finder(RenderContext context) {
            this.context = context;
        }

        @Override
        public Optional<Found> in(
                ColumnReference<?> column, Collection<?> values, boolean negated) {
            if (negated || !LargeIn.joined(this.context, column, values.size())) {
                return Optional.empty();
            }
            return Optional.of(
                    new Found(column, values instanceof List<?> l ? l : new ArrayList<>(values)));
        }

        @Override
        public Optional<Found> comparison(
                ColumnReference<?> column, Comparison operator, Object value) {
            return Optional.empty();
        }

        @Override
        public Optional<Found> columnComparison(
                ColumnReference<?> left, Comparison operator, ColumnReference<?> right) {
            return Optional.empty();
        }

        @Override
        public Optional<Found> like(ColumnReference<?> column, String pattern, boolean ignoreCase) {
            return Optional.empty();
        }

        @Override
        public Optional<Found> nullCheck(ColumnReference<?> column, boolean isNull) {
            return Optional.empty();
        }

        @Override
        public Optional<Found> constant(boolean value) {
            return Optional.empty();
        }

        @Override
        public Optional<Found> and(List<Condition> conditions) {
            return Optional.empty();
        }

        @Override
        public Optional<Found> or(List<Condition> conditions) {
            return Optional.empty();
        }

        @Override
        public Optional<Found> not(Condition condition) {
            return Optional.empty();
        }

        @Override
        public Optional<Found> compareExpressions(
                Expression<?> left, Comparison operator, Expression<?> right) {
            return Optional.empty();
        }

        @Override
        public Optional<Found> expressionIn(
                Expression<?> operand, List<?> values, boolean negated) {
            return Optional.empty();
        }

        @Override
        public Optional<Found> expressionLike(Expression<?> operand, String pattern) {
            return Optional.empty();
        }

        @Override
        public Optional<Found> expressionNullCheck(Expression<?> operand, boolean isNull) {
            return Optional.empty();
        }

        @Override
        public Optional<Found> inSubquery(Expression<?> operand, Subquery query, boolean negated) {
            return Optional.empty();
        }

        @Override
        public Optional<Found> exists(Subquery query) {
            return Optional.empty();
        }
    }
}
