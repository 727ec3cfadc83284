package dev.qlio.orm.expression;

import java.util.Collection;
import java.util.List;

/**
 * Visits the parts of a {@link Condition} tree; SQL renderers implement it.
 *
 * @param <R> the result of a visit
 */
public interface ConditionVisitor<R> {

    /**
     * A column compared with a value.
     *
     * @param column the column
     * @param operator the comparison
     * @param value the Java value, already checked against the column's type
     * @return the result
     */
    R comparison(ColumnReference<?> column, Comparison operator, Object value);

    /**
     * A column compared with another column.
     *
     * @param left the left column
     * @param operator the comparison
     * @param right the right column
     * @return the result
     */
    R columnComparison(ColumnReference<?> left, Comparison operator, ColumnReference<?> right);

    /**
     * A column tested against a non-empty list of values.
     *
     * @param column the column
     * @param values the values, never empty
     * @param negated whether this is {@code NOT IN}
     * @return the result
     */
    R in(ColumnReference<?> column, Collection<?> values, boolean negated);

    /**
     * A pattern match.
     *
     * @param column the column
     * @param pattern the pattern, with {@code %} and {@code _} wildcards and {@code \} as escape
     * @param ignoreCase whether the match ignores case
     * @return the result
     */
    R like(ColumnReference<?> column, String pattern, boolean ignoreCase);

    /**
     * A null test.
     *
     * @param column the column
     * @param isNull {@code true} for {@code IS NULL}, {@code false} for {@code IS NOT NULL}
     * @return the result
     */
    R nullCheck(ColumnReference<?> column, boolean isNull);

    /**
     * A constant: {@code true} matches every row, {@code false} none.
     *
     * @param value the constant
     * @return the result
     */
    R constant(boolean value);

    /**
     * All of the conditions.
     *
     * @param conditions two or more conditions
     * @return the result
     */
    R and(List<Condition> conditions);

    /**
     * Any of the conditions.
     *
     * @param conditions two or more conditions
     * @return the result
     */
    R or(List<Condition> conditions);

    /**
     * The negation of a condition.
     *
     * @param condition the condition
     * @return the result
     */
    R not(Condition condition);

    /**
     * Two expressions compared, e.g. a column with a column of another table, or an aggregate with
     * a value.
     *
     * @param left the left operand
     * @param operator the comparison
     * @param right the right operand
     * @return the result
     */
    R compareExpressions(Expression<?> left, Comparison operator, Expression<?> right);

    /**
     * An expression tested against a non-empty list of values, each bound as the expression's type.
     *
     * @param operand the expression
     * @param values the values, never empty
     * @param negated whether this is {@code NOT IN}
     * @return the result
     */
    R expressionIn(Expression<?> operand, List<?> values, boolean negated);

    /**
     * A case-sensitive pattern match of an expression.
     *
     * @param operand the expression
     * @param pattern the pattern, with {@code %} and {@code _} wildcards and {@code \} as escape
     * @return the result
     */
    R expressionLike(Expression<?> operand, String pattern);

    /**
     * A null test of an expression.
     *
     * @param operand the expression
     * @param isNull {@code true} for {@code IS NULL}
     * @return the result
     */
    R expressionNullCheck(Expression<?> operand, boolean isNull);

    /**
     * An expression tested against the values a subquery selects.
     *
     * @param operand the expression
     * @param query the subquery, selecting one expression
     * @param negated whether this is {@code NOT IN}
     * @return the result
     */
    R inSubquery(Expression<?> operand, Subquery query, boolean negated);

    /**
     * Whether a subquery selects any row.
     *
     * @param query the subquery
     * @return the result
     */
    R exists(Subquery query);
}
