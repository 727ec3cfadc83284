package dev.qlio.orm.expression;

import dev.qlio.orm.schema.types.SqlType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Factories of typed SQL expressions that mean the same on H2, PostgreSQL, MariaDB and SQLite:
 * aggregates, portable functions, {@code CASE}, values, {@code EXISTS} and scalar subqueries.
 * Import them statically:
 *
 * <pre>{@code
 * import static dev.qlio.orm.expression.Sql.*;
 *
 * session.select(Author.NAME, count().as("books"), avg(Book.PAGES).as("averagePages"))
 *         .from(Author.class)
 *         .join(Book.class, Book.AUTHOR_ID.equalTo(Author.ID))
 *         .groupBy(Author.NAME)
 *         .all(AuthorStats.class);
 * }</pre>
 *
 * <p>Each aggregate has one Java type on every database: {@link #count()} is a {@code Long}, {@link
 * #sum} a {@code BigDecimal} (exact, never overflowing), {@link #avg} a {@code Double} (computed in
 * double precision everywhere: H2 would otherwise truncate the average of integers), {@link #min}
 * and {@link #max} the type of their argument.
 */
public final class Sql {

    /** The numeric type of {@link #sum}: read exactly as a {@code BigDecimal}. */
    private static final SqlType<BigDecimal> SUM = SqlType.numeric(38, 10);

    private Sql() {}

    /** The portable functions. */
    public enum Function {
        /** {@code LOWER(text)}. */
        LOWER,
        /** {@code UPPER(text)}. */
        UPPER,
        /** {@code COALESCE(a, b, ...)}. */
        COALESCE,
        /** Concatenation: {@code a || b} (MariaDB {@code CONCAT(a, b)}); NULL if any is NULL. */
        CONCAT,
        /** Length in characters: {@code CHAR_LENGTH} (SQLite {@code LENGTH}). */
        LENGTH,
        /** The current instant. */
        CURRENT_TIMESTAMP
    }

    /** The aggregates. */
    public enum Aggregate {
        /** {@code COUNT}. */
        COUNT,
        /** {@code SUM}. */
        SUM,
        /** {@code AVG}, over the argument in double precision. */
        AVG,
        /** {@code MIN}. */
        MIN,
        /** {@code MAX}. */
        MAX
    }

    /** Arithmetic operators. */
    public enum Operator {
        /** Addition. */
        PLUS("+"),
        /** Subtraction. */
        MINUS("-"),
        /** Multiplication. */
        TIMES("*"),
        /** Division. */
        DIVIDE("/");

        private final String sql;

        Operator(String sql) {
            this.sql = sql;
        }

        /**
         * The SQL operator.
         *
         * @return its text
         */
        public String sql() {
            return this.sql;
        }
    }

    /**
     * One {@code WHEN condition THEN result} of a {@code CASE}.
     *
     * @param condition the condition
     * @param result the result when it holds
     * @param <V> the result type
     */
    public record When<V>(Condition condition, Expression<V> result) {
        /**
         * Checks the parts.
         *
         * @param condition the condition
         * @param result the result when it holds
         */
        public When {
            Objects.requireNonNull(condition, "condition must not be null");
            Objects.requireNonNull(result, "result must not be null");
        }
    }

    /**
     * A {@code CASE} being built: more {@code when}s, then {@link #otherwise} or {@link #end()}.
     *
     * @param <V> the result type
     */
    public static final class CaseBuilder<V> {

        private final List<When<?>> branches = new ArrayList<>();

        private final SqlType<V> type;

        CaseBuilder(When<V> first) {
            this.branches.add(first);
            this.type = first.result().type();
        }

        /**
         * Another branch, tested after the previous ones.
         *
         * @param condition the condition
         * @param result the result when it holds
         * @return this builder
         */
        public CaseBuilder<V> when(Condition condition, Expression<? extends V> result) {
            this.branches.add(new When<>(condition, result));
            return this;
        }

        /**
         * Another branch with a value result.
         *
         * @param condition the condition
         * @param result the value when it holds, bound as a parameter
         * @return this builder
         */
        public CaseBuilder<V> when(Condition condition, V result) {
            return when(condition, value(result, this.type));
        }

        /**
         * The result when no condition holds.
         *
         * @param result the expression
         * @return the {@code CASE} expression
         */
        public Expression<V> otherwise(Expression<? extends V> result) {
            return new Expressions.Case<>(this.branches, result, this.type);
        }

        /**
         * The value when no condition holds.
         *
         * @param result the value
         * @return the {@code CASE} expression
         */
        public Expression<V> otherwise(V result) {
            return otherwise(value(result, this.type));
        }

        /**
         * No {@code ELSE}: SQL NULL when no condition holds.
         *
         * @return the {@code CASE} expression
         */
        public Expression<V> end() {
            return new Expressions.Case<>(this.branches, null, this.type);
        }
    }

    // ---- aggregates --------------------------------------------------------------------------

    /**
     * {@code COUNT(*)}: the rows of the group.
     *
     * @return a {@code Long} expression
     */
    public static Expression<Long> count() {
        return new Expressions.Aggregate<>(Aggregate.COUNT, null, false, SqlType.BIGINT);
    }

    /**
     * {@code COUNT(e)}: the rows where {@code e} is not NULL.
     *
     * @param e the expression
     * @return a {@code Long} expression
     */
    public static Expression<Long> count(Expression<?> e) {
        return new Expressions.Aggregate<>(Aggregate.COUNT, e, false, SqlType.BIGINT);
    }

    /**
     * {@code COUNT(DISTINCT e)}.
     *
     * @param e the expression
     * @return a {@code Long} expression
     */
    public static Expression<Long> countDistinct(Expression<?> e) {
        return new Expressions.Aggregate<>(Aggregate.COUNT, e, true, SqlType.BIGINT);
    }

    /**
     * {@code SUM(e)}, read as an exact {@code BigDecimal} on every database (a sum of integers has
     * scale 0); NULL over no rows.
     *
     * @param e a numeric expression
     * @return a {@code BigDecimal} expression
     */
    public static Expression<BigDecimal> sum(Expression<? extends Number> e) {
        return new Expressions.Aggregate<>(Aggregate.SUM, numeric(e, "sum"), false, SUM);
    }

    /**
     * {@code AVG(e)}, computed in double precision on every database; NULL over no rows.
     *
     * @param e a numeric expression
     * @return a {@code Double} expression
     */
    public static Expression<Double> avg(Expression<? extends Number> e) {
        return new Expressions.Aggregate<>(Aggregate.AVG, numeric(e, "avg"), false, SqlType.DOUBLE);
    }

    /**
     * {@code MIN(e)}.
     *
     * @param e the expression
     * @param <V> its type
     * @return an expression of the same type
     */
    public static <V> Expression<V> min(Expression<V> e) {
        return new Expressions.Aggregate<>(Aggregate.MIN, e, false, e.type());
    }

    /**
     * {@code MAX(e)}.
     *
     * @param e the expression
     * @param <V> its type
     * @return an expression of the same type
     */
    public static <V> Expression<V> max(Expression<V> e) {
        return new Expressions.Aggregate<>(Aggregate.MAX, e, false, e.type());
    }

    private static Expression<?> numeric(Expression<?> e, String name) {
        if (!Number.class.isAssignableFrom(e.type().javaType())) {
            throw new IllegalArgumentException(
                    name + "(...) needs a number, got " + e.type().javaType().getSimpleName());
        }
        return e;
    }

    // ---- functions ---------------------------------------------------------------------------

    /**
     * {@code LOWER(e)}.
     *
     * @param e a text expression
     * @return the lower-cased text
     */
    public static Expression<String> lower(Expression<String> e) {
        return function(Function.LOWER, SqlType.TEXT, e);
    }

    /**
     * {@code UPPER(e)}.
     *
     * @param e a text expression
     * @return the upper-cased text
     */
    public static Expression<String> upper(Expression<String> e) {
        return function(Function.UPPER, SqlType.TEXT, e);
    }

    /**
     * The length of a text in characters (not bytes) on every database.
     *
     * @param e a text expression
     * @return an {@code Integer} expression
     */
    public static Expression<Integer> length(Expression<String> e) {
        return function(Function.LENGTH, SqlType.INTEGER, e);
    }

    /**
     * The texts of the expressions joined; NULL when any is NULL, on every database.
     *
     * @param parts two or more expressions ({@link #value} for a constant text)
     * @return a text expression
     */
    public static Expression<String> concat(Expression<?>... parts) {
        if (parts.length < 2) {
            throw new IllegalArgumentException("concat(...) needs two or more expressions");
        }
        return function(Function.CONCAT, SqlType.TEXT, parts);
    }

    /**
     * The first of the expressions that is not NULL.
     *
     * @param first the first expression
     * @param others the others, in order
     * @param <V> their type
     * @return an expression of that type
     */
    @SafeVarargs
    public static <V> Expression<V> coalesce(
            Expression<V> first, Expression<? extends V>... others) {
        Expression<?>[] all = new Expression<?>[others.length + 1];
        all[0] = first;
        System.arraycopy(others, 0, all, 1, others.length);
        return function(Function.COALESCE, first.type(), all);
    }

    /**
     * {@code e}, or {@code fallback} where it is NULL.
     *
     * @param e the expression
     * @param fallback the value, bound as the expression's type
     * @param <V> their type
     * @return an expression of that type
     */
    public static <V> Expression<V> coalesce(Expression<V> e, V fallback) {
        return function(Function.COALESCE, e.type(), e, value(fallback, e.type()));
    }

    /**
     * The current instant: {@code CURRENT_TIMESTAMP}; MariaDB {@code UTC_TIMESTAMP(6)} and on
     * SQLite the text Qlio stores instants as, so it compares with {@code TIMESTAMPTZ} columns.
     *
     * @return an {@code Instant} expression
     */
    public static Expression<Instant> currentTimestamp() {
        return function(Function.CURRENT_TIMESTAMP, SqlType.TIMESTAMPTZ);
    }

    private static <V> Expression<V> function(
            Function function, SqlType<V> type, Expression<?>... arguments) {
        for (Expression<?> a : arguments) {
            Objects.requireNonNull(a, "argument must not be null");
        }
        return new Expressions.Function<>(function, List.of(arguments), type);
    }

    // ---- values, CASE, subqueries ------------------------------------------------------------

    /**
     * A value, bound as a parameter of the given type.
     *
     * @param value the value, or {@code null} for SQL NULL
     * @param type its type
     * @param <V> its Java type
     * @return the value expression
     */
    public static <V> Expression<V> value(@Nullable V value, SqlType<V> type) {
        return new Expressions.Value<>(value, type);
    }

    /**
     * A value, bound as a parameter of the standard type of its class ({@code String} as text,
     * {@code Integer}, {@code Long}, {@code BigDecimal}, {@code Double}, {@code Boolean}, dates and
     * times, {@code UUID}).
     *
     * @param value the value
     * @param <V> its Java type
     * @return the value expression
     * @throws IllegalArgumentException for a class with no standard type (use {@link #value(Object,
     *     SqlType)})
     */
    @SuppressWarnings("unchecked")
    public static <V> Expression<V> value(V value) {
        Objects.requireNonNull(value, "value must not be null; use value(null, type)");
        return new Expressions.Value<>(value, (SqlType<V>) typeOf(value));
    }

    private static SqlType<?> typeOf(Object value) {
        if (value instanceof String) {
            return SqlType.TEXT;
        } else if (value instanceof Integer) {
            return SqlType.INTEGER;
        } else if (value instanceof Long) {
            return SqlType.BIGINT;
        } else if (value instanceof Short) {
            return SqlType.SMALLINT;
        } else if (value instanceof BigDecimal) {
            return SUM;
        } else if (value instanceof Double) {
            return SqlType.DOUBLE;
        } else if (value instanceof Float) {
            return SqlType.REAL;
        } else if (value instanceof Boolean) {
            return SqlType.BOOLEAN;
        } else if (value instanceof Instant) {
            return SqlType.TIMESTAMPTZ;
        } else if (value instanceof LocalDateTime) {
            return SqlType.TIMESTAMP;
        } else if (value instanceof LocalDate) {
            return SqlType.DATE;
        } else if (value instanceof UUID) {
            return SqlType.UUID;
        }
        throw new IllegalArgumentException(
                "No standard SQL type for "
                        + value.getClass().getName()
                        + ": use Sql.value(value, type)");
    }

    /**
     * Starts a {@code CASE WHEN condition THEN result ...}.
     *
     * @param condition the first condition
     * @param result its result
     * @param <V> the result type
     * @return the builder
     */
    public static <V> CaseBuilder<V> when(Condition condition, Expression<V> result) {
        return new CaseBuilder<>(new When<>(condition, result));
    }

    /**
     * Starts a {@code CASE WHEN condition THEN value ...}.
     *
     * @param condition the first condition
     * @param result its value, bound as a parameter of its class's standard type
     * @param <V> the result type
     * @return the builder
     */
    public static <V> CaseBuilder<V> when(Condition condition, V result) {
        return when(condition, value(result));
    }

    /**
     * {@code EXISTS (subquery)}.
     *
     * @param query the subquery (what it selects does not matter)
     * @return the condition
     */
    public static Condition exists(Subquery query) {
        return Condition.exists(query);
    }

    /**
     * {@code NOT EXISTS (subquery)}.
     *
     * @param query the subquery
     * @return the condition
     */
    public static Condition notExists(Subquery query) {
        return Condition.exists(query).not();
    }

    /**
     * The one value a subquery selects, as an expression: {@code (SELECT ...)}. NULL when it
     * selects no row; a subquery that selects several rows fails when it runs.
     *
     * @param query the subquery
     * @param selected the one expression it selects, which types the value
     * @param <V> its type
     * @return the expression
     * @throws IllegalArgumentException when the subquery does not select exactly {@code selected}
     */
    public static <V> Expression<V> scalar(Subquery query, Expression<V> selected) {
        Expressions.checkSingle(query, "scalar(subquery)");
        if (!query.selection().get(0).equals(selected)) {
            throw new IllegalArgumentException(
                    "scalar(subquery, selected): the subquery selects "
                            + query.selection().get(0)
                            + ", not "
                            + selected);
        }
        return new Expressions.Scalar<>(query, selected.type());
    }
}
