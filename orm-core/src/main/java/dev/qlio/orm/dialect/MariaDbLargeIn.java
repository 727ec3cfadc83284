package dev.qlio.orm.dialect;

import dev.qlio.orm.schema.types.SqlType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * MariaDB: up to {@value #INLINE_LIMIT} values as ONE ordinary {@code IN (?, ...)} list, which
 * MariaDB turns into a hashed table of values joined on the column (measured fastest at every size,
 * with and without an index); longer lists as one JSON parameter unpacked by {@code JSON_TABLE}
 * (MariaDB 10.6+), so a list has no bind-parameter limit. Every standard kind but bytes: the
 * unpacked column has the type the table's column has (dates and times as {@code DATETIME(6)} text
 * in UTC). Bytes stay ordinary parameters (at most 65,535 values): a {@code LONGBLOB} compared with
 * unpacked values is tested row by row, measured minutes for 100,000 values.
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
        if (text(kind)) {
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

    private static boolean text(SqlType.Kind kind) {
        return kind == SqlType.Kind.TEXT
                || kind == SqlType.Kind.VARCHAR
                || kind == SqlType.Kind.JSON;
    }

    @Override
    public boolean append(
            StringBuilder sql, String columnSql, SqlType.Kind kind, boolean negated, int variant) {
        @Nullable String type =
                switch (kind) {
                    case SMALLINT, INTEGER, SERIAL, BIGINT, BIGSERIAL, BOOLEAN -> "BIGINT";
                    // the same binary collation as Qlio's tables, so the comparison stays exact
                    case TEXT, VARCHAR, JSON ->
                            (variant == 0 ? "VARCHAR(" + SHORT_TEXT + ")" : "LONGTEXT")
                                    + " CHARACTER SET utf8mb4 COLLATE "
                                    + this.collation;
                    case UUID -> "CHAR(36) CHARACTER SET utf8mb4 COLLATE " + this.collation;
                    case REAL, DOUBLE -> "DOUBLE";
                    case NUMERIC -> "DECIMAL(65, 30)";
                    case DATE -> "DATE";
                    case TIMESTAMP, TIMESTAMPTZ -> "DATETIME(6)";
                    default -> null;
                };
        if (type == null) {
            return false;
        }
        sql.append(columnSql)
                .append(negated ? " NOT IN" : " IN")
                .append(" (SELECT qlio_v")
                .append(" FROM JSON_TABLE(?, '$[*]' COLUMNS (qlio_v ")
                .append(type)
                .append(" PATH '$')) AS qlio_in)");
        return true;
    }

    /** As the column stores the value, so the unpacked value compares equal. */
    @Override
    protected Object jsonValue(SqlType.Kind kind, Object v) {
        return switch (kind) {
            // as the DATETIME(6) column stores it: UTC, microseconds
            case TIMESTAMPTZ ->
                    DATETIME.format(LocalDateTime.ofInstant((Instant) v, ZoneOffset.UTC));
            case TIMESTAMP -> DATETIME.format((LocalDateTime) v);
            // the DOUBLE column holds a float widened, so the JSON number must be the widened one
            case REAL -> ((Number) v).doubleValue();
            case BOOLEAN -> Boolean.TRUE.equals(v) ? 1 : 0;
            default -> v;
        };
    }

    private static final DateTimeFormatter DATETIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");
}
