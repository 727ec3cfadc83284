package dev.qlio.orm.expression;

import java.util.Objects;

/**
 * A sort key of a query on a column: a column, a direction and where {@code NULL}s go, built with
 * {@code Column.asc()} and {@code Column.desc()}, then optionally {@link #nullsFirst()} or {@link
 * #nullsLast()}.
 *
 * @param column the column
 * @param descending whether the order is descending
 * @param nulls where {@code NULL}s go
 */
public record Ordering(ColumnReference<?> column, boolean descending, NullOrdering nulls)
        implements SortKey {

    /**
     * Checks the parts.
     *
     * @param column the column
     * @param descending whether the order is descending
     * @param nulls where {@code NULL}s go
     */
    public Ordering {
        Objects.requireNonNull(column, "column must not be null");
        Objects.requireNonNull(nulls, "nulls must not be null");
    }

    /**
     * A sort key with the database's default null ordering.
     *
     * @param column the column
     * @param descending whether the order is descending
     */
    public Ordering(ColumnReference<?> column, boolean descending) {
        this(column, descending, NullOrdering.DEFAULT);
    }

    @Override
    public Expression<?> expression() {
        return this.column;
    }

    @Override
    public Ordering nullsFirst() {
        return new Ordering(this.column, this.descending, NullOrdering.FIRST);
    }

    @Override
    public Ordering nullsLast() {
        return new Ordering(this.column, this.descending, NullOrdering.LAST);
    }
}
