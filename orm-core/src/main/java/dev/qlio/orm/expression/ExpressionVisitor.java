package dev.qlio.orm.expression;

import dev.qlio.orm.schema.types.SqlType;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Visits the parts of an {@link Expression} tree; SQL renderers implement it.
 *
 * @param <R> the result of a visit
 */
public interface ExpressionVisitor<R> {

    /**
     * A column.
     *
     * @param column the column
     * @return the result
     */
    R column(ColumnReference<?> column);

    /**
     * A value, bound as a parameter.
     *
     * @param value the Java value, {@code null} for SQL NULL
     * @param type its type, which binds it
     * @return the result
     */
    R value(@Nullable Object value, SqlType<?> type);

    /**
     * A portable function.
     *
     * @param function the function
     * @param arguments its arguments, in order
     * @return the result
     */
    R function(Sql.Function function, List<Expression<?>> arguments);

    /**
     * An aggregate.
     *
     * @param aggregate the aggregate
     * @param argument its argument, {@code null} for {@code COUNT(*)}
     * @param distinct whether it aggregates distinct values
     * @return the result
     */
    R aggregate(Sql.Aggregate aggregate, @Nullable Expression<?> argument, boolean distinct);

    /**
     * Arithmetic on two operands.
     *
     * @param operator the operator
     * @param left the left operand
     * @param right the right operand
     * @param integral whether both operands are integers (division then truncates everywhere)
     * @return the result
     */
    R arithmetic(Sql.Operator operator, Expression<?> left, Expression<?> right, boolean integral);

    /**
     * {@code CASE WHEN ... THEN ... ELSE ... END}.
     *
     * @param branches the conditions and their results, in order
     * @param otherwise the result when no condition holds, {@code null} for SQL NULL
     * @return the result
     */
    R caseWhen(List<Sql.When<?>> branches, @Nullable Expression<?> otherwise);

    /**
     * A subquery that selects one value.
     *
     * @param query the subquery
     * @return the result
     */
    R scalar(Subquery query);

    /**
     * An expression given a name in the select list.
     *
     * @param expression the expression
     * @param alias the name
     * @return the result
     */
    R aliased(Expression<?> expression, String alias);
}
