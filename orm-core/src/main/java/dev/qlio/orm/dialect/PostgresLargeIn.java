package dev.qlio.orm.dialect;

import dev.qlio.orm.schema.types.SqlType;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * PostgreSQL: {@code = ANY(?)} with a typed SQL array, named by the type role, for every standard
 * kind (PostgreSQL hashes the array and probes an index with it, measured fastest at every size).
 */
final class PostgresLargeIn extends LargeIn {

    private final TypeMapping types;

    PostgresLargeIn(TypeMapping types) {
        this.types = types;
    }

    /**
     * Planning {@code IN (?, ...)} costs PostgreSQL far more than hashing an array: 1,000 values
     * measured 26 ms as a list and 1 ms as an array (InListBenchmark), so arrays start early.
     */
    @Override
    public int inlineLimit() {
        return 100;
    }

    @Override
    public boolean append(StringBuilder sql, String columnSql, SqlType.Kind kind, boolean negated) {
        if (kind == SqlType.Kind.OTHER) {
            // a custom type's values are bound by the type itself, one parameter each
            return false;
        }
        sql.append(negated ? "NOT (" : "(").append(columnSql).append(" = ANY(?))");
        return true;
    }

    @Override
    public void bind(PreparedStatement statement, int index, SqlType.Kind kind, List<?> values)
            throws SQLException {
        Object[] elements = values.toArray();
        String elementType = this.types.arrayElementType(kind);
        if (kind == SqlType.Kind.TIMESTAMPTZ) {
            // the driver writes no array of Instant; ISO-8601 text in UTC is what timestamptz reads
            for (int i = 0; i < elements.length; i++) {
                Object v = elements[i];
                elements[i] =
                        v instanceof Instant instant
                                ? instant.toString()
                                : v instanceof OffsetDateTime odt ? odt.toString() : v;
            }
        } else if (kind == SqlType.Kind.BYTES) {
            // the driver writes bytea[] from byte[][] only
            elements = values.toArray(new byte[0][]);
        } else if (kind == SqlType.Kind.JSON) {
            // the column is JSONB (see PostgresTypes), compared as documents like a single value
            elementType = "jsonb";
        }
        statement.setArray(index, statement.getConnection().createArrayOf(elementType, elements));
    }

    @Override
    public boolean bindsArray() {
        return true;
    }
}
