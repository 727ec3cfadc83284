package dev.qlio.orm.dialect;

import dev.qlio.orm.schema.types.SqlType;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The JDBC-standard binders and readers of each kind, which {@link TypeMapping} starts from; a
 * database whose driver differs overrides single kinds there.
 */
final class StandardBinders {

    private StandardBinders() {}

    /**
     * How values of a kind are bound through plain JDBC.
     *
     * @param kind the kind
     * @return the binder
     */
    static ValueBinder binder(SqlType.Kind kind) {
        switch (kind) {
            case SMALLINT:
                return (ps, i, v) -> {
                    if (v == null) {
                        ps.setNull(i, Types.SMALLINT);
                    } else {
                        ps.setShort(i, (Short) v);
                    }
                };
            case INTEGER:
            case SERIAL:
                return (ps, i, v) -> {
                    if (v == null) {
                        ps.setNull(i, Types.INTEGER);
                    } else {
                        ps.setInt(i, (Integer) v);
                    }
                };
            case BIGINT:
            case BIGSERIAL:
                return (ps, i, v) -> {
                    if (v == null) {
                        ps.setNull(i, Types.BIGINT);
                    } else {
                        ps.setLong(i, (Long) v);
                    }
                };
            case REAL:
                return (ps, i, v) -> {
                    if (v == null) {
                        ps.setNull(i, Types.REAL);
                    } else {
                        ps.setFloat(i, (Float) v);
                    }
                };
            case DOUBLE:
                return (ps, i, v) -> {
                    if (v == null) {
                        ps.setNull(i, Types.DOUBLE);
                    } else {
                        ps.setDouble(i, (Double) v);
                    }
                };
            case NUMERIC:
                return (ps, i, v) -> {
                    if (v == null) {
                        ps.setNull(i, Types.NUMERIC);
                    } else {
                        ps.setBigDecimal(i, (BigDecimal) v);
                    }
                };
            case BOOLEAN:
                return (ps, i, v) -> {
                    if (v == null) {
                        ps.setNull(i, Types.BOOLEAN);
                    } else {
                        ps.setBoolean(i, (Boolean) v);
                    }
                };
            case TEXT:
            case VARCHAR:
            case JSON:
                return (ps, i, v) -> {
                    if (v == null) {
                        ps.setNull(i, Types.VARCHAR);
                    } else {
                        ps.setString(i, (String) v);
                    }
                };
            case DATE:
                return (ps, i, v) -> {
                    if (v == null) {
                        ps.setNull(i, Types.DATE);
                    } else {
                        ps.setObject(i, v);
                    }
                };
            case TIMESTAMP:
                return (ps, i, v) -> {
                    if (v == null) {
                        ps.setNull(i, Types.TIMESTAMP);
                    } else {
                        ps.setObject(i, v);
                    }
                };
            case TIMESTAMPTZ:
                return (ps, i, v) -> {
                    if (v == null) {
                        ps.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
                    } else {
                        ps.setObject(i, ((Instant) v).atOffset(ZoneOffset.UTC));
                    }
                };
            case BYTES:
                return (ps, i, v) -> {
                    if (v == null) {
                        ps.setNull(i, Types.VARBINARY);
                    } else {
                        ps.setBytes(i, (byte[]) v);
                    }
                };
            case UUID:
                return (ps, i, v) -> {
                    if (v == null) {
                        ps.setNull(i, Types.OTHER);
                    } else {
                        ps.setObject(i, v);
                    }
                };
            case OTHER:
                return (ps, i, v) -> {
                    if (v == null) {
                        ps.setNull(i, Types.OTHER);
                    } else {
                        ps.setObject(i, v);
                    }
                };
            default:
                throw new IllegalArgumentException("Unknown kind " + kind);
        }
    }

    /**
     * How values of a kind are read through plain JDBC.
     *
     * @param kind the kind
     * @return the reader
     */
    static ValueReader reader(SqlType.Kind kind) {
        switch (kind) {
            case SMALLINT:
                return (rs, i) -> {
                    short v = rs.getShort(i);
                    return v == 0 && rs.wasNull() ? null : v;
                };
            case INTEGER:
            case SERIAL:
                return (rs, i) -> {
                    int v = rs.getInt(i);
                    return v == 0 && rs.wasNull() ? null : v;
                };
            case BIGINT:
            case BIGSERIAL:
                return (rs, i) -> {
                    long v = rs.getLong(i);
                    return v == 0 && rs.wasNull() ? null : v;
                };
            case REAL:
                return (rs, i) -> {
                    float v = rs.getFloat(i);
                    return v == 0 && rs.wasNull() ? null : v;
                };
            case DOUBLE:
                return (rs, i) -> {
                    double v = rs.getDouble(i);
                    return v == 0 && rs.wasNull() ? null : v;
                };
            case NUMERIC:
                return ResultSet::getBigDecimal;
            case BOOLEAN:
                return (rs, i) -> {
                    boolean v = rs.getBoolean(i);
                    return !v && rs.wasNull() ? null : v;
                };
            case TEXT:
            case VARCHAR:
            case JSON:
                return ResultSet::getString;
            case DATE:
                return (rs, i) -> rs.getObject(i, LocalDate.class);
            case TIMESTAMP:
                return (rs, i) -> rs.getObject(i, LocalDateTime.class);
            case TIMESTAMPTZ:
                return (rs, i) -> {
                    OffsetDateTime v = rs.getObject(i, OffsetDateTime.class);
                    return v == null ? null : v.toInstant();
                };
            case BYTES:
                return ResultSet::getBytes;
            case UUID:
                return (rs, i) -> rs.getObject(i, UUID.class);
            case OTHER:
                return ResultSet::getObject;
            default:
                throw new IllegalArgumentException("Unknown kind " + kind);
        }
    }
}
