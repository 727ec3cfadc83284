package dev.qlio.orm.dialect;

import dev.qlio.orm.schema.types.SqlType;
import dev.qlio.orm.schema.types.ValueNotReadableException;
import java.math.BigDecimal;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * SQLite's types. It has few storage classes, so dates, times, instants, UUIDs and exact decimals
 * are stored as text in fixed-width ISO-8601 (which sorts in time order) and plain decimal form.
 */
final class SqliteTypes extends TypeMapping {

    static final DateTimeFormatter LOCAL =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS");

    static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
                    .withZone(ZoneOffset.UTC);

    SqliteTypes() {
        super("sqlite");
    }

    @Override
    protected String kindName(SqlType<?> type) {
        switch (type.kind()) {
            case SMALLINT:
            case INTEGER:
            case SERIAL:
            case BIGINT:
            case BIGSERIAL:
                return "INTEGER";
            case REAL:
            case DOUBLE:
                return "REAL";
            case NUMERIC:
                // NUMERIC affinity would turn 12.010 into the float 12.01: keep exact text
                return "TEXT";
            case BOOLEAN:
                return "BOOLEAN";
            case TEXT:
            case JSON:
            case UUID:
                return "TEXT";
            case DATE:
            case TIMESTAMP:
            case TIMESTAMPTZ:
                return "TEXT";
            case BYTES:
                return "BLOB";
            default:
                return super.kindName(type);
        }
    }

    @Override
    protected @Nullable ValueCheck kindCheck(SqlType.Kind kind) {
        switch (kind) {
            case TEXT:
            case VARCHAR:
            case JSON:
                return ValueChecks.text("SQLite", false);
            case REAL:
            case DOUBLE:
                return ValueChecks.finite("SQLite", true, "stores NaN as NULL");
            case DATE:
            case TIMESTAMP:
            case TIMESTAMPTZ:
                // stored as fixed-width ISO-8601 text, which sorts in time order only with a
                // four-digit year: "+10000-01-01" would sort before "2024-01-01"
                return ValueChecks.years(
                        "SQLite",
                        0,
                        9999,
                        "keeps dates as text that sorts in time order only for four-digit years");
            default:
                return null;
        }
    }

    @Override
    protected ValueBinder kindBinder(SqlType.Kind kind) {
        switch (kind) {
            case NUMERIC:
                return text(v -> ((BigDecimal) v).toPlainString());
            case DATE:
                return text(v -> ((LocalDate) v).toString());
            case TIMESTAMP:
                return text(v -> LOCAL.format((LocalDateTime) v));
            case TIMESTAMPTZ:
                return text(v -> INSTANT.format((Instant) v));
            case UUID:
                return text(Object::toString);
            default:
                return super.kindBinder(kind);
        }
    }

    private static ValueBinder text(Function<Object, String> format) {
        return (ps, i, v) -> {
            if (v == null) {
                ps.setNull(i, Types.VARCHAR);
            } else {
                ps.setString(i, format.apply(v));
            }
        };
    }

    @Override
    protected ValueReader kindReader(SqlType.Kind kind) {
        switch (kind) {
            case SMALLINT:
                return integer(kind, Short.MIN_VALUE, Short.MAX_VALUE);
            case INTEGER:
            case SERIAL:
                return integer(kind, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case BIGINT:
            case BIGSERIAL:
                return integer(kind, Long.MIN_VALUE, Long.MAX_VALUE);
            case REAL:
                return real(true);
            case DOUBLE:
                return real(false);
            case BOOLEAN:
                return bool();
            case NUMERIC:
                return parsed(BigDecimal::new);
            case DATE:
                return parsed(LocalDate::parse);
            case TIMESTAMP:
                return parsed(s -> LocalDateTime.parse(s.replace(' ', 'T')));
            case TIMESTAMPTZ:
                return parsed(Instant::parse);
            case UUID:
                return parsed(UUID::fromString);
            default:
                return super.kindReader(kind);
        }
    }

    /**
     * Reads an integer kind. A column holds whatever other code wrote to it (SQLite's types are
     * only affinities): JDBC's getInt would wrap 3,000,000,000 around to -1,294,967,296 and read
     * 'abc' or 1.5 as a number, so the value's own storage class and range are checked.
     */
    private static ValueReader integer(SqlType.Kind kind, long min, long max) {
        return (rs, i) -> {
            Object o = rs.getObject(i);
            if (o == null) {
                return null;
            }
            if (!(o instanceof Integer) && !(o instanceof Long)) {
                throw new ValueNotReadableException(
                        "the column holds a value of SQLite storage class "
                                + (o instanceof String
                                        ? "TEXT"
                                        : o instanceof Double ? "REAL" : "BLOB")
                                + " where "
                                + kind
                                + " expects an integer");
            }
            long v = ((Number) o).longValue();
            if (v < min || v > max) {
                throw new ValueNotReadableException(
                        "the column holds an integer outside the range of "
                                + kind
                                + " ("
                                + min
                                + " to "
                                + max
                                + "); declare the column with a wider type (e.g."
                                + " SqlType.BIGINT)");
            }
            switch (kind) {
                case SMALLINT:
                    return (short) v;
                case INTEGER:
                case SERIAL:
                    return o instanceof Integer ? o : (int) v;
                default:
                    return o instanceof Long ? o : v;
            }
        };
    }

    /**
     * Reads a floating-point kind: a REAL column may hold text or, for a {@code Float}, a double
     * that no float equals (written by other code); either is refused rather than converted.
     */
    private static ValueReader real(boolean single) {
        return (rs, i) -> {
            Object o = rs.getObject(i);
            if (o == null) {
                return null;
            }
            if (!(o instanceof Number n) || o instanceof java.math.BigDecimal) {
                throw new ValueNotReadableException(
                        "the column holds a value of SQLite storage class "
                                + (o instanceof String ? "TEXT" : "BLOB")
                                + " where a floating-point number is expected");
            }
            double d = n.doubleValue();
            if (!single) {
                return d;
            }
            float f = (float) d;
            if ((double) f != d && !Double.isNaN(d)) {
                throw new ValueNotReadableException(
                        "the column holds a double that no Float equals; declare the column"
                                + " SqlType.DOUBLE");
            }
            return f;
        };
    }

    /** Reads a BOOLEAN: SQLite keeps 0 and 1; any other value written by other code is refused. */
    private static ValueReader bool() {
        return (rs, i) -> {
            Object o = rs.getObject(i);
            if (o == null) {
                return null;
            }
            if ((o instanceof Integer || o instanceof Long) && ((Number) o).longValue() >> 1 == 0) {
                return ((Number) o).longValue() == 1;
            }
            throw new ValueNotReadableException(
                    "the column holds a value other than 0 or 1 where BOOLEAN expects one");
        };
    }

    private static ValueReader parsed(Function<String, Object> parse) {
        return (rs, i) -> {
            String s = rs.getString(i);
            return s == null ? null : parse.apply(s);
        };
    }
}
