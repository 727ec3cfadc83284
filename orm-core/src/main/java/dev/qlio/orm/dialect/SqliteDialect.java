package dev.qlio.orm.dialect;

import dev.qlio.orm.schema.types.SqlType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.BadSqlGrammarException;

/**
 * SQLite. It has few storage classes, so dates, times, instants, UUIDs and exact decimals are
 * stored as text in fixed-width ISO-8601 (which sorts in time order) and plain decimal form.
 */
final class SqliteDialect extends Dialect {

    private static final DateTimeFormatter LOCAL =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS");

    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
                    .withZone(ZoneOffset.UTC);

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public String typeName(SqlType<?> type) {
        switch (type.kind()) {
            case SMALLINT:
            case INTEGER:
            case SERIAL:
            case BIGINT:
            case BIGSERIAL:
                return "INTEGER";
            case REAL:
            case DOUBLE:
                return "REAL";
            case NUMERIC:
                // NUMERIC affinity would turn 12.010 into the float 12.01: keep exact text
                return "TEXT";
            case BOOLEAN:
                return "BOOLEAN";
            case TEXT:
            case JSON:
            case UUID:
                return "TEXT";
            case DATE:
            case TIMESTAMP:
            case TIMESTAMPTZ:
                return "TEXT";
            case BYTES:
                return "BLOB";
            default:
                return super.typeName(type);
        }
    }

    @Override
    protected ValueBinder kindBinder(SqlType.Kind kind) {
        switch (kind) {
            case NUMERIC:
                return text(v -> ((BigDecimal) v).toPlainString());
            case DATE:
                return text(v -> ((LocalDate) v).toString());
            case TIMESTAMP:
                return text(v -> LOCAL.format((LocalDateTime) v));
            case TIMESTAMPTZ:
                return text(v -> INSTANT.format((Instant) v));
            case UUID:
                return text(Object::toString);
            default:
                return super.kindBinder(kind);
        }
    }

    private static ValueBinder text(java.util.function.Function<Object, String> format) {
        return (ps, i, v) -> {
            if (v == null) {
                ps.setNull(i, Types.VARCHAR);
            } else {
                ps.setString(i, format.apply(v));
            }
        };
    }

    @Override
    protected ValueReader kindReader(SqlType.Kind kind) {
        switch (kind) {
            case NUMERIC:
                return parsed(BigDecimal::new);
            case DATE:
                return parsed(LocalDate::parse);
            case TIMESTAMP:
                return parsed(s -> LocalDateTime.parse(s.replace(' ', 'T')));
            case TIMESTAMPTZ:
                return parsed(Instant::parse);
            case UUID:
                return parsed(UUID::fromString);
            default:
                return super.kindReader(kind);
        }
    }

    private static ValueReader parsed(java.util.function.Function<String, Object> parse) {
        return (rs, i) -> {
            String s = rs.getString(i);
            return s == null ? null : parse.apply(s);
        };
    }

    /**
     * SQLite's LIKE ignores ASCII case, so a case-sensitive match uses GLOB with the pattern
     * translated; ILIKE is LIKE (ASCII case-insensitive, as SQLite's LOWER is).
     */
    @Override
    public void appendLike(StringBuilder sql, String columnSql, boolean ignoreCase) {
        if (ignoreCase) {
            sql.append(columnSql).append(" LIKE ?").append(likeEscape());
        } else {
            sql.append(columnSql).append(" GLOB ?");
        }
    }

    @Override
    public String likeParameter(String pattern, boolean ignoreCase) {
        if (ignoreCase) {
            return pattern;
        }
        StringBuilder glob = new StringBuilder(pattern.length() + 8);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                appendGlobLiteral(glob, pattern.charAt(++i));
            } else if (c == '%') {
                glob.append('*');
            } else if (c == '_') {
                glob.append('?');
            } else {
                appendGlobLiteral(glob, c);
            }
        }
        return glob.toString();
    }

    private static void appendGlobLiteral(StringBuilder glob, char c) {
        if (c == '*' || c == '?' || c == '[') {
            glob.append('[').append(c).append(']');
        } else {
            glob.append(c);
        }
    }

    @Override
    public boolean appendLargeIn(
            StringBuilder sql, String columnSql, SqlType.Kind kind, boolean negated) {
        if (!kind.isInteger()
                && kind != SqlType.Kind.TEXT
                && kind != SqlType.Kind.VARCHAR
                && kind != SqlType.Kind.UUID) {
            return false;
        }
        sql.append(columnSql)
                .append(negated ? " NOT IN" : " IN")
                .append(" (SELECT value FROM json_each(?))");
        return true;
    }

    @Override
    public boolean supportsBatchGeneratedKeys() {
        return false;
    }

    @Override
    protected String unboundedLimit() {
        return "-1";
    }

    @Override
    public int maxBindParameters() {
        return 32_766;
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
        return onConflictUpsert(table, columns, keyColumns, updateColumns);
    }

    @Override
    public String autoincrementType(SqlType<?> type) {
        // only INTEGER PRIMARY KEY aliases the rowid, which SQLite generates
        return "INTEGER";
    }

    /**
     * Only a column declared exactly {@code INTEGER PRIMARY KEY} aliases the rowid, which SQLite
     * generates; {@code AUTOINCREMENT} keeps it from reusing the keys of deleted rows, as sequences
     * elsewhere never do.
     */
    @Override
    public String inlineAutoincrementKey(SqlType<?> type) {
        return "INTEGER PRIMARY KEY AUTOINCREMENT";
    }

    /** SQLite refuses to drop a column an index covers ("error in index ... after drop column"). */
    @Override
    public boolean dropsIndexesWithColumn() {
        return false;
    }

    @Override
    public String dropIndex(String quotedTable, String quotedIndex) {
        return "DROP INDEX IF EXISTS " + quotedIndex;
    }

    /** SQLite's ALTER TABLE cannot add or drop constraints; it resolves foreign keys lazily. */
    @Override
    public boolean supportsAlterForeignKeys() {
        return false;
    }

    /** Spring's translator has no SQLite error codes; sqlite-jdbc names the extended code. */
    @Override
    public @Nullable DataAccessException translate(
            String task, @Nullable String sql, SQLException ex) {
        String message = String.valueOf(ex.getMessage());
        String text = task + "; SQL [" + sql + "]; " + message;
        if (message.contains("SQLITE_CONSTRAINT_PRIMARYKEY")
                || message.contains("SQLITE_CONSTRAINT_UNIQUE")) {
            return new DuplicateKeyException(text, ex);
        }
        if (message.contains("SQLITE_CONSTRAINT")) {
            return new DataIntegrityViolationException(text, ex);
        }
        if (message.contains("SQLITE_BUSY") || message.contains("SQLITE_LOCKED")) {
            return new CannotAcquireLockException(text, ex);
        }
        String lower = message.toLowerCase(Locale.ROOT);
        if (message.contains("SQLITE_ERROR")
                && (lower.contains("syntax error") || lower.contains("no such"))) {
            return new BadSqlGrammarException(task, String.valueOf(sql), ex);
        }
        return null;
    }
}
