package dev.qlio.orm.dialect;

import dev.qlio.orm.schema.types.SqlType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;

/**
 * What Qlio needs to know about one database: how to quote identifiers, name, bind and read each
 * {@link SqlType}, page results, upsert, match case-insensitively, and the database's limits. The
 * built-in dialects are {@link #H2}, {@link #POSTGRESQL}, {@link #MARIADB}, {@link #MYSQL} and
 * {@link #SQLITE}; {@link #detect(Connection)} picks one from a connection. Subclass to support
 * another database. Dialects are stateless and thread-safe.
 */
public abstract class Dialect {

    /** H2, the embedded default. */
    public static final Dialect H2 = new H2Dialect();

    /** PostgreSQL. */
    public static final Dialect POSTGRESQL = new PostgresDialect();

    /** MariaDB. */
    public static final Dialect MARIADB = new MariaDbDialect("mariadb");

    /** MySQL, through the MariaDB dialect. */
    public static final Dialect MYSQL = new MariaDbDialect("mysql");

    /** SQLite. */
    public static final Dialect SQLITE = new SqliteDialect();

    private final ValueBinder[] binders;

    private final ValueReader[] readers;

    /** Builds the per-kind binders and readers. */
    @SuppressWarnings("this-escape")
    protected Dialect() {
        SqlType.Kind[] kinds = SqlType.Kind.values();
        this.binders = new ValueBinder[kinds.length];
        this.readers = new ValueReader[kinds.length];
        for (SqlType.Kind kind : kinds) {
            this.binders[kind.ordinal()] = kindBinder(kind);
            this.readers[kind.ordinal()] = kindReader(kind);
        }
    }

    /**
     * A built-in dialect by name: {@code h2}, {@code postgresql}, {@code mariadb}, {@code mysql} or
     * {@code sqlite} (case-insensitive).
     *
     * @param name the name
     * @return the dialect
     * @throws IllegalArgumentException naming the known dialects
     */
    public static Dialect forName(String name) {
        switch (name.toLowerCase(Locale.ROOT).trim()) {
            case "h2":
                return H2;
            case "postgresql":
            case "postgres":
                return POSTGRESQL;
            case "mariadb":
                return MARIADB;
            case "mysql":
                return MYSQL;
            case "sqlite":
                return SQLITE;
            default:
                throw new IllegalArgumentException(
                        "Unknown dialect '"
                                + name
                                + "' (known: h2, postgresql, mariadb, mysql, sqlite)");
        }
    }

