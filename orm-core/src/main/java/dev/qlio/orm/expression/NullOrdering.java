package dev.qlio.orm.expression;

/** Where a sort key puts SQL {@code NULL}s. */
public enum NullOrdering {
    /** As the database does by default (PostgreSQL: last ascending; the others: first). */
    DEFAULT,
    /** {@code NULL}s before every value, on every database. */
    FIRST,
    /** {@code NULL}s after every value, on every database. */
    LAST
}
