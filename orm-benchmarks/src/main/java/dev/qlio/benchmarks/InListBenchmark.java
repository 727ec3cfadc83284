package dev.qlio.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.qlio.orm.Database;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;
import dev.qlio.orm.session.Session;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code in} with 1,000, 10,000 and 100,000 values against a 200,000-row table, every value
 * matching one row, through Qlio ({@code where(column.in(values)).all()}) and beside it
 * hand-written JDBC doing the fastest form measured per database by hand: PostgreSQL {@code =
 * ANY(?)} with a typed array, MariaDB one {@code IN (?, ...)} list, H2 a join on {@code TABLE(v
 * TYPE = ?)}. Two value lists alternate, so no database answers from a cached result. Its own
 * table, {@code qlio_in_bench} ({@code id} BIGINT key, {@code code} VARCHAR indexed), created on
 * first use; servers as in {@link DatabaseKind}, or {@code -Dqlio.bench.in.<db>.url=...}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 2)
@State(Scope.Benchmark)
public class InListBenchmark {

    /** Rows in the table. */
    static final int ROWS = 200_000;

    /** The database. */
    @Param({"h2", "postgresql", "mariadb"})
    public String db;

    /** {@code bigint} (the key) or {@code varchar} (an indexed column). */
    @Param({"bigint", "varchar"})
    public String type;

    /** Values in the list. */
    @Param({"1000", "10000", "100000"})
    public int size;

    /** {@code qlio} or {@code jdbcBest}. */
    @Param({"jdbcBest", "qlio"})
    public String peer;

    private HikariDataSource dataSource;

    private Database database;

    private final List<List<Object>> lists = new ArrayList<>();

    private int turn;

    /** The table, as Qlio sees it. */
    @TableName("qlio_in_bench")
    public static class InBench extends Table {
        /** The key. */
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();

