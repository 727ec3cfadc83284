package dev.qlio.orm.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.zaxxer.hikari.HikariDataSource;
import dev.qlio.orm.Database;
import dev.qlio.orm.reliability.ReliabilityTables.FaultRow;
import dev.qlio.orm.session.Session;
import dev.qlio.orm.testing.DatabaseSuite;
import dev.qlio.orm.testing.TestDatabase;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The server kills the session's connection ({@code pg_terminate_backend} / {@code KILL}) at a
 * random point of a transaction: between statements, during one, before or after the commit. No
 * transaction is ever partly committed, the caller gets a resource-failure {@link
 * DataAccessException}, and the pool recovers with no connection left active.
 */
abstract class FaultInjectionSuite extends DatabaseSuite {

    private static final int STEPS = 4;

    private HikariDataSource pool;

    private Database db;

    private ScheduledExecutorService killer;

    FaultInjectionSuite(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void setUp() {
        this.pool =
                Pools.create(
                        this.database,
                        "fault",
                        2,
                        config -> {
                            config.setConnectionTimeout(5_000);
                            config.setValidationTimeout(1_000);
                        });
        this.database.dropTables("rel_fault");
        this.db = Database.connect(this.pool, ReliabilityTables.metadata(FaultRow.class));
        this.db.ddl().createAll();
        this.killer = Executors.newSingleThreadScheduledExecutor();
    }

    @AfterEach
    void tearDown() {
        if (this.killer != null) {
            this.killer.shutdownNow();
        }
        if (this.pool != null) {
            this.pool.close();
            this.database.dropTables("rel_fault");
        }
    }

    /** The server-side id of the session's connection. */
    abstract String backendIdSql();

    /** Kills a connection from another (the shared pool's) connection. */
    abstract void kill(JdbcTemplate admin, long backendId);

    /** A statement that runs about a second, to be killed while it runs. */
    abstract String slowSql();

    @Test
    void killedConnectionsNeverCommitPartlyAndThePoolRecovers() throws Exception {
        int transactions = Figures.size("faults.transactions", 100, 300);
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        JdbcTemplate admin = jdbc();
        Map<String, Integer> errors = new TreeMap<>();
        int faults = 0;
        int committed = 0;
        int aborted = 0;
        long started = System.nanoTime();
        for (int tx = 1; tx <= transactions; tx++) {
            // 0..STEPS-1: before that insert; STEPS: before commit; STEPS+1: after commit;
            // STEPS+2: while a statement runs
            int point = random.nextInt(STEPS + 3);
            boolean expectFailure = point != STEPS + 1;
            faults++;
            RuntimeException error = null;
            try (Session s = this.db.session()) {
                long backend = ((Number) s.fetch(backendIdSql()).get(0).get("pid")).longValue();
                for (int step = 0; step < STEPS; step++) {
                    if (step == point) {
                        kill(admin, backend);
                    }
                    FaultRow row = new FaultRow();
                    row.set(FaultRow.TX, tx);
                    row.set(FaultRow.STEP, step);
                    s.add(row);
                    if (point == STEPS + 2 && step == 1) {
                        this.killer.schedule(
                                () -> kill(admin, backend), 150, TimeUnit.MILLISECONDS);
                        s.fetch(slowSql());
                    }
                }
                if (point == STEPS) {
                    kill(admin, backend);
                }
                s.commit();
                if (point == STEPS + 1) {
                    kill(admin, backend);
                }
            } catch (RuntimeException ex) {
                error = ex;
            }
            long rows =
                    admin.queryForObject(
                            "SELECT COUNT(*) FROM "
                                    + quote("rel_fault")
                                    + " WHERE "
                                    + quote("tx")
                                    + " = ?",
                            Long.class,
                            tx);
            if (error == null) {
                committed++;
                assertThat(expectFailure)
                        .as("tx %d (point %d, seed %d) should have failed", tx, point, seed)
                        .isFalse();
                assertThat(rows).as("tx %d committed all its rows", tx).isEqualTo(STEPS);
            } else {
                aborted++;
                errors.merge(error.getClass().getSimpleName(), 1, Integer::sum);
                assertThat(rows)
                        .as("tx %d (point %d, seed %d): no partial commit", tx, point, seed)
                        .isZero();
                if (!(error instanceof DataAccessResourceFailureException)) {
                    fail("tx " + tx + " (point " + point + "): not a resource failure", error);
                }
            }
        }
        // the pool recovers: fresh transactions commit, nothing stays active. HikariCP validates
        // a connection on borrow only when it sat idle longer than its alive-bypass window
        // (500 ms): one killed just after the last commit would otherwise be handed out once
        // more before the pool sees it is dead
        Thread.sleep(600);
        for (int i = 0; i < 10; i++) {
            try (Session s = this.db.session()) {
                FaultRow row = new FaultRow();
                row.set(FaultRow.TX, -1);
                row.set(FaultRow.STEP, i);
                s.add(row);
                s.commit();
            }
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        int active = this.pool.getHikariPoolMXBean().getActiveConnections();
        Figures.report(
                "faults (connection killed)",
                this.database,
                "transactions=%d faults injected=%d committed=%d aborted=%d errors=%s"
                        + " partial commits=0 recovered=10/10 active connections=%d leaked"
                        + " sessions=%d in %d ms (seed %d)",
                transactions,
                faults,
                committed,
                aborted,
                errors,
                active,
                this.db.activeSessions(),
                millis,
                seed);
        assertThat(
                        admin.queryForObject(
                                "SELECT COUNT(*) FROM "
                                        + quote("rel_fault")
                                        + " WHERE "
                                        + quote("tx")
                                        + " = -1",
                                Long.class))
                .isEqualTo(10);
        assertThat(active).isZero();
        assertThat(this.db.activeSessions()).isZero();
    }
}
