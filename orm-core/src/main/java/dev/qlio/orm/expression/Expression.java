package dev.qlio.orm.expression;

import dev.qlio.orm.schema.types.SqlType;
import java.util.Collection;
import java.util.Objects;

/**
 * A typed SQL expression: a column, a value, a function, an aggregate, arithmetic, a {@code CASE}
 * or a scalar subquery. Built with {@link Sql}'s factories and the methods below; selected into
 * {@code Tuple}s or records by {@code session.select(expressions...)}. Immutable; every value in it
 * is a bound parameter.
 *
 * <p>Comparisons with a value are {@link #eq}, {@link #lt}, ...; comparisons with another
 * expression (a column of another table, an aggregate) are {@link #equalTo}, {@link #lessThan}, ...
 * .
 *
 * @param <V> the Java type of its values
 */
public interface Expression<V> {

    /**
     * The type of its values, which reads them (and binds values compared with it).
     *
     * @return the type
     */
    SqlType<V> type();

    /**
     * Visits this expression.
     *
     * @param visitor the visitor
     * @param <R> the result type
     * @return the visitor's result
     */
    <R> R accept(ExpressionVisitor<R> visitor);

    /**
     * This expression under a name in the select list: {@code AS "name"}. A record component of
     * that name (or of its camelCase form, {@code average_rating} -> {@code averageRating})
     * receives its value.
     *
     * @param alias the name
     * @return the named expression
     */
    default Expression<V> as(String alias) {
        return new Expressions.Aliased<>(this, alias);
    }

    /**
     * {@code this = value}.
     *
     * @param value the value; {@code null} is refused, use {@link #isNull()}
     * @return the condition
     */
    default Condition eq(V value) {
        return compareValue(Comparison.EQ, value);
    }

    /**
     * {@code this <> value}.
     *
     * @param value the value; {@code null} is refused, use {@link #isNotNull()}
     * @return the condition
     */
    default Condition ne(V value) {
        return compareValue(Comparison.NE, value);
    }

    /**
     * {@code this < value}.
     *
     * @param value the value
     * @return the condition
     */
    default Condition lt(V value) {
        return compareValue(Comparison.LT, value);
    }

    /**
     * {@code this <= value}.
     *
     * @param value the value
     * @return the condition
     */
    default Condition le(V value) {
        return compareValue(Comparison.LE, value);
    }

    /**
     * {@code this > value}.
     *
     * @param value the value
     * @return the condition
     */
    default Condition gt(V value) {
        return compareValue(Comparison.GT, value);
    }

    /**
     * {@code this >= value}.
     *
     * @param value the value
     * @return the condition
     */
    default Condition ge(V value) {
        return compareValue(Comparison.GE, value);
    }

    private Condition compareValue(Comparison operator, V value) {
        if (value == null) {
            throw new IllegalArgumentException(
                    operator.name().toLowerCase(java.util.Locale.ROOT)
                            + "(null) compares with SQL NULL, which matches nothing: use isNull()"
                            + " or isNotNull()");
        }
        return Condition.compareExpressions(this, operator, Sql.value(value, type()));
    }

    /**
     * {@code this = other}, e.g. a column of another table.
     *
     * @param other the other expression
     * @return the condition
     */
    default Condition equalTo(Expression<? extends V> other) {
        return Condition.compareExpressions(this, Comparison.EQ, other);
    }

    /**
     * {@code this <> other}.
     *
     * @param other the other expression
     * @return the condition
     */
    default Condition notEqualTo(Expression<? extends V> other) {
        return Condition.compareExpressions(this, Comparison.NE, other);
    }

    /**
     * {@code this < other}.
     *
     * @param other the other expression
     * @return the condition
     */
    default Condition lessThan(Expression<? extends V> other) {
        return Condition.compareExpressions(this, Comparison.LT, other);
    }

    /**
     * {@code this <= other}.
     *
     * @param other the other expression
     * @return the condition
     */
    default Condition lessOrEqual(Expression<? extends V> other) {
        return Condition.compareExpressions(this, Comparison.LE, other);
    }

    /**
     * {@code this > other}.
     *
     * @param other the other expression
     * @return the condition
     */
    default Condition greaterThan(Expression<? extends V> other) {
        return Condition.compareExpressions(this, Comparison.GT, other);
    }

    /**
     * {@code this >= other}.
     *
     * @param other the other expression
     * @return the condition
     */
    default Condition greaterOrEqual(Expression<? extends V> other) {
        return Condition.compareExpressions(this, Comparison.GE, other);
    }

