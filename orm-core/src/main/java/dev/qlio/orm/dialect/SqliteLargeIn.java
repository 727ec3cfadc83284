package dev.qlio.orm.dialect;

import dev.qlio.orm.schema.types.SqlType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HexFormat;

/**
 * SQLite: one JSON parameter unpacked by {@code json_each}, for every standard kind. Each value is
 * written as the text or number SQLite stores for it (see {@link SqliteTypes}): dates, times,
 * decimals and UUIDs as their text, floats widened to the double SQLite keeps, booleans as 0/1,
 * bytes as hexadecimal turned back with {@code unhex}.
 */
final class SqliteLargeIn extends LargeIn {

    @Override
    public boolean append(StringBuilder sql, String columnSql, SqlType.Kind kind, boolean negated) {
        if (kind == SqlType.Kind.OTHER) {
            // a custom type's values are bound by the type itself, one parameter each
            return false;
        }
        sql.append(columnSql)
                .append(negated ? " NOT IN" : " IN")
                .append(
                        kind == SqlType.Kind.BYTES
                                ? " (SELECT unhex(value) FROM json_each(?))"
                                : " (SELECT value FROM json_each(?))");
        return true;
    }

    /** As the column stores the value, so the unpacked value compares equal. */
    @Override
    protected Object jsonValue(SqlType.Kind kind, Object v) {
        return switch (kind) {
            // as SqliteTypes binds them: exact text
            case NUMERIC -> ((BigDecimal) v).toPlainString();
            case DATE, UUID -> v.toString();
            case TIMESTAMP -> SqliteTypes.LOCAL.format((LocalDateTime) v);
            case TIMESTAMPTZ -> SqliteTypes.INSTANT.format((Instant) v);
            case REAL -> ((Number) v).doubleValue();
            case BOOLEAN -> Boolean.TRUE.equals(v) ? 1 : 0;
            case BYTES -> HexFormat.of().formatHex((byte[]) v);
            default -> v;
        };
    }
}
