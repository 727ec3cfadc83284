package dev.qlio.orm.dialect;

import dev.qlio.orm.schema.types.SqlType;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** PostgreSQL: {@code = ANY(?)} with a typed SQL array, named by the type role. */
final class PostgresLargeIn extends LargeIn {

    private final TypeMapping types;

    PostgresLargeIn(TypeMapping types) {
        this.types = types;
    }

    @Override
    public boolean append(StringBuilder sql, String columnSql, SqlType.Kind kind, boolean negated) {
        // the driver builds no array of JSONB, nor a timestamptz array from Instant values;
        // custom types bind themselves, one parameter each
        if (kind == SqlType.Kind.JSON
                || kind == SqlType.Kind.TIMESTAMPTZ
                || kind == SqlType.Kind.OTHER) {
            return false;
        }
        sql.append(negated ? "NOT (" : "(").append(columnSql).append(" = ANY(?))");
        return true;
    }

    @Override
    public void bind(PreparedStatement statement, int index, SqlType.Kind kind, List<?> values)
            throws SQLException {
        statement.setArray(
                index,
                statement
                        .getConnection()
                        .createArrayOf(this.types.arrayElementType(kind), values.toArray()));
    }

    @Override
    public boolean bindsArray() {
        return true;
    }
}
