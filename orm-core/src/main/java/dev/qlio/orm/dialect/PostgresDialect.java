package dev.qlio.orm.dialect;

import dev.qlio.orm.schema.types.SqlType;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;

/** PostgreSQL. */
final class PostgresDialect extends Dialect {

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public int maxIdentifierLength() {
        return 63;
    }

    /** PostgreSQL's NAMEDATALEN limit counts bytes, not characters. */
    @Override
    public int identifierLength(String identifier) {
        return utf8Length(identifier);
    }

    @Override
    public String typeName(SqlType<?> type) {
        switch (type.kind()) {
            case JSON:
                return "JSONB";
            case TIMESTAMP:
                return "TIMESTAMP(6)";
            case TIMESTAMPTZ:
                return "TIMESTAMP(6) WITH TIME ZONE";
            default:
                return super.typeName(type);
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
    public boolean supportsIlike() {
        return true;
    }

    @Override
    public boolean supportsArrayIn() {
        return true;
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

    @Override
    public boolean appendLargeIn(
            StringBuilder sql, String columnSql, SqlType.Kind kind, boolean negated) {
        if (kind == SqlType.Kind.JSON || kind == SqlType.Kind.TIMESTAMPTZ) {
            return false;
        }
        sql.append(negated ? "NOT (" : "(").append(columnSql).append(" = ANY(?))");
        return true;
    }

    @Override
    public void bindLargeIn(
            PreparedStatement statement, int index, SqlType.Kind kind, List<?> values)
            throws SQLException {
        statement.setArray(
                index,
                statement.getConnection().createArrayOf(arrayElementType(kind), values.toArray()));
    }

    @Override
    public int maxBindParameters() {
        return 32_767;
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
    public @Nullable String upsert(
            String table,
            List<String> columns,
            List<String> keyColumns,
            List<String> updateColumns) {
        return onConflictUpsert(table, columns, keyColumns, updateColumns);
    }

    /** The server's "Detail:" line quotes the offending key values. */
    @Override
    public String redactMessage(String message) {
        int detail = message.indexOf("\n  Detail:");
        return detail < 0 ? message : message.substring(0, detail);
    }

    @Override
    public boolean streamingNeedsTransaction() {
        return true;
    }
}
