package dev.qlio.orm.expression;

import dev.qlio.orm.schema.types.SqlType;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An aggregate function over the rows of a group: {@code COUNT(*)}, {@code COUNT(DISTINCT c)},
 * {@code SUM}, {@code AVG}, {@code MIN}, {@code MAX}. Selected in a projection under an alias,
 * compared in {@code having}, and ordered by like a column:
 *
 * <pre>{@code
 * session.select(Book.class)
 *         .project(AuthorStats.class, Book.AUTHOR_ID, Aggregate.count().as("books"), Aggregate.avg(Book.PAGES).as("averagePages"))
 *         .groupBy(Book.AUTHOR_ID)
 *         .having(Aggregate.count().gt(2L))
 *         .orderBy(Aggregate.count().desc())
 *         .all();
 * }</pre>
 *
 * <p>Each has one Java type on every database: {@code count} and {@code countDistinct} a {@code
 * Long}; {@code sum} a {@code Long} over integer columns and the column's type otherwise; {@code
 * avg} a {@code Double} (computed in decimal, so an integer column's average is never truncated);
 * {@code min} and {@code max} the column's type. Over no rows, all but the counts are {@code null}.
 *
 * @param <V> the Java type of the result
 */
public final class Aggregate<V> implements ColumnReference<V> {

    /** The function. */
    public enum Function {
        /** {@code COUNT}. */
        COUNT,
        /** {@code SUM}. */
        SUM,
        /** {@code AVG}. */
        AVG,
        /** {@code MIN}. */
        MIN,
        /** {@code MAX}. */
        MAX
    }

    private final Function function;

    private final @Nullable ColumnReference<?> column;

    private final boolean distinct;

    private final SqlType<V> type;

    private final @Nullable String alias;

    private Aggregate(
            Function function,
            @Nullable ColumnReference<?> column,
            boolean distinct,
            SqlType<V> type,
            @Nullable String alias) {
        this.function = function;
        this.column = column;
        this.distinct = distinct;
        this.type = type;
        this.alias = alias;
    }

    /**
     * {@code COUNT(*)}: the rows of the group.
     *
     * @return the aggregate
     */
    public static Aggregate<Long> count() {
        return new Aggregate<>(Function.COUNT, null, false, SqlType.BIGINT, null);
    }

    /**
     * {@code COUNT(c)}: the rows whose column is not NULL.
     *
     * @param column the column
     * @return the aggregate
     */
    public static Aggregate<Long> count(ColumnReference<?> column) {
        return new Aggregate<>(Function.COUNT, checked(column), false, SqlType.BIGINT, null);
    }

    /**
     * {@code COUNT(DISTINCT c)}: the distinct non-NULL values.
     *
     * @param column the column
     * @return the aggregate
     */
    public static Aggregate<Long> countDistinct(ColumnReference<?> column) {
        return new Aggregate<>(Function.COUNT, checked(column), true, SqlType.BIGINT, null);
    }

    /**
     * {@code SUM(c)}: a {@code Long} over integer columns, else the column's type.
     *
     * @param column the column
     * @param <N> the column's type
     * @return the aggregate
     */
    @SuppressWarnings("unchecked")
    public static <N extends Number> Aggregate<N> sum(ColumnReference<N> column) {
        SqlType<?> type = integral(checked(column).type()) ? SqlType.BIGINT : column.type();
        return new Aggregate<>(Function.SUM, column, false, (SqlType<N>) type, null);
    }

    /**
     * {@code AVG(c)}, as a {@code Double} on every database.
     *
     * @param column the column
     * @return the aggregate
     */
    public static Aggregate<Double> avg(ColumnReference<? extends Number> column) {
        return new Aggregate<>(Function.AVG, checked(column), false, SqlType.DOUBLE, null);
    }

    /**
     * {@code MIN(c)}.
     *
     * @param column the column
     * @param <T> its type
     * @return the aggregate
     */
    public static <T> Aggregate<T> min(ColumnReference<T> column) {
        return new Aggregate<>(Function.MIN, checked(column), false, column.type(), null);
    }

    /**
     * {@code MAX(c)}.
     *
     * @param column the column
     * @param <T> its type
     * @return the aggregate
     */
    public static <T> Aggregate<T> max(ColumnReference<T> column) {
        return new Aggregate<>(Function.MAX, checked(column), false, column.type(), null);
    }

    private static <C extends ColumnReference<?>> C checked(C column) {
        return Objects.requireNonNull(column, "column must not be null");
    }

    private static boolean integral(SqlType<?> type) {
        return switch (type.kind()) {
            case SMALLINT, INTEGER, SERIAL, BIGINT, BIGSERIAL -> true;
            default -> false;
        };
    }

    /**
     * This aggregate under an alias: the name a projection's record component has.
     *
     * @param name the alias, a Java identifier
     * @return the aliased aggregate
     */
    public Aggregate<V> as(String name) {
        Objects.requireNonNull(name, "name must not be null");
        return new Aggregate<>(this.function, this.column, this.distinct, this.type, name);
    }

    /**
     * The function.
     *
     * @return the function
     */
    public Function function() {
        return this.function;
    }

    /**
     * The column aggregated.
     *
     * @return the column, or {@code null} for {@code COUNT(*)}
     */
    public @Nullable ColumnReference<?> column() {
        return this.column;
    }

    /**
     * Whether only distinct values count.
     *
     * @return whether {@code DISTINCT}
     */
    public boolean isDistinct() {
        return this.distinct;
    }

    /**
     * The alias given with {@link #as}.
     *
     * @return the alias, or {@code null}
     */
    public @Nullable String alias() {
        return this.alias;
    }

    /**
     * {@code having}: the aggregate above a value.
     *
     * @param value the value
     * @return the condition
     */
    public Condition gt(V value) {
        return Condition.compare(this, Comparison.GT, Objects.requireNonNull(value, "value"));
    }

    /**
     * {@code having}: at least a value.
     *
     * @param value the value
     * @return the condition
     */
    public Condition ge(V value) {
        return Condition.compare(this, Comparison.GE, Objects.requireNonNull(value, "value"));
    }

    /**
     * {@code having}: below a value.
     *
     * @param value the value
     * @return the condition
     */
    public Condition lt(V value) {
        return Condition.compare(this, Comparison.LT, Objects.requireNonNull(value, "value"));
    }

    /**
     * {@code having}: at most a value.
     *
     * @param value the value
     * @return the condition
     */
    public Condition le(V value) {
        return Condition.compare(this, Comparison.LE, Objects.requireNonNull(value, "value"));
    }

    /**
     * {@code having}: equal to a value.
     *
     * @param value the value
     * @return the condition
     */
    public Condition eq(V value) {
        return Condition.compare(this, Comparison.EQ, Objects.requireNonNull(value, "value"));
    }

    /**
     * Ascending order by the aggregate.
     *
     * @return the sort key
     */
    public Ordering asc() {
        return new Ordering(this, false);
    }

    /**
     * Descending order by the aggregate.
     *
     * @return the sort key
     */
    public Ordering desc() {
        return new Ordering(this, true);
    }

    /**
     * The qualifier of the column aggregated (that table's rows), or empty for {@code COUNT(*)}.
     */
    @Override
    public String qualifier() {
        return this.column != null ? this.column.qualifier() : "";
    }

    /** A name that tells aggregates apart: e.g. {@code avg(pages)}, {@code count(distinct id)}. */
    @Override
    public String name() {
        return this.function.name().toLowerCase(java.util.Locale.ROOT)
                + "("
                + (this.distinct ? "distinct " : "")
                + (this.column != null ? this.column.qualifier() + "." + this.column.name() : "*")
                + ")";
    }

    @Override
    public SqlType<V> type() {
        return this.type;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Aggregate<?> a
                && a.function == this.function
                && a.distinct == this.distinct
                && Objects.equals(a.column, this.column);
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.function, this.distinct, this.column);
    }

    @Override
    public String toString() {
        return this.alias != null ? name() + " as " + this.alias : name();
    }
}
