package dev.qlio.orm.dialect;

import dev.qlio.orm.schema.types.SqlType;
import java.math.BigDecimal;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.function.Function;

/**
 * SQLite's types. It has few storage classes, so dates, times, instants, UUIDs and exact decimals
 * are stored as text in fixed-width ISO-8601 (which sorts in time order) and plain decimal form.
 */
final class SqliteTypes extends TypeMapping {

    private static final DateTimeFormatter LOCAL =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS");

    private static final DateTimeFormatter INSTANT =
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

    private static ValueReader parsed(Function<String, Object> parse) {
        return (rs, i) -> {
            String s = rs.getString(i);
            return s == null ? null : parse.apply(s);
        };
    }
}