    /**
     * {@code this IN (values)}; an empty collection matches nothing.
     *
     * @param values the values, none {@code null}
     * @return the condition
     */
    default Condition in(Collection<? extends V> values) {
        return Condition.expressionIn(this, values, false);
    }

    /**
     * {@code this NOT IN (values)}; an empty collection matches everything.
     *
     * @param values the values, none {@code null}
     * @return the condition
     */
    default Condition notIn(Collection<? extends V> values) {
        return Condition.expressionIn(this, values, true);
    }

    /**
     * {@code this IN (SELECT ...)}.
     *
     * @param query a subquery selecting one expression
     * @return the condition
     */
    default Condition in(Subquery query) {
        return Condition.inSubquery(this, query, false);
    }

    /**
     * {@code this NOT IN (SELECT ...)}. Like SQL's, it matches nothing when the subquery yields a
     * {@code NULL}; {@code Sql.notExists} does not have that trap.
     *
     * @param query a subquery selecting one expression
     * @return the condition
     */
    default Condition notIn(Subquery query) {
        return Condition.inSubquery(this, query, true);
    }

    /**
     * {@code this LIKE pattern} ({@code %} and {@code _} wildcards, {@code \} escapes), as each
     * dialect matches patterns case-sensitively.
     *
     * @param pattern the pattern
     * @return the condition
     */
    default Condition like(String pattern) {
        return Condition.expressionLike(this, Objects.requireNonNull(pattern, "pattern"));
    }

    /**
     * {@code this IS NULL}.
     *
     * @return the condition
     */
    default Condition isNull() {
        return Condition.expressionNullCheck(this, true);
    }

    /**
     * {@code this IS NOT NULL}.
     *
     * @return the condition
     */
    default Condition isNotNull() {
        return Condition.expressionNullCheck(this, false);
    }

    /**
     * Ascending order on this expression.
     *
     * @return the sort key
     */
    default SortKey asc() {
        return SortKey.of(this, false, NullOrdering.DEFAULT);
    }

    /**
     * Descending order on this expression.
     *
     * @return the sort key
     */
    default SortKey desc() {
        return SortKey.of(this, true, NullOrdering.DEFAULT);
    }

    /**
     * {@code this + other}.
     *
     * @param other a numeric expression
     * @return the sum, of this expression's type
     */
    default Expression<V> plus(Expression<? extends Number> other) {
        return Expressions.arithmetic(Sql.Operator.PLUS, this, other);
    }

    /**
     * {@code this + value}.
     *
     * @param value a number, bound as this expression's type
     * @return the sum
     */
    default Expression<V> plus(V value) {
        return Expressions.arithmetic(Sql.Operator.PLUS, this, Sql.value(value, type()));
    }

    /**
     * {@code this - other}.
     *
     * @param other a numeric expression
     * @return the difference
     */
    default Expression<V> minus(Expression<? extends Number> other) {
        return Expressions.arithmetic(Sql.Operator.MINUS, this, other);
    }

    /**
     * {@code this - value}.
     *
     * @param value a number, bound as this expression's type
     * @return the difference
     */
    default Expression<V> minus(V value) {
        return Expressions.arithmetic(Sql.Operator.MINUS, this, Sql.value(value, type()));
    }

    /**
     * {@code this * other}.
     *
     * @param other a numeric expression
     * @return the product
     */
    default Expression<V> times(Expression<? extends Number> other) {
        return Expressions.arithmetic(Sql.Operator.TIMES, this, other);
    }

    /**
     * {@code this * value}.
     *
     * @param value a number, bound as this expression's type
     * @return the product
     */
    default Expression<V> times(V value) {
        return Expressions.arithmetic(Sql.Operator.TIMES, this, Sql.value(value, type()));
    }

    /**
     * {@code this / other}; between two integers it truncates toward zero on every database
     * (MariaDB's {@code DIV}).
     *
     * @param other a numeric expression
     * @return the quotient
     */
    default Expression<V> dividedBy(Expression<? extends Number> other) {
        return Expressions.arithmetic(Sql.Operator.DIVIDE, this, other);
    }

    /**
     * {@code this / value}.
     *
     * @param value a number, bound as this expression's type
     * @return the quotient
     */
    default Expression<V> dividedBy(V value) {
        return Expressions.arithmetic(Sql.Operator.DIVIDE, this, Sql.value(value, type()));
    }
}
