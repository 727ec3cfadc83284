package dev.qlio.orm.expression;

/**
 * A sort key of a query: a column and a direction, built with {@code Column.asc()} and {@code
 * Column.desc()}.
 *
 * @param column the column
 * @param descending whether the order is descending
 */
public record Ordering(ColumnReference<?> column, boolean descending) {}
