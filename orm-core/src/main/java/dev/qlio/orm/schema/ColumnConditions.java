package dev.qlio.orm.schema;

import dev.qlio.orm.expression.ColumnReference;
import dev.qlio.orm.expression.Comparison;
import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.expression.Ordering;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The conditions and orderings a {@link Column} builds for typed queries: {@code User.ID.eq(1L)},
 * {@code User.NAME.like("a%")}, {@code User.CREATED.desc()}. Kept apart from the column's
 * declaration and description; its methods are documented, and called, as {@link Column}'s own.
 *
 * @param <V> the Java type of the column's values
 */
abstract sealed class ColumnConditions<V> implements ColumnReference<V> permits Column {

    ColumnConditions() {}

    /** The column itself, for the value checks' messages. */
    abstract Column<V> self();

    /**
     * {@code column = value}.
     *
     * @param value the value; {@code null} is refused, use {@link #isNull()}
     * @return the condition
     */
    @Override
    public Condition eq(V value) {
        return compare(Comparison.EQ, value, "isNull()");
    }

    /**
     * {@code column <> value}.
     *
     * @param value the value; {@code null} is refused, use {@link #isNotNull()}
     * @return the condition
     */
    @Override
    public Condition ne(V value) {
        return compare(Comparison.NE, value, "isNotNull()");
    }

    /**
     * {@code column < value}.
     *
     * @param value the value
     * @return the condition
     */
    @Override
    public Condition lt(V value) {
        return compare(Comparison.LT, value, null);
    }

    /**
     * {@code column <= value}.
     *
     * @param value the value
     * @return the condition
     */
    @Override
    public Condition le(V value) {
        return compare(Comparison.LE, value, null);
    }

    /**
     * {@code column > value}.
     *
     * @param value the value
     * @return the condition
     */
    @Override
    public Condition gt(V value) {
        return compare(Comparison.GT, value, null);
    }

    /**
     * {@code column >= value}.
     *
     * @param value the value
     * @return the condition
     */
    @Override
    public Condition ge(V value) {
        return compare(Comparison.GE, value, null);
    }

    /**
     * {@code column = other}: compares two columns, e.g. across a self-join.
     *
     * @param other the other column
     * @return the condition
     */
    public Condition eqColumn(Column<V> other) {
        return Condition.compareColumns(this, Comparison.EQ, other);
    }

    /**
     * {@code column IN (values)}; an empty collection matches nothing. Large collections are bound
     * as one array parameter where the database allows, chunked elsewhere.
     *
     * @param values the values, none {@code null}
     * @return the condition
     */
    @Override
    public Condition in(Collection<? extends V> values) {
        checkElements(values, "in()");
        return Condition.in(this, values, false);
    }

    /**
     * {@code column NOT IN (values)}; an empty collection matches every row.
     *
     * @param values the values, none {@code null}
     * @return the condition
     */
    @Override
    public Condition notIn(Collection<? extends V> values) {
        checkElements(values, "notIn()");
        return Condition.in(this, values, true);
    }

    /**
     * {@code column LIKE pattern} with {@code %} and {@code _} wildcards and {@code \} as escape
     * character ({@link Condition#escapeLike(String)} escapes user input).
     *
     * @param pattern the pattern
     * @return the condition
     */
    @Override
    public Condition like(String pattern) {
        return Condition.like(
                this, Objects.requireNonNull(pattern, "pattern must not be null"), false);
    }

    /**
     * Case-insensitive {@link #like}: {@code ILIKE} where the database has it, else both sides
     * lower-cased.
     *
     * @param pattern the pattern
     * @return the condition
     */
    public Condition ilike(String pattern) {
        return Condition.like(
                this, Objects.requireNonNull(pattern, "pattern must not be null"), true);
    }

    /**
     * {@code column IS NULL}.
     *
     * @return the condition
     */
    @Override
    public Condition isNull() {
        return Condition.nullCheck(this, true);
    }

    /**
     * {@code column IS NOT NULL}.
     *
     * @return the condition
     */
    @Override
    public Condition isNotNull() {
        return Condition.nullCheck(this, false);
    }

    /**
     * Ascending order on this column.
     *
     * @return the ordering
     */
    @Override
    public Ordering asc() {
        return new Ordering(this, false);
    }

    /**
     * Descending order on this column.
     *
     * @return the ordering
     */
    @Override
    public Ordering desc() {
        return new Ordering(this, true);
    }

    private Condition compare(Comparison op, @Nullable V value, @Nullable String nullAlternative) {
        if (value == null || !type().javaType().isInstance(value)) {
            // the message is built only when it is needed
            ColumnValues.checkOperand(
                    self(), value, op.name().toLowerCase(Locale.ROOT) + "()", nullAlternative);
        }
        return Condition.compare(this, op, Objects.requireNonNull(value));
    }

    private void checkElements(Collection<? extends V> values, String operator) {
        Objects.requireNonNull(values, "values must not be null");
        for (V v : values) {
            ColumnValues.checkOperand(self(), v, operator, null);
        }
    }
}
