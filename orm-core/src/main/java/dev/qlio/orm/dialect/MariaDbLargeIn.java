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
 * (MariaDB 10.6+), so a list has no bind-parameter limit (joined, as {@link #appendJoin} says, when
 * it is a top-level condition on an indexed column). Every standard kind but bytes: the unpacked
 * column has the type the table's column has (dates and times as {@code DATETIME(6)} text in UTC).
 * Bytes stay ordinary parameters (at most 65,535 values): a {@code LONGBLOB} compared with unpacked
 * values is tested row by row, measured minutes for 100,000 values.
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
        @Nullable String type = jsonType(kind, variant);
        if (type == null) {
            return false;
        }
        sql.append(columnSql).append(negated ? " NOT IN" : " IN").append(" (SELECT qlio_v FROM ");
        jsonTable(sql, type);
        sql.append(" AS qlio_in)");
        return true;
    }

    /**
     * A list past the inline limit that is one of a {@code SELECT}'s top-level conditions on an
     * indexed column is joined: {@code JOIN JSON_TABLE(...) AS q ON c = q.qlio_v}. MariaDB then
     * reads the unpacked values first and probes the column's index once per value; as {@code c IN
     * (SELECT ... JSON_TABLE ...)} it materialises the values into a unique temporary index first,
     * measured 7× slower for 100,000 strings (1.5 s against 0.23 s).
     */
    @Override
    public boolean joins(SqlType.Kind kind) {
        return jsonType(kind, 1) != null;
    }

    /**
     * The values arrive distinct and in one part (JSON has no length limit); text is unpacked as
     * {@code LONGTEXT}, so no value is cut whatever its length.
     */
    @Override
    public void appendJoin(
            StringBuilder sql, String columnSql, SqlType.Kind kind, int parts, String alias) {
        @Nullable String type = jsonType(kind, 1);
        if (type == null || parts != 1) {
            throw new UnsupportedOperationException("no joined IN list of " + kind);
        }
        sql.append(" JOIN ");
        jsonTable(sql, type);
        sql.append(" AS ")
                .append(alias)
                .append(" ON ")
                .append(columnSql)
                .append(" = ")
                .append(alias)
                .append(".qlio_v");
    }

    private static void jsonTable(StringBuilder sql, String type) {
        sql.append("JSON_TABLE(?, '$[*]' COLUMNS (qlio_v ").append(type).append(" PATH '$'))");
    }

    /** The unpacked column's type for a kind, or {@code null} for kinds not unpacked. */
    private @Nullable String jsonType(SqlType.Kind kind, int variant) {
        return switch (kind) {
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
