package dev.qlio.orm.expression;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A boolean SQL condition, built from column operators such as {@code User.NAME.eq("ada")} and
 * combined with {@link #and}, {@link #or} and {@link #not}. Conditions are immutable; every value
 * in them is rendered as a bound parameter.
 */
public abstract class Condition {

    Condition() {}

    /**
     * Visits this condition.
     *
     * @param visitor the visitor
     * @param <R> the result type
     * @return the visitor's result
     */
    public abstract <R> R accept(ConditionVisitor<R> visitor);

    /**
     * This condition and {@code other}.
     *
     * @param other the other condition
     * @return a condition true when both are
     */
    public Condition and(Condition other) {
        return new Junction(true, flatten(true, this, other));
    }

    /**
     * This condition or {@code other}.
     *
     * @param other the other condition
     * @return a condition true when either is
     */
    public Condition or(Condition other) {
        return new Junction(false, flatten(false, this, other));
    }

    /**
     * The negation of this condition.
     *
     * @return a condition true when this one is false
     */
    public Condition not() {
        return new Not(this);
    }

    private static List<Condition> flatten(boolean and, Condition left, Condition right) {
        Objects.requireNonNull(right, "condition must not be null");
        List<Condition> parts = new ArrayList<>();
        for (Condition c : List.of(left, right)) {
            if (c instanceof Junction j && j.and == and) {
                parts.addAll(j.parts);
            } else {
                parts.add(c);
            }
        }
        return List.copyOf(parts);
    }

    /**
     * A column compared with a value.
     *
     * @param column the column
     * @param operator the operator
     * @param value the value, not {@code null}
     * @return the condition
     */
    public static Condition compare(ColumnReference<?> column, Comparison operator, Object value) {
        return new Compare(column, operator, value);
    }

    /**
     * A column compared with another column, e.g. in a self-join.
     *
     * @param left the left column
     * @param operator the operator
     * @param right the right column
     * @return the condition
     */
    public static Condition compareColumns(
            ColumnReference<?> left, Comparison operator, ColumnReference<?> right) {
        return new CompareColumns(left, operator, right);
    }

    /**
     * A column in (or not in) a collection; an empty collection matches nothing (or everything).
     *
     * @param column the column
     * @param values the values, copied
     * @param negated whether this is {@code NOT IN}
     * @return the condition
     */
    public static Condition in(ColumnReference<?> column, Collection<?> values, boolean negated) {
        if (values.isEmpty()) {
            return new Constant(negated);
        }
        return new In(column, List.copyOf(values), negated);
    }

    /**
     * A pattern match.
     *
     * @param column the column
     * @param pattern the pattern
     * @param ignoreCase whether case is ignored
     * @return the condition
     */
    public static Condition like(ColumnReference<?> column, String pattern, boolean ignoreCase) {
        return new Like(column, pattern, ignoreCase);
    }

    /**
     * A null test.
     *
     * @param column the column
     * @param isNull {@code true} for {@code IS NULL}
     * @return the condition
     */
    public static Condition nullCheck(ColumnReference<?> column, boolean isNull) {
        return new NullCheck(column, isNull);
    }

    /**
     * Two expressions compared.
     *
     * @param left the left operand
     * @param operator the operator
     * @param right the right operand
     * @return the condition
     */
    public static Condition compareExpressions(
            Expression<?> left, Comparison operator, Expression<?> right) {
        return new ExpressionConditions.Compare(left, operator, right);
    }

    /**
     * An expression in (or not in) a collection of values, bound as the expression's type; an empty
     * collection matches nothing (or everything).
     *
     * @param operand the expression
     * @param values the values, none {@code null}, copied
     * @param negated whether this is {@code NOT IN}
     * @return the condition
     */
    public static Condition expressionIn(
            Expression<?> operand, Collection<?> values, boolean negated) {
        if (values.isEmpty()) {
            return new Constant(negated);
        }
        List<?> list = List.copyOf(values); // refuses nulls
        Expressions.checkValues(operand, list);
        return new ExpressionConditions.In(operand, list, negated);
    }

    /**
     * A case-sensitive pattern match of an expression.
     *
     * @param operand the expression
     * @param pattern the pattern
     * @return the condition
     */
    public static Condition expressionLike(Expression<?> operand, String pattern) {
        return new ExpressionConditions.Like(operand, pattern);
    }

    /**
     * A null test of an expression.
     *
     * @param operand the expression
     * @param isNull {@code true} for {@code IS NULL}
     * @return the condition
     */
    public static Condition expressionNullCheck(Expression<?> operand, boolean isNull) {
        return new ExpressionConditions.NullCheck(operand, isNull);
    }

    /**
     * An expression in (or not in) what a subquery selects.
     *
     * @param operand the expression
     * @param query a subquery selecting one expression
     * @param negated whether this is {@code NOT IN}
     * @return the condition
     */
    public static Condition inSubquery(Expression<?> operand, Subquery query, boolean negated) {
        return new ExpressionConditions.InSubquery(operand, query, negated);
    }

    /**
     * Whether a subquery selects any row; {@code Sql.exists} is the short form.
     *
     * @param query the subquery
     * @return the condition
     */
    public static Condition exists(Subquery query) {
        return new ExpressionConditions.Exists(query);
    }

    /**
     * Escapes {@code %}, {@code _} and {@code \} so that {@code text} matches literally inside a
     * {@code like} pattern.
     *
     * @param text the literal text
     * @return the escaped text, e.g. for {@code NAME.like(Condition.escapeLike(input) + "%")}
     */
    public static String escapeLike(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '_' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static final class Compare extends Condition {
        private final ColumnReference<?> column;
        private final Comparison operator;
        private final Object value;

        Compare(ColumnReference<?> column, Comparison operator, Object value) {
            this.column = column;
            this.operator = operator;
            this.value = value;
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.comparison(this.column, this.operator, this.value);
        }
    }

    private static final class CompareColumns extends Condition {
        private final ColumnReference<?> left;
        private final Comparison operator;
        private final ColumnReference<?> right;

        CompareColumns(ColumnReference<?> left, Comparison operator, ColumnReference<?> right) {
            this.left = left;
            this.operator = operator;
            this.right = right;
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.columnComparison(this.left, this.operator, this.right);
        }
    }

    private static final class In extends Condition {
        private final ColumnReference<?> column;
        private final List<?> values;
        private final boolean negated;

        In(ColumnReference<?> column, List<?> values, boolean negated) {
            this.column = column;
            this.values = values;
            this.negated = negated;
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.in(this.column, this.values, this.negated);
        }
    }

    private static final class Like extends Condition {
        private final ColumnReference<?> column;
        private final String pattern;
        private final boolean ignoreCase;

        Like(ColumnReference<?> column, String pattern, boolean ignoreCase) {
            this.column = column;
            this.pattern = pattern;
            this.ignoreCase = ignoreCase;
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.like(this.column, this.pattern, this.ignoreCase);
        }
    }

    private static final class NullCheck extends Condition {
        private final ColumnReference<?> column;
        private final boolean isNull;

        NullCheck(ColumnReference<?> column, boolean isNull) {
            this.column = column;
            this.isNull = isNull;
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.nullCheck(this.column, this.isNull);
        }
    }

    private static final class Constant extends Condition {
        private final boolean value;

        Constant(boolean value) {
            this.value = value;
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.constant(this.value);
        }
    }

    private static final class Junction extends Condition {
        private final boolean and;
        private final List<Condition> parts;

        Junction(boolean and, List<Condition> parts) {
            this.and = and;
            this.parts = parts;
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return this.and ? visitor.and(this.parts) : visitor.or(this.parts);
        }
    }

    private static final class Not extends Condition {
        private final Condition condition;

        Not(Condition condition) {
            this.condition = condition;
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.not(this.condition);
        }
    }
}
