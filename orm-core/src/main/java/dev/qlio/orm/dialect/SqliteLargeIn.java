package dev.qlio.orm.dialect;

import dev.qlio.orm.schema.types.SqlType;

/** SQLite: one JSON parameter unpacked by {@code json_each}. Integers, text and UUIDs only. */
final class SqliteLargeIn extends LargeIn {

    @Override
    public boolean append(StringBuilder sql, String columnSql, SqlType.Kind kind, boolean negated) {
        if (!kind.isInteger()
                && kind != SqlType.Kind.TEXT
                && kind != SqlType.Kind.VARCHAR
                && kind != SqlType.Kind.UUID) {
            return false;
        }
        sql.append(columnSql)
                .append(negated ? " NOT IN" : " IN")
                .append(" (SELECT value FROM json_each(?))");
        return true;
    }
}
