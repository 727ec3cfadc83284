package dev.qlio.orm.schema;

/** How a query loads a relationship: never one statement per row. */
public enum LoadStrategy {
    /** One extra statement per relationship for the whole result ({@code WHERE key IN (...)}). */
    SELECT,
    /** In the same statement, with a {@code LEFT JOIN}; rows de-duplicated into their parent. */
    JOINED
}
