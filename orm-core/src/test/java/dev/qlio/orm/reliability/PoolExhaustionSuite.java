package dev.qlio.orm.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.qlio.orm.Database;
import dev.qlio.orm.reliability.ReliabilityTables.Canary;
import dev.qlio.orm.session.Session;
import dev.qlio.orm.testing.DatabaseSuite;
import dev.qlio.orm.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * A pool of 4 and 32 threads that want sessions: the threads that get none receive a clear timeout
 * error within the configured time (plus the larger of 50% and 500 ms), never a hang; once the
 * sessions are closed every thread gets one again.
 */
abstract class PoolExhaustionSuite extends DatabaseSuite {

    private static final int POOL = 4;

    private static final long TIMEOUT_MS = 1_000;

    private HikariDataSource pool;

    private Database db;

    PoolExhaustionSuite(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void setUp() {
        this.pool =
                Pools.create(
                        this.database,
                        "exhaustion",
                        POOL,
                        config -> {
                            config.setConnectionTimeout(TIMEOUT_MS);
                            config.setMinimumIdle(POOL);
                        });
        // the holders must get their connections at once: on a loaded host, opening four
        // connections one after another can take longer than the 1 s timeout under test
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (this.pool.getHikariPoolMXBean().getIdleConnections() < POOL
                && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        this.db = Database.connect(this.pool, ReliabilityTables.metadata(Canary.class));
    }

    @AfterEach
    void tearDown() {
        if (this.pool != null) {
            this.pool.close();
        }
    }

    @Test
    void callersTimeOutClearlyWhileThePoolIsExhaustedAndRecoverAfterwards() throws Exception {
        int threads = 32;
        long tolerance = Math.max(TIMEOUT_MS / 2, 500);
        CountDownLatch holding = new CountDownLatch(POOL);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        List<Long> waits = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        try {
            // the first 4 take every connection and hold their sessions
            List<Future<?>> holders = new ArrayList<>();
            for (int i = 0; i < POOL; i++) {
                holders.add(
                        executor.submit(
                                () -> {
                                    try (Session s = this.db.session()) {
                                        s.fetch("SELECT 1 AS one");
                                        holding.countDown();
                                        release.await(30, TimeUnit.SECONDS);
                                    }
                                    return null;
                                }));
            }
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
            List<Future<?>> waiters = new ArrayList<>();
            for (int i = POOL; i < threads; i++) {
                waiters.add(
                        executor.submit(
                                () -> {
                                    long start = System.nanoTime();
                                    try (Session s = this.db.session()) {
                                        errors.add(new AssertionError("got a session"));
                                    } catch (RuntimeException ex) {
                                        waits.add(
                                                TimeUnit.NANOSECONDS.toMillis(
                                                        System.nanoTime() - start));
                                        errors.add(ex);
                                    }
                                    return null;
                                }));
            }
            for (Future<?> f : waiters) {
                f.get(TIMEOUT_MS + tolerance + 10_000, TimeUnit.MILLISECONDS);
            }
            release.countDown();
            for (Future<?> f : holders) {
                f.get(10, TimeUnit.SECONDS);
            }
            assertThat(errors).hasSize(threads - POOL);
            for (Throwable error : errors) {
                assertThat(error)
                        .isInstanceOf(CannotGetJdbcConnectionException.class)
                        .rootCause()
                        .hasMessageContaining("timed out after");
            }
            long max = waits.stream().mapToLong(Long::longValue).max().orElseThrow();
            long min = waits.stream().mapToLong(Long::longValue).min().orElseThrow();
            assertThat(max).isLessThanOrEqualTo(TIMEOUT_MS + tolerance);
            assertThat(min).isGreaterThanOrEqualTo(TIMEOUT_MS - 50);

            // recovery: every thread now runs short transactions without error
            long started = System.nanoTime();
            List<Future<Integer>> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(
                        executor.submit(
                                () -> {
                                    int done = 0;
                                    for (int j = 0; j < 10; j++) {
                                        try (Session s = this.db.session()) {
                                            s.fetch("SELECT 1 AS one");
                                            s.commit();
                                            done++;
                                        }
                                    }
                                    return done;
                                }));
            }
            int done = 0;
            for (Future<Integer> f : workers) {
                done += f.get(30, TimeUnit.SECONDS);
            }
            long recoveryMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            int active = this.pool.getHikariPoolMXBean().getActiveConnections();
            Figures.report(
                    "pool exhaustion",
                    this.database,
                    "pool=%d threads=%d timeouts=%d wait=%d..%d ms (timeout %d ms, limit %d ms);"
                            + " after release %d/%d transactions in %d ms; active connections=%d"
                            + " leaked sessions=%d",
                    POOL,
                    threads,
                    errors.size(),
                    min,
                    max,
                    TIMEOUT_MS,
                    TIMEOUT_MS + tolerance,
                    done,
                    threads * 10,
                    recoveryMs,
                    active,
                    this.db.activeSessions());
            assertThat(done).isEqualTo(threads * 10);
            assertThat(active).isZero();
            assertThat(this.db.activeSessions()).isZero();
        } finally {
            release.countDown();
            executor.shutdownNow();
        }
    }
}
