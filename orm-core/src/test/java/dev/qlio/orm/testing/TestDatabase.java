package dev.qlio.orm.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.qlio.orm.dialect.Dialect;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One of the four real databases every suite runs against, with a pooled {@link DataSource}
 * (HikariCP, 4 connections, created once per JVM and shared by all tests).
 *
 * <h2>Connection settings</h2>
 *
 * Each setting is read from a system property, then an environment variable, then a default:
 *
 * <table>
 *   <caption>settings</caption>
 *   <tr><th>database</th><th>property / variable</th><th>default</th></tr>
 *   <tr><td>H2</td><td>{@code qlio.test.h2.url} / {@code QLIO_TEST_H2_URL}</td>
 *       <td>{@code jdbc:h2:mem:qlio_test;DB_CLOSE_DELAY=-1}</td></tr>
 *   <tr><td>PostgreSQL</td><td>{@code qlio.test.pg.url} / {@code QLIO_TEST_PG_URL},
 *       {@code qlio.test.pg.user} / {@code QLIO_TEST_PG_USER},
 *       {@code qlio.test.pg.password} / {@code QLIO_TEST_PG_PASSWORD}</td>
 *       <td>{@code jdbc:postgresql://127.0.0.1:5432/test?currentSchema=public}, {@code postgres},
 *       empty</td></tr>
 *   <tr><td>MariaDB</td><td>{@code qlio.test.mariadb.url} / {@code QLIO_TEST_MARIADB_URL},
 *       {@code ..._USER}, {@code ..._PASSWORD}</td>
 *       <td>{@code jdbc:mariadb://127.0.0.1:3306/test}, {@code root}, empty</td></tr>
 *   <tr><td>SQLite</td><td>{@code qlio.test.sqlite.url} / {@code QLIO_TEST_SQLITE_URL}</td>
 *       <td>a new temporary file, deleted when the JVM exits</td></tr>
 * </table>
 *
 * <h2>Skipped or required</h2>
 *
 * A server that cannot be reached makes {@link #assumeAvailable()} <em>skip</em> the test, with a
 * message saying how to start it. A database named in {@code QLIO_TEST_REQUIRE} (or property {@code
 * qlio.test.require}; comma-separated {@code h2,postgresql,mariadb,sqlite}, or {@code all}) is
 * required: then the test <em>fails</em> instead. CI sets {@code
 * QLIO_TEST_REQUIRE=postgresql,mariadb}.
 *
 * <h2>Isolation</h2>
 *
 * H2 and SQLite are private to the JVM. The PostgreSQL and MariaDB {@code test} databases are
 * shared with other builds on the machine: give a suite's tables names no other suite uses, and
 * drop them before each test ({@link #dropTables}).
 *
 * @see DatabaseSuite
 */
public enum TestDatabase {

    /** H2 2.x in memory. */
    H2(
            "h2",
            Dialect.H2,
            "jdbc:h2:mem:qlio_test;DB_CLOSE_DELAY=-1",
            "sa",
            "",
            "H2 runs in memory and should always be available"),

    /** PostgreSQL, schema {@code public} of database {@code test}. */
    POSTGRESQL(
            "pg",
            Dialect.POSTGRESQL,
            "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=public&connectTimeout=3",
            "postgres",
            "",
            "start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start"
                    + " (needs database 'test', user 'postgres', trust auth), or point"
                    + " QLIO_TEST_PG_URL/_USER/_PASSWORD at a server"),

    /** MariaDB (or MySQL), database {@code test} in utf8mb4. */
    MARIADB(
            "mariadb",
            Dialect.MARIADB,
            "jdbc:mariadb://127.0.0.1:3306/test?connectTimeout=3000",
            "root",
            "",
            "start it with: start-stop-daemon --start --oknodo --background --exec"
                    + " /usr/sbin/mariadbd (needs database 'test', user 'root' without password),"
                    + " or point QLIO_TEST_MARIADB_URL/_USER/_PASSWORD at a server"),

    /** SQLite in a temporary file, foreign keys enforced. */
    SQLITE("sqlite", Dialect.SQLITE, null, "", "", "sqlite-jdbc embeds SQLite");

    private static final Map<TestDatabase, Object> POOLS = new ConcurrentHashMap<>();

    private final String key;

    private final Dialect dialect;

    private final String defaultUrl;

    private final String defaultUser;

    private final String defaultPassword;

    private final String howToStart;

    TestDatabase(
            String key,
            Dialect dialect,
            String defaultUrl,
            String defaultUser,
            String defaultPassword,
            String howToStart) {
        this.key = key;
        this.dialect = dialect;
        this.defaultUrl = defaultUrl;
        this.defaultUser = defaultUser;
        this.defaultPassword = defaultPassword;
        this.howToStart = howToStart;
    }

    /**
     * The name used in {@code QLIO_TEST_REQUIRE} and messages: {@code h2}, {@code postgresql},
     * {@code mariadb}, {@code sqlite}.
     *
     * @return the name
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The dialect Qlio uses for this database.
     *
     * @return the dialect
     */
    public Dialect dialect() {
        return this.dialect;
    }

    /**
     * The JDBC URL in use.
     *
     * @return the URL
     */
    public String url() {
        if (this == SQLITE) {
            String configured = setting("url", null);
            return configured != null ? configured : SqliteFile.URL;
        }
        return setting("url", this.defaultUrl);
    }

    /**
     * Whether the database is reachable (tried once per JVM).
     *
     * @return whether it is
     */
    public boolean isAvailable() {
        return pool() instanceof DataSource;
    }

    /**
     * Whether {@code QLIO_TEST_REQUIRE} names this database.
     *
     * @return whether it is required
     */
    public boolean isRequired() {
        String value = System.getProperty("qlio.test.require");
        if (value == null || value.isBlank()) {
            value = System.getenv("QLIO_TEST_REQUIRE");
        }
        // Maven passes "${env.QLIO_TEST_REQUIRE}" through unresolved when the variable is unset
        if (value == null || value.startsWith("${")) {
            return false;
        }
        Set<String> names = new LinkedHashSet<>();
        for (String name : value.split(",")) {
            names.add(name.trim().toLowerCase(Locale.ROOT));
        }
        return names.contains("all")
                || names.contains(id())
                || (this == POSTGRESQL && names.contains("postgres"));
    }

    /**
     * Skips the calling test when the database is unreachable, or fails it when the database is
     * required.
     */
    public void assumeAvailable() {
        Object pool = pool();
        if (pool instanceof DataSource) {
            return;
        }
        String message =
                this.id() + " is not reachable at " + url() + " (" + pool + "); " + this.howToStart;
        if (isRequired()) {
            Assertions.fail(message + " [required by QLIO_TEST_REQUIRE]");
        }
        Assumptions.abort(message);
    }

    /**
     * The shared pool (after {@link #assumeAvailable()}).
     *
     * @return the data source
     */
    public DataSource dataSource() {
        assumeAvailable();
        return (DataSource) pool();
    }

    /**
     * A {@link JdbcTemplate} over {@link #dataSource()}, to read results back independently of
     * Qlio.
     *
     * @return a new template
     */
    public JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource());
    }

    /**
     * Quotes an identifier as this database needs ({@code "x"}, or {@code `x`} on MariaDB).
     *
     * @param identifier the raw name
     * @return the quoted name
     */
    public String quote(String identifier) {
        return this.dialect.identifiers().quote(identifier);
    }

    /**
     * Drops tables if they exist, ignoring foreign keys that point at them (children first is not
     * required).
     *
     * @param tables raw (unquoted) table names
     */
    public void dropTables(String... tables) {
        List<String> names = Arrays.asList(tables);
        try (Connection c = dataSource().getConnection();
                Statement s = c.createStatement()) {
            switch (this) {
                case POSTGRESQL, H2 -> {
                    for (String t : names) {
                        s.execute("DROP TABLE IF EXISTS " + quote(t) + " CASCADE");
                    }
                }
                case MARIADB -> {
                    s.execute("SET FOREIGN_KEY_CHECKS = 0");
                    try {
                        for (String t : names) {
                            s.execute("DROP TABLE IF EXISTS " + quote(t));
                        }
                    } finally {
                        s.execute("SET FOREIGN_KEY_CHECKS = 1");
                    }
                }
                case SQLITE -> {
                    s.execute("PRAGMA foreign_keys = OFF");
                    try {
                        for (String t : names) {
                            s.execute("DROP TABLE IF EXISTS " + quote(t));
                        }
                    } finally {
                        s.execute("PRAGMA foreign_keys = ON");
                    }
                }
            }
        } catch (SQLException ex) {
            throw new IllegalStateException("Cannot drop " + names + " on " + id(), ex);
        }
    }

    /**
     * Deletes every row of the given tables (in order: children first).
     *
     * @param tables raw table names
     */
    public void deleteAll(String... tables) {
        JdbcTemplate jdbc = jdbc();
        for (String t : tables) {
            jdbc.update("DELETE FROM " + quote(t));
        }
    }

    /**
     * Whether a table exists, through JDBC metadata.
     *
     * @param table the raw table name
     * @return whether it exists
     */
    public boolean tableExists(String table) {
        return withMetaData(
                md -> {
                    try (ResultSet rs =
                            md.getTables(catalog(md), schema(), escape(md, table), null)) {
                        while (rs.next()) {
                            if (table.equals(rs.getString("TABLE_NAME"))) {
                                return true;
                            }
                        }
                        return false;
                    }
                });
    }

    /**
     * The columns of a table through JDBC metadata, in ordinal order.
     *
     * @param table the raw table name
     * @return column name to its description; empty when the table does not exist
     */
    public Map<String, ColumnInfo> columns(String table) {
        return withMetaData(
                md -> {
                    Map<String, ColumnInfo> columns = new LinkedHashMap<>();
                    try (ResultSet rs =
                            md.getColumns(catalog(md), schema(), escape(md, table), null)) {
                        while (rs.next()) {
                            if (!table.equals(rs.getString("TABLE_NAME"))) {
                                continue;
                            }
                            String name = rs.getString("COLUMN_NAME");
                            columns.put(
                                    name,
                                    new ColumnInfo(
                                            name,
                                            rs.getString("TYPE_NAME"),
                                            rs.getInt("COLUMN_SIZE"),
                                            rs.getInt("NULLABLE")
                                                    != DatabaseMetaData.columnNoNulls));
                        }
                    }
                    return columns;
                });
    }

    /**
     * The indexes of a table through {@link DatabaseMetaData#getIndexInfo}.
     *
     * @param table the raw table name
     * @return the indexes (including those backing primary keys and unique constraints)
     */
    public List<IndexInfo> indexes(String table) {
        return withMetaData(
                md -> {
                    Map<String, IndexInfo> indexes = new LinkedHashMap<>();
                    try (ResultSet rs =
                            md.getIndexInfo(catalog(md), schema(), table, false, false)) {
                        while (rs.next()) {
                            String name = rs.getString("INDEX_NAME");
                            String column = rs.getString("COLUMN_NAME");
                            if (name == null || column == null) {
                                continue;
                            }
                            boolean unique = !rs.getBoolean("NON_UNIQUE");
                            IndexInfo previous = indexes.get(name);
                            List<String> cols = new ArrayList<>();
                            if (previous != null) {
                                cols.addAll(previous.columns());
                            }
                            cols.add(column);
                            indexes.put(name, new IndexInfo(name, unique, List.copyOf(cols)));
                        }
                    }
                    return List.copyOf(indexes.values());
                });
    }

    /**
     * The foreign keys of a table through {@link DatabaseMetaData#getImportedKeys}.
     *
     * @param table the raw table name
     * @return one entry per referencing column
     */
    public List<ForeignKeyInfo> importedKeys(String table) {
        return withMetaData(
                md -> {
                    List<ForeignKeyInfo> keys = new ArrayList<>();
                    try (ResultSet rs = md.getImportedKeys(catalog(md), schema(), table)) {
                        while (rs.next()) {
                            keys.add(
                                    new ForeignKeyInfo(
                                            rs.getString("FKCOLUMN_NAME"),
                                            rs.getString("PKTABLE_NAME"),
                                            rs.getString("PKCOLUMN_NAME")));
                        }
                    }
                    return keys;
                });
    }

    /**
     * The primary key columns of a table, in key order.
     *
     * @param table the raw table name
     * @return the column names
     */
    public List<String> primaryKey(String table) {
        return withMetaData(
                md -> {
                    Map<Integer, String> columns = new java.util.TreeMap<>();
                    try (ResultSet rs = md.getPrimaryKeys(catalog(md), schema(), table)) {
                        while (rs.next()) {
                            columns.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
                        }
                    }
                    return List.copyOf(columns.values());
                });
    }

    @Override
    public String toString() {
        return id();
    }

    // ---- internals ---------------------------------------------------------------------------

    private @org.jspecify.annotations.Nullable String catalog(DatabaseMetaData md)
            throws SQLException {
        // MariaDB's driver reports databases as catalogs; elsewhere the connection's default
        return this == MARIADB ? md.getConnection().getCatalog() : null;
    }

    private @org.jspecify.annotations.Nullable String schema() {
        return switch (this) {
            case POSTGRESQL -> RUN_NAMESPACE;
            case H2 -> "PUBLIC";
            default -> null;
        };
    }

    private static String escape(DatabaseMetaData md, String pattern) throws SQLException {
        String escape = md.getSearchStringEscape();
        if (escape == null || escape.isEmpty()) {
            return pattern;
        }
        return pattern.replace(escape, escape + escape)
                .replace("_", escape + "_")
                .replace("%", escape + "%");
    }

    private <R> R withMetaData(MetaDataCallback<R> callback) {
        try (Connection c = dataSource().getConnection()) {
            return callback.apply(c.getMetaData());
        } catch (SQLException ex) {
            throw new IllegalStateException("Cannot read JDBC metadata of " + id(), ex);
        }
    }

    @FunctionalInterface
    private interface MetaDataCallback<R> {
        R apply(DatabaseMetaData md) throws SQLException;
    }

    private String setting(String name, String fallback) {
        String value = System.getProperty("qlio.test." + this.key + "." + name);
        if (value == null || value.isBlank()) {
            value =
                    System.getenv(
                            "QLIO_TEST_"
                                    + this.key.toUpperCase(Locale.ROOT)
                                    + "_"
                                    + name.toUpperCase(Locale.ROOT));
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    /**
     * The PostgreSQL schema and MariaDB database this JVM's tests work in, so that several builds
     * on one server (developers' worktrees, CI) never drop each other's tables. Dropped at exit.
     */
    static final String RUN_NAMESPACE = "qlio_run_" + ProcessHandle.current().pid();

    /** The pool, or a String saying why there is none. */
    private Object pool() {
        return POOLS.computeIfAbsent(this, TestDatabase::connect);
    }

    private Object connect() {
        HikariConfig config = new HikariConfig();
        config.setPoolName("qlio-test-" + id());
        config.setJdbcUrl(url());
        config.setUsername(setting("user", this.defaultUser));
        config.setPassword(setting("password", this.defaultPassword));
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(5_000);
        // fail at construction when the server is down, so the test can be skipped
        config.setInitializationFailTimeout(1);
        if (this == POSTGRESQL) {
            config.setSchema(RUN_NAMESPACE);
        }
        if (this == MARIADB) {
            config.setCatalog(RUN_NAMESPACE);
        }
        if (this == SQLITE) {
            // foreign keys are off by default in SQLite; wait for the write lock instead of failing
            config.addDataSourceProperty("foreign_keys", "true");
            config.addDataSourceProperty("busy_timeout", "10000");
        }
        try {
            if (this == MARIADB) {
                createNamespace(
                        "CREATE DATABASE IF NOT EXISTS `"
                                + RUN_NAMESPACE
                                + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
            }
            if (this == POSTGRESQL) {
                createNamespace("CREATE SCHEMA IF NOT EXISTS \"" + RUN_NAMESPACE + "\"");
            }
            HikariDataSource ds = new HikariDataSource(config);
            String drop =
                    switch (this) {
                        case POSTGRESQL ->
                                "DROP SCHEMA IF EXISTS \"" + RUN_NAMESPACE + "\" CASCADE";
                        case MARIADB -> "DROP DATABASE IF EXISTS `" + RUN_NAMESPACE + "`";
                        default -> null;
                    };
            Runtime.getRuntime()
                    .addShutdownHook(
                            new Thread(
                                    () -> {
                                        if (drop != null) {
                                            try (Connection c = ds.getConnection();
                                                    Statement st = c.createStatement()) {
                                                st.execute(drop);
                                            } catch (SQLException | RuntimeException ex) {
                                                // best effort: a later run with this pid drops its
                                                // tables anyway
                                            }
                                        }
                                        ds.close();
                                    }));
            if (this == MARIADB) {
                ensureUtf8mb4(ds);
            }
            return ds;
        } catch (RuntimeException ex) {
            Throwable cause = ex;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            return cause.getClass().getSimpleName() + ": " + cause.getMessage();
        }
    }

    /** Creates this run's schema or database through a plain connection to the configured URL. */
    private void createNamespace(String sql) {
        try (Connection c =
                        java.sql.DriverManager.getConnection(
                                url(),
                                setting("user", this.defaultUser),
                                setting("password", this.defaultPassword));
                Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException ex) {
            throw new IllegalStateException(
                    "Cannot create " + RUN_NAMESPACE + " on " + id() + ": " + ex.getMessage(), ex);
        }
    }

    /** Qlio's MariaDB tables are utf8mb4 anyway; the database default matters for ad-hoc tables. */
    private static void ensureUtf8mb4(DataSource ds) {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT DATABASE(), @@character_set_database")) {
            rs.next();
            String db = rs.getString(1);
            String charset = rs.getString(2);
            if (db != null && !"utf8mb4".equalsIgnoreCase(charset)) {
                s.execute(
                        "ALTER DATABASE `"
                                + db.replace("`", "``")
                                + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
            }
        } catch (SQLException ex) {
            throw new IllegalStateException("Cannot check the MariaDB test database's charset", ex);
        }
    }

    /** The temporary SQLite file, created on first use. */
    private static final class SqliteFile {
        static final String URL;

        static {
            try {
                File file = Files.createTempFile("qlio-test-", ".sqlite").toFile();
                file.deleteOnExit();
                // WAL: readers and a writer do not block each other, as users run SQLite
                URL =
                        "jdbc:sqlite:"
                                + file.getAbsolutePath()
                                + "?journal_mode=WAL&busy_timeout=10000";
            } catch (IOException ex) {
                throw new ExceptionInInitializerError(ex);
            }
        }
    }

    /**
     * A column as JDBC metadata describes it.
     *
     * @param name the name
     * @param typeName the database's type name ({@code TYPE_NAME})
     * @param size {@code COLUMN_SIZE}
     * @param nullable whether it accepts NULL
     */
    public record ColumnInfo(String name, String typeName, int size, boolean nullable) {}

    /**
     * An index as JDBC metadata describes it.
     *
     * @param name the index name
     * @param unique whether it is unique
     * @param columns its columns in order
     */
    public record IndexInfo(String name, boolean unique, List<String> columns) {}

    /**
     * One referencing column of a foreign key.
     *
     * @param column the referencing column
     * @param targetTable the referenced table
     * @param targetColumn the referenced column
     */
    public record ForeignKeyInfo(String column, String targetTable, String targetColumn) {}
}
