package dev.qlio.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.qlio.benchmarks.model.AuthorRow;
import dev.qlio.benchmarks.model.BookRow;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * One database holding the {@link DataSet}, behind the HikariCP pool that every peer shares (same
 * pool settings and driver for all). H2 is a fresh in-memory database per fixture; PostgreSQL and
 * MariaDB keep the data in their own schema ({@code qlio_bench}) between runs, rebuilt when it does
 * not match {@link DataSet#VERSION}.
 *
 * <p>Benchmarked writes run in a transaction that is rolled back, so every invocation sees the same
 * data; the smoke test sets {@link #commitWrites} to read the writes back.
 */
public final class Fixture implements AutoCloseable {

    /** Connections in the pool (fixed size). */
    public static final int POOL_SIZE = 4;

    /** Rows per round trip when streaming, for every peer. */
    public static final int FETCH_SIZE = 500;

    /** Rows per JDBC batch, for every peer that batches. */
    public static final int BATCH_SIZE = 1000;

    private static final AtomicInteger H2_NAMES = new AtomicInteger();

    private final DatabaseKind kind;

    private final HikariDataSource dataSource;

    private boolean commitWrites;

    private Fixture(DatabaseKind kind, HikariDataSource dataSource) {
        this.kind = kind;
        this.dataSource = dataSource;
    }

    /**
     * Opens the pool and makes sure the data set is in place.
     *
     * @param kind the database
     * @return the fixture
     */
    public static Fixture open(DatabaseKind kind) {
        String url =
                kind == DatabaseKind.H2
                        ? String.format(
                                kind.url,
                                "qlio_bench_"
                                        + ProcessHandle.current().pid()
                                        + "_"
                                        + H2_NAMES.incrementAndGet())
                        : kind.url;
        try {
            prepareContainer(kind);
        } catch (SQLException ex) {
            throw new IllegalStateException(
                    "Cannot reach " + kind.id() + " for the benchmarks at " + kind.url, ex);
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("bench-" + kind.id());
        config.setJdbcUrl(url);
        config.setUsername(kind.user);
        config.setPassword(kind.password);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(POOL_SIZE);
        config.setAutoCommit(true);
        Fixture fixture = new Fixture(kind, new HikariDataSource(config));
        try {
            fixture.ensureData();
        } catch (SQLException ex) {
            fixture.close();
            throw new IllegalStateException("Cannot set up the data set on " + kind.id(), ex);
        }
        return fixture;
    }

    /** The schema (PostgreSQL) or database (MariaDB) the data lives in, created if missing. */
    private static void prepareContainer(DatabaseKind kind) throws SQLException {
        String sql;
        String adminUrl;
        switch (kind) {
            case POSTGRESQL -> {
                adminUrl = "jdbc:postgresql://127.0.0.1:5432/test?connectTimeout=3";
                sql = "CREATE SCHEMA IF NOT EXISTS qlio_bench";
            }
            case MARIADB -> {
                adminUrl = "jdbc:mariadb://127.0.0.1:3306/test?connectTimeout=3000";
                sql = "CREATE DATABASE IF NOT EXISTS qlio_bench";
            }
            default -> {
                return;
            }
        }
        try (Connection c = DriverManager.getConnection(adminUrl, kind.user, kind.password);
                Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private void ensureData() throws SQLException {
        try (Connection c = this.dataSource.getConnection()) {
            if (this.kind != DatabaseKind.H2 && isCurrent(c)) {
                return;
            }
            try (Statement st = c.createStatement()) {
                for (String table : new String[] {"bench_meta", "book", "author"}) {
                    st.execute("DROP TABLE IF EXISTS " + table);
                }
                for (String ddl : this.kind.schema()) {
                    st.execute(ddl);
                }
            }
            seed(c);
            try (Statement st = c.createStatement()) {
                for (String sql : this.kind.afterSeed()) {
                    st.execute(sql);
                }
                st.execute("INSERT INTO bench_meta (version) VALUES (" + DataSet.VERSION + ")");
            }
        }
    }

    private static boolean isCurrent(Connection c) {
        try (Statement st = c.createStatement();
                ResultSet rs =
                        st.executeQuery(
                                "SELECT (SELECT MAX(version) FROM bench_meta),"
                                        + " (SELECT COUNT(*) FROM author),"
                                        + " (SELECT COUNT(*) FROM book)")) {
            rs.next();
            return rs.getInt(1) == DataSet.VERSION
                    && rs.getLong(2) == DataSet.AUTHORS
                    && rs.getLong(3) == DataSet.BOOKS;
        } catch (SQLException ex) {
            return false;
        }
    }

    private static void seed(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try {
            try (PreparedStatement ps =
                    c.prepareStatement(
                            "INSERT INTO author (id, name, email, born, rating, active,"
                                    + " created_at, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (long i = 1; i <= DataSet.AUTHORS; i++) {
                    AuthorRow a = DataSet.author(i);
                    ps.setLong(1, a.id());
                    ps.setString(2, a.name());
                    ps.setString(3, a.email());
                    ps.setDate(4, Date.valueOf(a.born()));
                    ps.setDouble(5, a.rating());
                    ps.setBoolean(6, a.active());
                    ps.setTimestamp(7, Timestamp.valueOf(a.createdAt()));
                    ps.setInt(8, a.score());
                    ps.addBatch();
                    if (i % 2000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps =
                    c.prepareStatement(
                            "INSERT INTO book (id, author_id, title, pages, published)"
                                    + " VALUES (?, ?, ?, ?, ?)")) {
                for (long j = 1; j <= DataSet.BOOKS; j++) {
                    BookRow b = DataSet.book(j);
                    ps.setLong(1, b.id());
                    ps.setLong(2, b.authorId());
                    ps.setString(3, b.title());
                    ps.setInt(4, b.pages());
                    ps.setDate(5, Date.valueOf(b.published()));
                    ps.addBatch();
                    if (j % 5000 == 0) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** The database. */
    public DatabaseKind kind() {
        return this.kind;
    }

    /** The shared pool. */
    public DataSource dataSource() {
        return this.dataSource;
    }

    /** Whether benchmarked writes commit (smoke test) instead of rolling back (benchmarks). */
    public boolean commitWrites() {
        return this.commitWrites;
    }

    /** Makes benchmarked writes commit, so a test can read them back. */
    public void setCommitWrites(boolean commitWrites) {
        this.commitWrites = commitWrites;
    }

    /** Ends a write transaction on a plain connection: commit or roll back, per the fixture. */
    public void finish(Connection c) throws SQLException {
        if (this.commitWrites) {
            c.commit();
        } else {
            c.rollback();
        }
    }

    @Override
    public void close() {
        this.dataSource.close();
    }
}
