package dev.qlio.orm.dialect;

import dev.qlio.orm.schema.types.SqlType;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** MariaDB's and MySQL's types: instants as UTC {@code DATETIME}s, UUIDs as text. */
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
