package dev.qlio.orm.dialect;

import dev.qlio.orm.schema.types.SqlType;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * MariaDB's and MySQL's types: instants as UTC {@code DATETIME}s (microseconds: the driver
 * truncates finer digits), UUIDs as text; no NaN or infinities, years 1 to 9999, valid Unicode.
 */
final class MariaDbTypes extends TypeMapping {

    MariaDbTypes(String dialect) {
        super(dialect);
    }

    @Override
    protected String kindName(SqlType<?> type) {
        switch (type.kind()) {
            case TEXT:
                return "LONGTEXT";
            case REAL:
                // the text protocol returns FLOAT with 6 significant digits: a DOUBLE holds
                // every float exactly and reads back exactly
                return "DOUBLE";
            case DOUBLE:
                return "DOUBLE";
            case TIMESTAMP:
            case TIMESTAMPTZ:
                // no zoned type: instants are stored as UTC DATETIMEs (TIMESTAMP ends in 2038)
                return "DATETIME(6)";
            case BYTES:
                return "LONGBLOB";
            case UUID:
                return "CHAR(36)";
            case JSON:
                return "LONGTEXT";
            default:
                return super.kindName(type);
        }
    }

    @Override
    protected @Nullable ValueCheck kindCheck(SqlType.Kind kind) {
        String database = "mysql".equals(dialectName()) ? "MySQL" : "MariaDB";
        switch (kind) {
            case TEXT:
            case VARCHAR:
            case JSON:
                return ValueChecks.text(database, false);
            case REAL:
            case DOUBLE:
                // the driver sends NaN as the bare word NaN, which fails as an unknown column
                return ValueChecks.finite(database, false, "has no NaN or infinite DOUBLE");
            case DATE:
            case TIMESTAMP:
            case TIMESTAMPTZ:
                // DATE and DATETIME hold the years 1000 to 9999 (earlier ones down to year 1
                // work); a negative year would be stored as a positive one
                return ValueChecks.years(
                        database, 1, 9999, "DATE and DATETIME hold no other years");
            default:
                return null;
        }
    }

    @Override
    protected ValueBinder kindBinder(SqlType.Kind kind) {
        switch (kind) {
            case TIMESTAMPTZ:
                return (ps, i, v) -> {
                    if (v == null) {
                        ps.setNull(i, Types.TIMESTAMP);
                    } else {
                        ps.setObject(i, LocalDateTime.ofInstant((Instant) v, ZoneOffset.UTC));
                    }
                };
            case UUID:
                return (ps, i, v) -> {
                    if (v == null) {
                        ps.setNull(i, Types.CHAR);
                    } else {
                        ps.setString(i, v.toString());
                    }
                };
            default:
                return super.kindBinder(kind);
        }
    }

    @Override
    protected ValueReader kindReader(SqlType.Kind kind) {
        switch (kind) {
            case TIMESTAMPTZ:
                return (rs, i) -> {
                    LocalDateTime v = rs.getObject(i, LocalDateTime.class);
                    return v == null ? null : v.toInstant(ZoneOffset.UTC);
                };
            case UUID:
                return (rs, i) -> {
                    String v = rs.getString(i);
                    return v == null ? null : UUID.fromString(v);
                };
            default:
                return super.kindReader(kind);
        }
    }
}