        /** An indexed text column (declared so: H2 joins a long list only on an indexed column). */
        public static final Column<String> CODE = column(SqlType.varchar(40)).notNull().index();
    }

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        DatabaseKind kind = DatabaseKind.of(this.db);
        String url =
                System.getProperty(
                        "qlio.bench.in." + kind.id() + ".url", kind.url.formatted("qlio_in_bench"));
        HikariConfig config = new HikariConfig();
        config.setPoolName("in-bench-" + kind.id());
        config.setJdbcUrl(url);
        config.setUsername(kind.user);
        config.setPassword(kind.password);
        config.setMaximumPoolSize(2);
        this.dataSource = new HikariDataSource(config);
        seed();
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(InBench.class);
        metadata.setupTables();
        this.database = Database.connect(this.dataSource, metadata);
        for (int offset = 0; offset < 2; offset++) {
            List<Object> values = new ArrayList<>(this.size);
            for (long i = 0; i < this.size; i++) {
                long id = 1 + (i * 2 + offset) % ROWS;
                values.add("bigint".equals(this.type) ? (Object) id : code(id));
            }
            this.lists.add(values);
        }
        // both peers find every row a list names, or the comparison means nothing
        for (List<Object> values : this.lists) {
            int qlio = qlio(values);
            int jdbc = jdbcBest(values);
            if (qlio != this.size || jdbc != this.size) {
                throw new IllegalStateException(
                        "rows found for " + this.size + " values: qlio " + qlio + ", jdbc " + jdbc);
            }
        }
    }

    static String code(long id) {
        return "code-" + id;
    }

    private void seed() throws SQLException {
        try (Connection c = this.dataSource.getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM qlio_in_bench")) {
                rs.next();
                if (rs.getLong(1) == ROWS) {
                    return;
                }
                s.execute("DROP TABLE qlio_in_bench");
            } catch (SQLException absent) {
                // created below
            }
            // on MariaDB in the collation Qlio creates its tables with (and compares lists in)
            s.execute(
                    "CREATE TABLE qlio_in_bench (id BIGINT PRIMARY KEY, code VARCHAR(40) NOT NULL)"
                            + (DatabaseKind.of(this.db) == DatabaseKind.MARIADB
                                    ? " DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin"
                                    : ""));
            s.execute("CREATE INDEX qlio_in_bench_code ON qlio_in_bench (code)");
            c.setAutoCommit(false);
            try (PreparedStatement ps =
                    c.prepareStatement("INSERT INTO qlio_in_bench (id, code) VALUES (?, ?)")) {
                for (long id = 1; id <= ROWS; id++) {
                    ps.setLong(1, id);
                    ps.setString(2, code(id));
                    ps.addBatch();
                    if (id % 5_000 == 0) {
                        ps.executeBatch();
                    }
                }
            }
            c.commit();
            c.setAutoCommit(true);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        this.dataSource.close();
    }

    /**
     * The rows of one {@code in} list.
     *
     * @return how many rows matched
     */
    @Benchmark
    public int in() throws SQLException {
        List<Object> values = this.lists.get(this.turn++ & 1);
        return "qlio".equals(this.peer) ? qlio(values) : jdbcBest(values);
    }

    @SuppressWarnings("unchecked")
    int qlio(List<Object> values) {
        try (Session s = this.database.session()) {
            return "bigint".equals(this.type)
                    ? s.select(InBench.class)
                            .where(InBench.ID.in((List<Long>) (List<?>) values))
                            .all()
                            .size()
                    : s.select(InBench.class)
                            .where(InBench.CODE.in((List<String>) (List<?>) values))
                            .all()
                            .size();
        }
    }

    int jdbcBest(List<Object> values) throws SQLException {
        String column = "bigint".equals(this.type) ? "id" : "code";
        String select = "SELECT t.id, t.code FROM qlio_in_bench t";
        try (Connection c = this.dataSource.getConnection()) {
            PreparedStatement ps;
            switch (DatabaseKind.of(this.db)) {
                case POSTGRESQL -> {
                    ps = c.prepareStatement(select + " WHERE t." + column + " = ANY(?)");
                    ps.setArray(
                            1,
                            c.createArrayOf(
                                    "bigint".equals(this.type) ? "int8" : "text",
                                    values.toArray()));
                }
                case MARIADB -> {
                    ps =
                            c.prepareStatement(
                                    select
                                            + " WHERE t."
                                            + column
                                            + " IN (?"
                                            + ", ?".repeat(values.size() - 1)
                                            + ")");
                    for (int i = 0; i < values.size(); i++) {
                        ps.setObject(i + 1, values.get(i));
                    }
                }
                default -> {
                    // H2 checks = ANY(?) per row by scanning the array; a join probes the index.
                    // Typed TABLE(...) (an untyped UNNEST(?) of Object[] under UNION matches no
                    // row), arrays of at most 65,536 elements, UNION ALL as the values are distinct
                    String sqlType = "bigint".equals(this.type) ? "BIGINT" : "CHARACTER VARYING";
                    int parts = (values.size() + 65_535) / 65_536;
                    ps =
                            c.prepareStatement(
                                    select
                                            + " JOIN ("
                                            + String.join(
                                                    " UNION ALL ",
                                                    java.util.Collections.nCopies(
                                                            parts,
                                                            "SELECT v FROM TABLE(v "
                                                                    + sqlType
                                                                    + " = ?)"))
                                            + ") u ON t."
                                            + column
                                            + " = u.v");
                    for (int p = 0; p < parts; p++) {
                        ps.setObject(
                                p + 1,
                                values.subList(
                                                p * 65_536,
                                                Math.min(values.size(), (p + 1) * 65_536))
                                        .toArray());
                    }
                }
            }
            try (ps;
                    ResultSet rs = ps.executeQuery()) {
                int n = 0;
                while (rs.next()) {
                    rs.getLong(1);
                    rs.getString(2);
                    n++;
                }
                return n;
            }
        }
    }
}
