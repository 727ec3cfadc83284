package dev.qlio.orm.dialect;

import dev.qlio.orm.schema.types.SqlType;
import java.sql.Types;
import org.springframework.dao.DataIntegrityViolationException;

/** PostgreSQL's types: JSONB sent untyped, array element names, and no NUL in text. */
final class PostgresTypes extends TypeMapping {

    PostgresTypes() {
        super("postgresql");
    }

    @Override
    protected String kindName(SqlType<?> type) {
        switch (type.kind()) {
            case JSON:
                return "JSONB";
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
    public boolean checksValues() {
        return true;
    }

    @Override
    public void checkValue(String column, SqlType.Kind kind, Object value) {
        if (value instanceof String s && s.indexOf('\0') >= 0) {
            throw new DataIntegrityViolationException(
                    "PostgreSQL cannot store the character U+0000 (NUL) in text"
                            + " column "
                            + column
                            + ": remove it from the value, or store the data as SqlType.BYTES");
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
