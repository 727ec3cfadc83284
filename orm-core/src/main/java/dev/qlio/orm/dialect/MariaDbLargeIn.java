package dev.qlio.orm.dialect;

import dev.qlio.orm.schema.types.SqlType;
import java.util.List;

/**
 * MariaDB: up to {@value #INLINE_LIMIT} values as ONE ordinary {@code IN (?, ...)} list, which
 * MariaDB turns into a hashed table of values joined on the column (measured fastest at every size,
 * with and without an index); longer lists as one JSON parameter unpacked by {@code JSON_TABLE}
 * (MariaDB 10.6+), so a list has no bind-parameter limit. Integers, text and UUIDs only.
 *
 * <p>The {@code JSON_TABLE} column is typed so that every value compares in full: text as {@code
 * VARCHAR(512)} in the tables' collation when no value is longer (short enough for MariaDB to index
 * the unpacked values), else as {@code LONGTEXT} (nothing truncated, so a long value never matches
 * a row holding its prefix).
 */
final class MariaDbLargeIn extends LargeIn {

    /** The longest list bound as ordinary parameters, well within the 65,535 a statement takes. */
    static final int INLINE_LIMIT = 50_000;

    /** The widest text an unpacked value may have and still be indexed by the optimizer. */
    static final int SHORT_TEXT = 512;

    private final String collation;

    /**
     * @param collation the collation of Qlio's tables, so text compares as in the table
     */
    MariaDbLargeIn(String collation) {
        this.collation = collation;
    }

    @Override
    public int inlineLimit() {
        return INLINE_LIMIT;
    }

    /** One list: MariaDB converts a long {@code IN} list to a join, but not several under OR. */
    @Override
    public int inlineChunk() {
        return Integer.MAX_VALUE;
    }

    /** {@code 1} when a string is longer than {@value #SHORT_TEXT} characters. */
    @Override
    public int variant(SqlType.Kind kind, List<?> dbValues) {
        if (kind == SqlType.Kind.TEXT || kind == SqlType.Kind.VARCHAR) {
            for (Object v : dbValues) {
                // UTF-16 units bound the characters from above
                if (v.toString().length() > SHORT_TEXT) {
                    return 1;
                }
            }
        }
        return 0;
    }

    @Override
    public boolean append(StringBuilder sql, String columnSql, SqlType.Kind kind, boolean negated) {
        return append(sql, columnSql, kind, negated, 0);
    }

    @Override
    public boolean append(
            StringBuilder sql, String columnSql, SqlType.Kind kind, boolean negated, int variant) {
        String type;
        if (kind.isInteger()) {
            type = "BIGINT";
        } else if (kind == SqlType.Kind.TEXT || kind == SqlType.Kind.VARCHAR) {
            // the same binary collation as Qlio's tables, so the comparison stays exact
            type =
                    (variant == 0 ? "VARCHAR(" + SHORT_TEXT + ")" : "LONGTEXT")
                            + " CHARACTER SET utf8mb4 COLLATE "
                            + this.collation;
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
