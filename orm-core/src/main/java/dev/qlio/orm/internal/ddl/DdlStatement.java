package dev.qlio.orm.internal.ddl;

/**
 * One rendered DDL statement.
 *
 * @param table the name of the table it concerns (how its execution is observed), or {@code "none"}
 *     for a statement about no table
 * @param sql the SQL
 */
record DdlStatement(String table, String sql) {}
