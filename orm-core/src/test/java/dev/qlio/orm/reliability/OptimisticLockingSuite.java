package dev.qlio.orm.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qlio.orm.Database;
import dev.qlio.orm.reliability.ReliabilityTables.Counter;
import dev.qlio.orm.reliability.ReliabilityTables.PlainCounter;
import dev.qlio.orm.retry.RetryListener;
import dev.qlio.orm.retry.TransactionRetry;
import dev.qlio.orm.session.Session;
import dev.qlio.orm.testing.DatabaseSuite;
import dev.qlio.orm.testing.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Versioned rows lose no update: stale writes are refused, and concurrent read-modify-write
 * increments with retry end exactly at the number of commits. Without the version column the same
 * interleaving loses an update, which shows the test can fail.
 */
abstract class OptimisticLockingSuite extends DatabaseSuite {

    private static final String[] TABLES = {"rel_counter", "rel_plain_counter"};

    Database db;

    OptimisticLockingSuite(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void createTables() {
        this.database.dropTables(TABLES);
        this.db =
                Database.connect(
                        dataSource(),
                        ReliabilityTables.metadata(Counter.class, PlainCounter.class));
        this.db.ddl().createAll();
    }

    @AfterEach
    void dropTables() {
        this.database.dropTables(TABLES);
    }

    private void insertCounters(int n) {
        try (Session s = this.db.session()) {
            List<Counter> rows = new ArrayList<>();
            for (long id = 1; id <= n; id++) {
                Counter c = new Counter();
                c.set(Counter.ID, id);
                c.set(Counter.HITS, 0L);
                rows.add(c);
            }
            s.addAll(rows);
            s.commit();
        }
    }

    private Counter load(Session s, long id) {
        return s.select(Counter.class).where(Counter.ID.eq(id)).first().orElseThrow();
    }

    @Test
    void staleUpdateAndRemoveThrowNamingTableAndKey() {
        insertCounters(1);
        try (Session a = this.db.session();
                Session b = this.db.session()) {
            Counter mine = load(a, 1);
            a.commit();
            Counter theirs = load(b, 1);
            theirs.set(Counter.HITS, 5L);
            b.add(theirs);
            b.commit();
            assertThat(theirs.get(Counter.VERSION)).isEqualTo(1L);

            mine.set(Counter.HITS, 7L);
            assertThatThrownBy(() -> a.add(mine))
                    .isInstanceOf(OptimisticLockingFailureException.class)
                    .hasMessageContaining("rel_counter")
                    .hasMessageContaining("1")
                    .hasMessageContaining("version 0");
            a.rollback();
            assertThatThrownBy(() -> a.remove(mine))
                    .isInstanceOf(OptimisticLockingFailureException.class)
                    .hasMessageContaining("rel_counter");
            a.rollback();
        }
        assertThat(hits(1)).isEqualTo(5L);
        assertThat(version(1)).isEqualTo(1L);
    }

    @Test
    void batchedUpdatesCheckEveryVersion() {
        insertCounters(3);
        List<Counter> mine;
        try (Session s = this.db.session()) {
            mine = s.select(Counter.class).orderBy(Counter.ID.asc()).all();
        }
        this.jdbc()
                .update(
                        "UPDATE "
                                + quote("rel_counter")
                                + " SET "
                                + quote("version")
                                + " = "
                                + quote("version")
                                + " + 1 WHERE "
                                + quote("id")
                                + " = 2");
        for (Counter c : mine) {
            c.set(Counter.HITS, 9L);
        }
        try (Session s = this.db.session()) {
            assertThatThrownBy(() -> s.addAll(mine))
                    .isInstanceOf(OptimisticLockingFailureException.class)
                    .hasMessageContaining("rel_counter")
                    .hasMessageContaining("2");
        }
        // rolled back as a whole: no row took the batch's value
        assertThat(
                        this.jdbc()
                                .queryForList(
                                        "SELECT " + quote("hits") + " FROM " + quote("rel_counter"),
                                        Long.class))
                .containsOnly(0L);
    }

    @Test
    void concurrentIncrementsOfVersionedRowsLoseNothing() throws Exception {
        int threads = Figures.size("lost-updates.threads", 16, 16);
        int increments = Figures.size("lost-updates.increments", 200, 2000);
        int rows = 4;
        insertCounters(rows);
        LongAdder attempts = new LongAdder();
        LongAdder retries = new LongAdder();
        AtomicLong exhausted = new AtomicLong();
        TransactionRetry retry =
                TransactionRetry.builder()
                        .maxAttempts(1_000)
                        .initialBackoff(Duration.ofMillis(1))
                        .maxBackoff(Duration.ofMillis(20))
                        .retryOptimisticLocking(true)
                        // SQLite refuses a second writer with SQLITE_BUSY: retryable too
                        .retryOn(e -> String.valueOf(e.getMessage()).contains("SQLITE_BUSY"))
                        .listener(
                                new RetryListener() {
                                    @Override
                                    public void onRetry(int attempt, Throwable error, Duration b) {
                                        retries.increment();
                                    }

                                    @Override
                                    public void onFailure(int n, Throwable error, boolean r) {
                                        exhausted.incrementAndGet();
                                    }
                                })
                        .build();
        Map<Long, LongAdder> commits = new ConcurrentHashMap<>();
        long seed = new Random().nextLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Random random = new Random(seed + t);
                futures.add(
                        pool.submit(
                                () -> {
                                    for (int i = 0; i < increments; i++) {
                                        long id = 1 + random.nextInt(rows);
                                        retry.runInTransaction(
                                                this.db,
                                                s -> {
                                                    attempts.increment();
                                                    Counter c = load(s, id);
                                                    c.set(Counter.HITS, c.get(Counter.HITS) + 1);
                                                    s.add(c);
                                                });
                                        commits.computeIfAbsent(id, k -> new LongAdder())
                                                .increment();
                                    }
                                    return null;
                                }));
            }
            for (Future<?> f : futures) {
                f.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        long committed = commits.values().stream().mapToLong(LongAdder::sum).sum();
        long stored = 0;
        long lost = 0;
        for (long id = 1; id <= rows; id++) {
            long expected = commits.getOrDefault(id, new LongAdder()).sum();
            long hits = hits(id);
            stored += hits;
            lost += expected - hits;
            assertThat(hits).as("row %d (seed %d)", id, seed).isEqualTo(expected);
            assertThat(version(id)).as("version of row %d", id).isEqualTo(expected);
        }
        Figures.report(
                "lost updates (versioned, retry)",
                this.database,
                "threads=%d increments=%d commits=%d attempts=%d retries=%d exhausted=%d"
                        + " final=%d lost updates=%d in %d ms (seed %d)",
                threads,
                threads * increments,
                committed,
                attempts.sum(),
                retries.sum(),
                exhausted.get(),
                stored,
                lost,
                millis,
                seed);
        assertThat(committed).isEqualTo((long) threads * increments);
        assertThat(exhausted).hasValue(0);
        assertThat(lost).isZero();
        assertThat(this.db.activeSessions()).isZero();
    }

    @Test
    void withoutAVersionColumnTheSameInterleavingLosesAnUpdate() throws Exception {
        try (Session s = this.db.session()) {
            PlainCounter p = new PlainCounter();
            p.set(PlainCounter.ID, 1L);
            p.set(PlainCounter.HITS, 0L);
            s.add(p);
            s.commit();
        }
        insertCounters(1);
        // two read-modify-write increments that both read before either writes
        int plainCommits = interleave(PlainCounter.class);
        int versionedCommits = interleave(Counter.class);
        long plain =
                this.jdbc()
                        .queryForObject(
                                "SELECT " + quote("hits") + " FROM " + quote("rel_plain_counter"),
                                Long.class);
        Figures.report(
                "lost update demonstration",
                this.database,
                "unversioned: commits=%d final=%d lost updates=%d; versioned: commits=%d"
                        + " final=%d lost updates=%d",
                plainCommits,
                plain,
                plainCommits - plain,
                versionedCommits,
                hits(1),
                versionedCommits - hits(1));
        assertThat(versionedCommits).as("the version check refuses the stale writer").isEqualTo(1);
        assertThat(hits(1)).isEqualTo(1L);
        assertThat(plainCommits).isEqualTo(2);
        assertThat(plain).as("without a version column one update is lost").isEqualTo(1L);
    }

    /** Two threads read the counter, meet at a barrier, then each writes read+1 and commits. */
    private <T extends dev.qlio.orm.schema.Table> int interleave(Class<T> table) throws Exception {
        boolean versioned = table == Counter.class;
        CyclicBarrier bothRead = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int delay = t * 200;
                results.add(
                        pool.submit(
                                () -> {
                                    try (Session s = this.db.session()) {
                                        long hits;
                                        dev.qlio.orm.schema.Table row;
                                        if (versioned) {
                                            Counter c = load(s, 1);
                                            hits = c.get(Counter.HITS);
                                            c.set(Counter.HITS, hits + 1);
                                            row = c;
                                        } else {
                                            PlainCounter c =
                                                    s.select(PlainCounter.class)
                                                            .where(PlainCounter.ID.eq(1L))
                                                            .first()
                                                            .orElseThrow();
                                            hits = c.get(PlainCounter.HITS);
                                            c.set(PlainCounter.HITS, hits + 1);
                                            row = c;
                                        }
                                        // end the read transaction so no snapshot or lock rules
                                        s.commit();
                                        bothRead.await(10, TimeUnit.SECONDS);
                                        Thread.sleep(delay);
                                        s.add(row);
                                        s.commit();
                                        return true;
                                    } catch (RuntimeException ex) {
                                        return false;
                                    }
                                }));
            }
            int commits = 0;
            for (Future<Boolean> f : results) {
                commits += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            return commits;
        } finally {
            pool.shutdownNow();
        }
    }

    private long hits(long id) {
        return this.jdbc()
                .queryForObject(
                        "SELECT "
                                + quote("hits")
                                + " FROM "
                                + quote("rel_counter")
                                + " WHERE "
                                + quote("id")
                                + " = ?",
                        Long.class,
                        id);
    }

    private long version(long id) {
        return this.jdbc()
                .queryForObject(
                        "SELECT "
                                + quote("version")
                                + " FROM "
                                + quote("rel_counter")
                                + " WHERE "
                                + quote("id")
                                + " = ?",
                        Long.class,
                        id);
    }
}
