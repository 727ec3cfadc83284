package dev.qlio.orm.dialect;

import dev.qlio.orm.schema.types.SqlType;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL's types: JSONB sent untyped, times truncated to the microseconds PostgreSQL keeps,
 * array element names, and text that is valid UTF-8 without NUL.
 */
final class PostgresTypes extends TypeMapping {

    PostgresTypes() {
        super("postgresql");
    }

    @Override
    protected String kindName(SqlType<?> type) {
        switch (type.kind()) {
            case JSON:
                // JSONB unless the exact text is asked for (SqlType.JSON_TEXT)
                return type.equals(SqlType.JSON_TEXT) ? "JSON" : "JSONB";
            case TIMESTAMP:
                return "TIMESTAMP(6)";
            case TIMESTAMPTZ:
                return "TIMESTAMP(6) WITH TIME ZONE";
            default:
                return super.kindName(type);
        }
    }

    @Override
    protected ValueBinder kindBinder(SqlType.Kind kind) {
        if (kind == SqlType.Kind.TIMESTAMP) {
            // PostgreSQL keeps microseconds and ROUNDS finer digits, into the next second, day
            // or year (23:59:59.9999995 becomes 00:00 of the next day): truncate them instead,
            // as MariaDB does. LocalDateTime.MAX stays whole: the driver sends it as 'infinity'.
            return (ps, i, v) -> {
                if (v == null) {
                    ps.setNull(i, Types.TIMESTAMP);
                } else {
                    LocalDateTime t = (LocalDateTime) v;
                    int sub = t.getNano() % 1000;
                    ps.setObject(
                            i, sub == 0 || t.equals(LocalDateTime.MAX) ? t : t.minusNanos(sub));
                }
            };
        }
        if (kind == SqlType.Kind.TIMESTAMPTZ) {
            // rounded like TIMESTAMP: truncate to microseconds
            return (ps, i, v) -> {
                if (v == null) {
                    ps.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
                } else {
                    Instant t = (Instant) v;
                    int sub = t.getNano() % 1000;
                    ps.setObject(i, (sub == 0 ? t : t.minusNanos(sub)).atOffset(ZoneOffset.UTC));
                }
            };
        }
        if (kind == SqlType.Kind.JSON) {
            // a JSONB parameter must be sent untyped, or PostgreSQL refuses a varchar
            return (ps, i, v) -> {
                if (v == null) {
                    ps.setNull(i, Types.OTHER);
                } else {
                    ps.setObject(i, v, Types.OTHER);
                }
            };
        }
        return super.kindBinder(kind);
    }

    @Override
    protected @Nullable ValueCheck kindCheck(SqlType.Kind kind) {
        switch (kind) {
            case TEXT:
            case VARCHAR:
            case JSON:
                return ValueChecks.text("PostgreSQL", true);
            default:
                return null;
        }
    }

    @Override
    public String arrayElementType(SqlType.Kind kind) {
        switch (kind) {
            case SMALLINT:
                return "int2";
            case INTEGER:
            case SERIAL:
                return "int4";
            case BIGINT:
            case BIGSERIAL:
                return "int8";
            case REAL:
                return "float4";
            case DOUBLE:
                return "float8";
            case NUMERIC:
                return "numeric";
            case BOOLEAN:
                return "bool";
            case DATE:
                return "date";
            case TIMESTAMP:
                return "timestamp";
            case TIMESTAMPTZ:
                return "timestamptz";
            case BYTES:
                return "bytea";
            case UUID:
                return "uuid";
            default:
                return "text";
        }
    }
}
