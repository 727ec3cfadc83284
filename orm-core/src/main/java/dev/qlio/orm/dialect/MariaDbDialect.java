package dev.qlio.orm.dialect;

import dev.qlio.orm.schema.types.SqlType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** MariaDB, and MySQL through the same SQL. */
final class MariaDbDialect extends Dialect {

    private final String name;

    MariaDbDialect(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return this.name;
    }

    @Override
    public String quote(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }

    @Override
    public int maxIdentifierLength() {
        return 64;
    }

    @Override
    public String typeName(SqlType<?> type) {
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
                return super.typeName(type);
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

    @Override
    public String likeEscape() {
        // a backslash is an escape character inside MariaDB string literals
        return " ESCAPE '\\\\'";
    }

    @Override
    protected String unboundedLimit() {
        return "18446744073709551615";
    }

    @Override
    public boolean appendLargeIn(
            StringBuilder sql, String columnSql, SqlType.Kind kind, boolean negated) {
        String type;
        if (kind.isInteger()) {
            type = "BIGINT";
        } else if (kind == SqlType.Kind.TEXT || kind == SqlType.Kind.VARCHAR) {
            // the same binary collation as Qlio's tables, so the comparison stays exact
            type = "VARCHAR(16383) CHARACTER SET utf8mb4 COLLATE " + collation();
        } else if (kind == SqlType.Kind.UUID) {
            type = "CHAR(36)";
        } else {
            return false;
        }
        // one JSON parameter unpacked by JSON_TABLE (MariaDB 10.6+): no bind-parameter limit
        sql.append(columnSql)
                .append(negated ? " NOT IN" : " IN")
                .append(" (SELECT qlio_v FROM JSON_TABLE(?, '$[*]' COLUMNS (qlio_v ")
                .append(type)
                .append(" PATH '$')) AS qlio_in)");
        return true;
    }

    /**
     * With bulk statements ({@code useBulkStmts=true}, off by default in Connector/J 3.5 for
     * updates) a batch reports no row counts; a URL can switch them on, so versioned rows are
     * written one statement each.
     */
    @Override
    public boolean batchReportsRowCounts() {
        return false;
    }

    @Override
    public String redactMessage(String message) {
        return message.replaceAll(
                "Duplicate entry '.*' for key", "Duplicate entry (value redacted) for key");
    }

    @Override
    public int maxBindParameters() {
        return 65_535;
    }

    @Override
    public PreparedStatement prepareInsertReturningKeys(
            Connection connection, String sql, String[] keyColumns) throws SQLException {
        return connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
    }

    @Override
    public @Nullable String upsert(
            String table,
            List<String> columns,
            List<String> keyColumns,
            List<String> updateColumns) {
        List<String> update = updateColumns.isEmpty() ? keyColumns.subList(0, 1) : updateColumns;
        return insertValues(table, columns)
                + " ON DUPLICATE KEY UPDATE "
                + update.stream()
                        .map(c -> c + " = VALUES(" + c + ")")
                        .collect(Collectors.joining(", "));
    }

    @Override
    public String autoincrementType(SqlType<?> type) {
        return typeName(type) + " AUTO_INCREMENT";
    }

    /**
     * InnoDB (foreign keys, transactions), utf8mb4 (all of Unicode, not MySQL's 3-byte "utf8"), and
     * a binary collation so that {@code =}, {@code LIKE} and unique keys compare strings exactly,
     * case- and accent-sensitive, as PostgreSQL, H2 and SQLite do; the engine's {@code eq} relies
     * on it. The default collations are case- and accent-insensitive ({@code 'A' = 'a'}). {@code
     * utf8mb4_bin} is also a PAD SPACE collation, which ignores trailing spaces in {@code =}
     * ({@code 'a' = 'a '}), so MariaDB (10.2+) uses its NO PAD variant {@code utf8mb4_nopad_bin};
     * MySQL keeps {@code utf8mb4_bin} (available everywhere; trailing spaces stay a caveat there).
     */
    @Override
    public String tableOptions() {
        return " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=" + collation();
    }

    private String collation() {
        return "mysql".equals(this.name) ? "utf8mb4_bin" : "utf8mb4_nopad_bin";
    }

    @Override
    public String dropIndex(String quotedTable, String quotedIndex) {
        // index names are scoped to their table here, not to the schema
        return "DROP INDEX " + quotedIndex + " ON " + quotedTable;
    }

    @Override
    public String dropForeignKey(String quotedTable, String quotedConstraint) {
        // MariaDB and MySQL before 8.0.19 have no DROP CONSTRAINT for foreign keys
        return "ALTER TABLE " + quotedTable + " DROP FOREIGN KEY " + quotedConstraint;
    }
}