    /**
     * The dialect of the database behind a connection, from its product name.
     *
     * @param connection an open connection
     * @return the dialect
     * @throws IllegalArgumentException if the database is not supported
     */
    public static Dialect detect(Connection connection) {
        try {
            DatabaseMetaData md = connection.getMetaData();
            String product = md.getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("h2")) {
                return H2;
            }
            if (product.contains("postgres")) {
                return POSTGRESQL;
            }
            if (product.contains("mariadb")) {
                return MARIADB;
            }
            if (product.contains("mysql")) {
                // MariaDB servers may call themselves MySQL through older drivers
                String version = md.getDatabaseProductVersion().toLowerCase(Locale.ROOT);
                return version.contains("mariadb") ? MARIADB : MYSQL;
            }
            if (product.contains("sqlite")) {
                return SQLITE;
            }
            throw new IllegalArgumentException(
                    "No Qlio dialect for database '"
                            + md.getDatabaseProductName()
                            + "': set one explicitly (Database.builder(...).dialect(...)); built in: h2, postgresql,"
                            + " mariadb, mysql, sqlite");
        } catch (SQLException ex) {
            throw new IllegalStateException(
                    "Cannot read the database product name to detect the dialect", ex);
        }
    }

    /**
     * The dialect's name, as the {@code qlio.orm.dialect} property spells it.
     *
     * @return the name
     */
    public abstract String name();

    // ---- identifiers -------------------------------------------------------------------------

    /**
     * Quotes an identifier, doubling quote characters inside it.
     *
     * @param identifier the raw identifier
     * @return the quoted identifier
     */
    public String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /**
     * The longest identifier the database accepts, in the unit of {@link #identifierLength}.
     *
     * @return the limit
     */
    public int maxIdentifierLength() {
        return Integer.MAX_VALUE;
    }

    /**
     * The length of an identifier as the database counts it (characters by default).
     *
     * @param identifier the identifier
     * @return its length
     */
    public int identifierLength(String identifier) {
        return identifier.codePointCount(0, identifier.length());
    }

    /**
     * Checks an identifier against the database's length limit.
     *
     * @param what what the identifier names, for the message (e.g. {@code "column users.name"})
     * @param identifier the identifier
     * @throws IllegalArgumentException if it is too long
     */
    public void checkIdentifier(String what, String identifier) {
        if (identifierLength(identifier) > maxIdentifierLength()) {
            throw new IllegalArgumentException(
                    what
                            + ": identifier '"
                            + identifier
                            + "' is "
                            + identifierLength(identifier)
                            + " long, more than "
                            + name()
                            + "'s limit of "
                            + maxIdentifierLength()
                            + "; shorten it with named(...) or @TableName");
        }
    }

    // ---- types -------------------------------------------------------------------------------

    /**
     * The type's name in DDL.
     *
     * @param type the type
     * @return the SQL type name
     */
    public String typeName(SqlType<?> type) {
        switch (type.kind()) {
            case SMALLINT:
                return "SMALLINT";
            case INTEGER:
            case SERIAL:
                return "INTEGER";
            case BIGINT:
            case BIGSERIAL:
                return "BIGINT";
            case REAL:
                return "REAL";
            case DOUBLE:
                return "DOUBLE PRECISION";
            case NUMERIC:
                return "NUMERIC(" + type.precision() + ", " + type.scale() + ")";
            case BOOLEAN:
                return "BOOLEAN";
            case TEXT:
                return "TEXT";
            case VARCHAR:
                return "VARCHAR(" + type.length() + ")";
            case DATE:
                return "DATE";
            case TIMESTAMP:
                return "TIMESTAMP";
            case TIMESTAMPTZ:
                return "TIMESTAMP WITH TIME ZONE";
            case BYTES:
                return "BYTEA";
            case UUID:
                return "UUID";
            case JSON:
                return "JSON";
            default:
                throw new IllegalArgumentException("Unknown kind " + type.kind());
        }
    }

    /**
     * The binder for a type: its kind's binder, after the type's conversion for user types.
     *
     * @param type the type
     * @return the binder
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public ValueBinder binder(SqlType<?> type) {
        ValueBinder kindBinder = this.binders[type.kind().ordinal()];
        if (type.isStandard()) {
            return kindBinder;
        }
        SqlType raw = type;
        return (ps, i, v) -> kindBinder.bind(ps, i, v == null ? null : raw.toDatabase(v));
    }

    /**
     * The reader for a type: its kind's reader, then the type's conversion for user types.
     *
     * @param type the type
     * @return the reader
     */
    public ValueReader reader(SqlType<?> type) {
        ValueReader kindReader = this.readers[type.kind().ordinal()];
        if (type.isStandard()) {
            return kindReader;
        }
        return (rs, i) -> {
            Object v = kindReader.read(rs, i);
            return v == null ? null : type.fromDatabase(v);
        };
    }

    /**
     * How values of a kind are bound; dialects override kinds their driver treats differently.
     *
     * @param kind the kind
     * @return the binder
     */
    protected ValueBinder kindBinder(SqlType.Kind kind) {
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
            default:
                throw new IllegalArgumentException("Unknown kind " + kind);
        }
    }

    /**
     * How values of a kind are read; dialects override kinds their driver treats differently.
     *
     * @param kind the kind
     * @return the reader
     */
    protected ValueReader kindReader(SqlType.Kind kind) {
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
            default:
                throw new IllegalArgumentException("Unknown kind " + kind);
        }
    }

    /**
     * Checks that the database can store a value exactly, before it is bound.
     *
     * @param column the column, for the message ({@code table.column})
     * @param kind the column's kind
     * @param value the Java value of the kind, not {@code null}
     * @throws DataAccessException if the database would refuse or alter it
     */
    public void checkValue(String column, SqlType.Kind kind, Object value) {}

    /**
     * Whether {@link #checkValue} does anything, so callers can skip it.
     *
     * @return whether values need checking
     */
    public boolean checksValues() {
        return false;
    }

    // ---- statements --------------------------------------------------------------------------

    /**
     * Appends paging: {@code LIMIT n OFFSET m}. Both are integers checked by the query, never user
     * text.
     *
     * @param sql the statement so far
     * @param limit the limit, or -1 for none
     * @param offset the offset, 0 for none
     */
    public void appendLimitOffset(StringBuilder sql, int limit, int offset) {
        if (limit >= 0) {
            sql.append(" LIMIT ").append(limit);
        }
        if (offset > 0) {
            String unbounded = unboundedLimit();
            if (limit < 0 && unbounded != null) {
                sql.append(" LIMIT ").append(unbounded);
            }
            sql.append(" OFFSET ").append(offset);
        }
    }

    /**
     * The {@code LIMIT} that means "all rows", for databases that need one before an {@code
     * OFFSET}; {@code null} when {@code OFFSET} may stand alone.
     *
     * @return the SQL text or {@code null}
     */
    protected @Nullable String unboundedLimit() {
        return null;
    }

    /**
     * Whether the database has {@code ILIKE}.
     *
     * @return whether it does
     */
    public boolean supportsIlike() {
        return false;
    }

    /**
     * The escape clause after a {@code LIKE} pattern, making {@code \} the escape character.
     *
     * @return the SQL text
     */
    public String likeEscape() {
        return " ESCAPE '\\'";
    }

    /**
     * Whether a large {@code IN} list can be bound as one array ({@code = ANY(?)}).
     *
     * @return whether it can
     */
    public boolean supportsArrayIn() {
        return false;
    }

    /**
     * The SQL type name of the array elements for {@link Connection#createArrayOf}.
     *
     * @param kind the element kind
     * @return the name
     */
    public String arrayElementType(SqlType.Kind kind) {
        return typeName(new ArrayElement(kind));
    }

    /**
     * The most parameters one statement may bind; longer {@code IN} lists are chunked.
     *
     * @return the limit
     */
    public int maxBindParameters() {
        return 32_000;
    }

    /**
     * Prepares an {@code INSERT} that returns generated keys.
     *
     * @param connection the connection
     * @param sql the insert
     * @param keyColumns the generated columns' SQL names
     * @return the statement
     * @throws SQLException if the driver fails
     */
    public PreparedStatement prepareInsertReturningKeys(
            Connection connection, String sql, String[] keyColumns) throws SQLException {
        return connection.prepareStatement(sql, keyColumns);
    }

    /**
     * The single-statement upsert of a row by key, with one parameter per column of {@code columns}
     * in that order, or {@code null} when the database has none (Qlio then updates, and inserts
     * when no row matched).
     *
     * @param table the quoted table name
     * @param columns the quoted columns written
     * @param keyColumns the quoted key columns (a subset of {@code columns})
     * @param updateColumns the quoted columns updated on conflict
     * @return the SQL, or {@code null}
     */
    public @Nullable String upsert(
            String table,
            List<String> columns,
            List<String> keyColumns,
            List<String> updateColumns) {
        return null;
    }

    /**
     * {@code INSERT INTO table (columns) VALUES (?, ...)}.
     *
     * @param table the quoted table
     * @param columns the quoted columns
     * @return the SQL
     */
    protected static String insertValues(String table, List<String> columns) {
        return "INSERT INTO "
                + table
                + " ("
                + String.join(", ", columns)
                + ") VALUES ("
                + "?, ".repeat(columns.size() - 1)
                + "?)";
    }

    /**
     * The standard {@code INSERT ... ON CONFLICT (keys) DO UPDATE SET c = EXCLUDED.c} (or {@code DO
     * NOTHING}) of PostgreSQL and SQLite.
     *
     * @param table the quoted table
     * @param columns the quoted columns
     * @param keyColumns the quoted conflict columns
     * @param updateColumns the quoted columns to update
     * @return the SQL
     */
    protected static String onConflictUpsert(
            String table,
            List<String> columns,
            List<String> keyColumns,
            List<String> updateColumns) {
        String insert =
                insertValues(table, columns)
                        + " ON CONFLICT ("
                        + String.join(", ", keyColumns)
                        + ")";
        if (updateColumns.isEmpty()) {
            return insert + " DO NOTHING";
        }
        return insert
                + " DO UPDATE SET "
                + updateColumns.stream()
                        .map(c -> c + " = EXCLUDED." + c)
                        .collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * Prepares a statement for streaming: the driver reads {@code fetchSize} rows at a time.
     *
     * @param statement the statement
     * @param fetchSize the fetch size
     * @throws SQLException if the driver fails
     */
    public void prepareForStreaming(Statement statement, int fetchSize) throws SQLException {
        statement.setFetchSize(fetchSize);
    }

    /**
     * Whether streaming needs auto-commit off (PostgreSQL's cursors do).
     *
     * @return whether it does
     */
    public boolean streamingNeedsTransaction() {
        return false;
    }

    /**
     * Translates an error Spring's translator does not know for this database (e.g. SQLite's).
     *
     * @param task what was being done
     * @param sql the SQL
     * @param ex the error
     * @return the translated exception, or {@code null} to use Spring's translator
     */
    public @Nullable DataAccessException translate(
            String task, @Nullable String sql, SQLException ex) {
        return null;
    }

    /**
     * Appends a pattern match on a rendered column, with one parameter for the pattern (see {@link
     * #likeParameter}).
     *
     * @param sql the statement so far
     * @param columnSql the rendered column
     * @param ignoreCase whether the match ignores case
     */
    public void appendLike(StringBuilder sql, String columnSql, boolean ignoreCase) {
        if (!ignoreCase) {
            sql.append(columnSql).append(" LIKE ?");
        } else if (supportsIlike()) {
            sql.append(columnSql).append(" ILIKE ?");
        } else {
            sql.append("LOWER(").append(columnSql).append(") LIKE ?");
        }
        sql.append(likeEscape());
    }

    /**
     * The value bound for a pattern rendered by {@link #appendLike}.
     *
     * @param pattern the pattern, {@code \} escaping {@code %}, {@code _} and itself
     * @param ignoreCase whether the match ignores case
     * @return the parameter value
     */
    public String likeParameter(String pattern, boolean ignoreCase) {
        return ignoreCase && !supportsIlike() ? pattern.toLowerCase(Locale.ROOT) : pattern;
    }

    /**
     * Appends a test of a column against a large list bound as a single parameter (an array, or a
     * JSON document the database unpacks), if the database can for this kind.
     *
     * @param sql the statement so far
     * @param columnSql the rendered column
     * @param kind the column's kind
     * @param negated whether this is {@code NOT IN}
     * @return {@code false} (and nothing appended) when the database cannot
     */
    public boolean appendLargeIn(
            StringBuilder sql, String columnSql, SqlType.Kind kind, boolean negated) {
        return false;
    }

    /**
     * The most values one list parameter of {@link #appendLargeIn} may hold; longer lists are split
     * over several.
     *
     * @return the limit
     */
    public int maxListParameterLength() {
        return Integer.MAX_VALUE;
    }

    /**
     * Binds the single parameter of {@link #appendLargeIn}.
     *
     * @param statement the statement
     * @param index the parameter index
     * @param kind the element kind
     * @param values the database values of the kind, none {@code null}
     * @throws SQLException if the driver fails
     */
    public void bindLargeIn(
            PreparedStatement statement, int index, SqlType.Kind kind, List<?> values)
            throws SQLException {
        // by default a JSON array as text, for databases that unpack it (JSON_TABLE, json_each)
        statement.setString(index, jsonArray(values));
    }

    /**
     * Whether a batch of inserts returns the generated key of every row.
     *
     * @return whether it does
     */
    public boolean supportsBatchGeneratedKeys() {
        return true;
    }

    /**
     * Whether a JDBC batch of updates reports each statement's row count (an optimistic lock needs
     * them); when not, versioned rows are updated one statement at a time.
     *
     * @return whether it does
     */
    public boolean batchReportsRowCounts() {
        return true;
    }

    /**
     * Removes bound values a driver copied into an error message (e.g. MariaDB's "Duplicate entry
     * 'x'"), so messages carry the SQL but never the values.
     *
     * @param message the driver's message
     * @return the message without values
     */
    public String redactMessage(String message) {
        return message;
    }

    /**
     * Writes values as a JSON array, for databases that unpack a list parameter from JSON.
     *
     * @param values strings, numbers or UUIDs
     * @return the JSON text
     */
    protected static String jsonArray(List<?> values) {
        StringBuilder sb = new StringBuilder(values.size() * 8 + 2).append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            Object v = values.get(i);
            if (v instanceof Number || v instanceof Boolean) {
                sb.append(v instanceof BigDecimal b ? b.toPlainString() : v.toString());
            } else {
                String s = v.toString();
                sb.append('"');
                for (int j = 0; j < s.length(); j++) {
                    char c = s.charAt(j);
                    if (c == '"' || c == '\\') {
                        sb.append('\\').append(c);
                    } else if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
                sb.append('"');
            }
        }
        return sb.append(']').toString();
    }

    // ---- DDL ---------------------------------------------------------------------------------

    /**
     * The column type and clause for an auto-incrementing key column of this type.
     *
     * @param type the column's type
     * @return e.g. {@code BIGINT GENERATED BY DEFAULT AS IDENTITY}
     */
    public String autoincrementType(SqlType<?> type) {
        return typeName(type) + " GENERATED BY DEFAULT AS IDENTITY";
    }

    /**
     * Whether {@code CREATE TABLE IF NOT EXISTS} and {@code DROP TABLE IF EXISTS} work.
     *
     * @return whether they do
     */
    public boolean supportsIfExists() {
        return true;
    }

    /**
     * The column definition of an auto-incrementing single-column primary key that must be declared
     * inline rather than as a table constraint, or {@code null} when the key is an ordinary {@code
     * PRIMARY KEY (...)} constraint (all but SQLite).
     *
     * @param type the column's type
     * @return e.g. {@code INTEGER PRIMARY KEY AUTOINCREMENT}, or {@code null}
     */
    public @Nullable String inlineAutoincrementKey(SqlType<?> type) {
        return null;
    }

    /**
     * Text appended after the closing parenthesis of {@code CREATE TABLE} (storage engine,
     * character set); empty by default.
     *
     * @return the options, starting with a space, or an empty string
     */
    public String tableOptions() {
        return "";
    }

    /**
     * Whether {@code ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY} and dropping a foreign key
     * work. Where they do not (SQLite), a foreign key may name a table that does not exist yet, so
     * tables that reference each other are created with all their keys inline.
     *
     * @return whether they do
     */
    public boolean supportsAlterForeignKeys() {
        return true;
    }

    /**
     * The statement dropping a foreign key constraint.
     *
     * @param quotedTable the quoted table name
     * @param quotedConstraint the quoted constraint name
     * @return the SQL
     */
    public String dropForeignKey(String quotedTable, String quotedConstraint) {
        return "ALTER TABLE " + quotedTable + " DROP CONSTRAINT " + quotedConstraint;
    }

    /**
     * Whether {@code ALTER TABLE ... DROP COLUMN} also drops the indexes on the column; where it
     * refuses instead (SQLite), Qlio drops the indexes it created first.
     *
     * @return whether it does
     */
    public boolean dropsIndexesWithColumn() {
        return true;
    }

    /**
     * The statement dropping an index.
     *
     * @param quotedTable the quoted name of the index's table
     * @param quotedIndex the quoted index name
     * @return the SQL
     */
    public String dropIndex(String quotedTable, String quotedIndex) {
        return "DROP INDEX " + quotedIndex;
    }

    /**
     * A generated name (constraint, index) made to fit {@link #maxIdentifierLength()}: returned as
     * is when it fits, else cut and suffixed with a hash of the whole name, so that distinct long
     * names stay distinct and the same name always gives the same result.
     *
     * @param name the wanted name
     * @return a name the database accepts
     */
    public String fitIdentifier(String name) {
        int max = maxIdentifierLength();
        if (identifierLength(name) <= max) {
            return name;
        }
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        String suffix = String.format(Locale.ROOT, "_%08x", crc.getValue());
        int end = name.length();
        String cut;
        do {
            end = name.offsetByCodePoints(end, -1);
            cut = name.substring(0, end) + suffix;
        } while (end > 0 && identifierLength(cut) > max);
        return cut;
    }

    @Override
    public String toString() {
        return name();
    }

    static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** A bare kind, to name array elements. */
    private record ArrayElement(SqlType.Kind kind) implements SqlType<Object> {
        @Override
        @SuppressWarnings("unchecked")
        public Class<Object> javaType() {
            return (Class<Object>) this.kind.javaType();
        }

        @Override
        public Object toDatabase(Object value) {
            return value;
        }

        @Override
        public Object fromDatabase(Object value) {
            return value;
        }

        @Override
        public boolean isStandard() {
            return true;
        }
    }
}
