package dev.qlio.orm.dialect;

import dev.qlio.orm.schema.types.SqlType;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** H2 2.x, the embedded default. */
final class H2Dialect extends Dialect {

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public int maxIdentifierLength() {
        return 256;
    }

    @Override
    public String typeName(SqlType<?> type) {
        switch (type.kind()) {
            case TEXT:
            case JSON:
                // H2's CLOB cannot be compared or indexed, and its JSON type stores a bound
                // string as a JSON string literal: unbounded CHARACTER VARYING behaves like TEXT
                return "CHARACTER VARYING";
            case BYTES:
                return "BINARY VARYING";
            case TIMESTAMP:
                return "TIMESTAMP(9)";
            case TIMESTAMPTZ:
                return "TIMESTAMP(9) WITH TIME ZONE";
            default:
                return super.typeName(type);
        }
    }

    /** H2 quotes the offending values of a unique or foreign-key violation. */
    @Override
    public String redactMessage(String message) {
        return message.replaceAll("VALUES \\( .* \\)", "VALUES (redacted)")
                .replaceAll("\\(([A-Z_]+)\\) VALUES \\(.*\\)", "($1) VALUES (redacted)");
    }

    @Override
    public boolean supportsIlike() {
        return true;
    }

    @Override
    public boolean appendLargeIn(
            StringBuilder sql, String columnSql, SqlType.Kind kind, boolean negated) {
        sql.append(negated ? "NOT (" : "(").append(columnSql).append(" = ANY(?))");
        return true;
    }

    /** H2 arrays hold at most 65,536 elements. */
    @Override
    public int maxListParameterLength() {
        return 65_536;
    }

    @Override
    public void bindLargeIn(
            PreparedStatement statement, int index, SqlType.Kind kind, List<?> values)
            throws SQLException {
        statement.setObject(index, values.toArray());
    }

    @Override
    public @Nullable String upsert(
            String table,
            List<String> columns,
            List<String> keyColumns,
            List<String> updateColumns) {
        // H2 has no ON CONFLICT; its MERGE ... KEY works in every compatibility mode
        return "MERGE INTO "
                + table
                + " ("
                + String.join(", ", columns)
                + ") KEY ("
                + String.join(", ", keyColumns)
                + ") VALUES ("
                + "?, ".repeat(columns.size() - 1)
                + "?)";
    }
}
