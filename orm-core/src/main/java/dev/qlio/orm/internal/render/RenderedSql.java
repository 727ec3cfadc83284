package dev.qlio.orm.internal.render;

/**
 * A rendered statement: its SQL text (shared by every statement of its shape) and the parameters of
 * this one.
 *
 * @param sql the SQL, parameters as {@code ?}
 * @param params the parameters, in order
 */
public record RenderedSql(String sql, Params params) {}
