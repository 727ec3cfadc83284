package dev.qlio.orm.dialect;

import dev.qlio.orm.schema.types.SqlType;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * H2: {@code = ANY(?)} with a Java array parameter, for every standard kind; a long list that is
 * one of a {@code SELECT}'s top-level conditions is joined instead, as {@code TABLE(v TYPE = ?)}.
 *
 * <p>Why the join: H2 finds the rows of {@code c = ANY(?)} through the index, but then checks each
 * row again by scanning the array, so the cost grows with the square of the list (10,000 values:
 * 0.14 s; 100,000: over 30 s). {@code c IN (SELECT v FROM UNNEST(?))} is worse, as H2 runs the
 * subquery again for every row. Joined, the values (made distinct by Qlio) drive the index probes
 * and nothing is checked twice (100,000 values: 0.2–0.3 s). The join needs an index on the column
 * (without one H2 reads the derived table again for every row, worse than the array), so the
 * renderer joins only lists on key, unique, indexed and foreign-key columns. A negated or nested
 * list, or one on a column without an index, keeps {@code = ANY(?)}, whose cost grows with rows
 * times values.
 */
final class H2LargeIn extends LargeIn {

    @Override
    public boolean append(StringBuilder sql, String columnSql, SqlType.Kind kind, boolean negated) {
        if (kind == SqlType.Kind.OTHER) {
            // a custom type's values are bound by the type itself, one parameter each
            return false;
        }
        sql.append(negated ? "NOT (" : "(").append(columnSql).append(" = ANY(?))");
        return true;
    }

    /**
     * H2 checks an {@code IN (?, ...)} list row by row as it checks an array, and parses each
     * marker: 1,000 values measured 3.0 ms as a list and 1.4 ms joined (InListBenchmark), so lists
     * and arrays start early.
     */
    @Override
    public int inlineLimit() {
        return 100;
    }

    @Override
    public boolean joins(SqlType.Kind kind) {
        return joinType(kind) != null;
    }

    /**
     * The derived table's column type: wide enough that no value is cut or rounded (a value the
     * column cannot hold then simply matches no row), compared as the column's own kind.
     */
    private static @Nullable String joinType(SqlType.Kind kind) {
        return switch (kind) {
            case SMALLINT, INTEGER, SERIAL, BIGINT, BIGSERIAL -> "BIGINT";
            case REAL -> "REAL";
            case DOUBLE -> "DOUBLE PRECISION";
            case NUMERIC -> "DECFLOAT";
            case BOOLEAN -> "BOOLEAN";
            case TEXT, VARCHAR -> "CHARACTER VARYING";
            case DATE -> "DATE";
            case TIMESTAMP -> "TIMESTAMP(9)";
            case TIMESTAMPTZ -> "TIMESTAMP(9) WITH TIME ZONE";
            case UUID -> "UUID";
            case BYTES -> "BINARY VARYING";
            // JSON is stored as unbounded text (see H2Types)
            case JSON -> "CHARACTER VARYING";
            default -> null;
        };
    }

    @Override
    public void appendJoin(
            StringBuilder sql, String columnSql, SqlType.Kind kind, int parts, String alias) {
        String type = joinType(kind);
        if (type == null) {
            throw new UnsupportedOperationException("no joined IN list of " + kind);
        }
        sql.append(" JOIN (");
        for (int p = 0; p < parts; p++) {
            // the values arrive distinct, so nothing is sorted or hashed to remove duplicates
            sql.append(p > 0 ? " UNION ALL SELECT" : "SELECT")
                    .append(" qlio_v FROM TABLE(qlio_v ")
                    .append(type)
                    .append(" = ?)");
        }
        sql.append(") ")
                .append(alias)
                .append(" ON ")
                .append(columnSql)
                .append(" = ")
                .append(alias)
                .append(".qlio_v");
    }

    @Override
    public void bind(PreparedStatement statement, int index, SqlType.Kind kind, List<?> values)
            throws SQLException {
        statement.setObject(index, values.toArray());
    }

    /** H2 arrays hold at most 65,536 elements. */
    @Override
    public int maxListLength() {
        return 65_536;
    }

    @Override
    public boolean bindsArray() {
        return true;
    }
}
