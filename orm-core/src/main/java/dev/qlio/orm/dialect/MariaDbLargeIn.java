package dev.qlio.orm.dialect;

import dev.qlio.orm.schema.types.SqlType;

/**
 * MariaDB: one JSON parameter unpacked by {@code JSON_TABLE} (MariaDB 10.6+), so a list has no
 * bind-parameter limit. Integers, text and UUIDs only.
 */
final class MariaDbLargeIn extends LargeIn {

    private final String collation;

    /**
     * @param collation the collation of Qlio's tables, so text compares as in the table
     */
    MariaDbLargeIn(String collation) {
        this.collation = collation;
    }

    @Override
    public boolean append(StringBuilder sql, String columnSql, SqlType.Kind kind, boolean negated) {
        String type;
        if (kind.isInteger()) {
            type = "BIGINT";
        } else if (kind == SqlType.Kind.TEXT || kind == SqlType.Kind.VARCHAR) {
            // the same binary collation as Qlio's tables, so the comparison stays exact
            type = "VARCHAR(16383) CHARACTER SET utf8mb4 COLLATE " + this.collation;
        } else if (kind == SqlType.Kind.UUID) {
            type = "CHAR(36)";
        } else {
            return false;
        }
        sql.append(columnSql)
                .append(negated ? " NOT IN" : " IN")
                .append(" (SELECT qlio_v FROM JSON_TABLE(?, '$[*]' COLUMNS (qlio_v ")
                .append(type)
                .append(" PATH '$')) AS qlio_in)");
        return true;
    }
}
