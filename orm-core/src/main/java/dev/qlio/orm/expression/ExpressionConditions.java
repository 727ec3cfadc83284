package dev.qlio.orm.expression;

import java.util.List;
import java.util.Objects;

/** The conditions over expressions and subqueries; built by {@link Condition}'s factories. */
final class ExpressionConditions {

    private ExpressionConditions() {}

    static final class Compare extends Condition {
        private final Expression<?> left;
        private final Comparison operator;
        private final Expression<?> right;

        Compare(Expression<?> left, Comparison operator, Expression<?> right) {
            this.left = Objects.requireNonNull(left, "left must not be null");
            this.operator = Objects.requireNonNull(operator, "operator must not be null");
            this.right = Objects.requireNonNull(right, "right must not be null");
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.compareExpressions(this.left, this.operator, this.right);
        }
    }

    static final class In extends Condition {
        private final Expression<?> operand;
        private final List<?> values;
        private final boolean negated;

        In(Expression<?> operand, List<?> values, boolean negated) {
            this.operand = operand;
            this.values = values;
            this.negated = negated;
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.expressionIn(this.operand, this.values, this.negated);
        }
    }

    static final class Like extends Condition {
        private final Expression<?> operand;
        private final String pattern;

        Like(Expression<?> operand, String pattern) {
            this.operand = operand;
            this.pattern = pattern;
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.expressionLike(this.operand, this.pattern);
        }
    }

    static final class NullCheck extends Condition {
        private final Expression<?> operand;
        private final boolean isNull;

        NullCheck(Expression<?> operand, boolean isNull) {
            this.operand = Objects.requireNonNull(operand, "operand must not be null");
            this.isNull = isNull;
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.expressionNullCheck(this.operand, this.isNull);
        }
    }

    static final class InSubquery extends Condition {
        private final Expression<?> operand;
        private final Subquery query;
        private final boolean negated;

        InSubquery(Expression<?> operand, Subquery query, boolean negated) {
            this.operand = Objects.requireNonNull(operand, "operand must not be null");
            this.query = Objects.requireNonNull(query, "query must not be null");
            this.negated = negated;
            Expressions.checkSingle(query, "in(subquery)");
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.inSubquery(this.operand, this.query, this.negated);
        }
    }

    static final class Exists extends Condition {
        private final Subquery query;

        Exists(Subquery query) {
            this.query = Objects.requireNonNull(query, "query must not be null");
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.exists(this.query);
        }
    }
}
