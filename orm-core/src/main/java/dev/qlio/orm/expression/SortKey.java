package dev.qlio.orm.expression;

/**
 * A sort key of a query: an expression, a direction and where {@code NULL}s go. Built with {@code
 * expression.asc()} or {@code .desc()}, then optionally {@link #nullsFirst()} or {@link
 * #nullsLast()}; a column's {@link Ordering} is one.
 */
public interface SortKey {

    /**
     * What is sorted on.
     *
     * @return the expression
     */
    Expression<?> expression();

    /**
     * Whether the order is descending.
     *
     * @return {@code true} for {@code DESC}
     */
    boolean descending();

    /**
     * Where {@code NULL}s go.
     *
     * @return the null ordering
     */
    NullOrdering nulls();

    /**
     * This key with {@code NULL}s before every value, on every database (MariaDB, which has no
     * {@code NULLS FIRST}, sorts on {@code expression IS NULL} first).
     *
     * @return the sort key
     */
    SortKey nullsFirst();

    /**
     * This key with {@code NULL}s after every value, on every database.
     *
     * @return the sort key
     */
    SortKey nullsLast();

    /**
     * A sort key on any expression.
     *
     * @param expression the expression
     * @param descending whether descending
     * @param nulls where {@code NULL}s go
     * @return the sort key
     */
    static SortKey of(Expression<?> expression, boolean descending, NullOrdering nulls) {
        return new ExpressionOrdering(expression, descending, nulls);
    }
}
