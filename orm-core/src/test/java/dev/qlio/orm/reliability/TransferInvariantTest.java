package dev.qlio.orm.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.qlio.orm.Database;
import dev.qlio.orm.reliability.ReliabilityTables.Account;
import dev.qlio.orm.reliability.ReliabilityTables.Transfer;
import dev.qlio.orm.retry.RetryListener;
import dev.qlio.orm.retry.TransactionRetry;
import dev.qlio.orm.session.Session;
import dev.qlio.orm.testing.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Transfers between accounts under SERIALIZABLE on PostgreSQL, with {@link TransactionRetry}: the
 * total never changes, every transfer commits or fails cleanly, and the ledger explains every
 * balance. The accounts have no version column: serialization failures (40001) and deadlocks
 * (40P01) are what the retry absorbs.
 */
class TransferInvariantTest {

    private static final TestDatabase DB = TestDatabase.POSTGRESQL;

    private static final int ACCOUNTS = 20;

    private static final long INITIAL = 1_000;

    private HikariDataSource pool;

    private Database db;

    @BeforeEach
    void setUp() {
        int threads = Figures.size("transfers.threads", 8, 8);
        this.pool =
                Pools.create(
                        DB,
                        "transfer",
                        threads + 1,
                        config -> config.setTransactionIsolation("TRANSACTION_SERIALIZABLE"));
        DB.dropTables("rel_transfer", "rel_account");
        this.db =
                Database.connect(
                        this.pool, ReliabilityTables.metadata(Account.class, Transfer.class));
        this.db.ddl().createAll();
        try (Session s = this.db.session()) {
            List<Account> accounts = new ArrayList<>();
            for (long id = 1; id <= ACCOUNTS; id++) {
                Account a = new Account();
                a.set(Account.ID, id);
                a.set(Account.BALANCE, INITIAL);
                accounts.add(a);
            }
            s.addAll(accounts);
            s.commit();
        }
    }

    @AfterEach
    void tearDown() {
        if (this.pool != null) {
            DB.dropTables("rel_transfer", "rel_account");
            this.pool.close();
        }
    }

    @Test
    void totalBalanceNeverChangesAndEveryTransferCommitsOrFailsCleanly() throws Exception {
        int threads = Figures.size("transfers.threads", 8, 8);
        int transfers = Figures.size("transfers.per-thread", 500, 5_000);
        LongAdder attempts = new LongAdder();
        LongAdder serializationRetries = new LongAdder();
        LongAdder committed = new LongAdder();
        LongAdder refused = new LongAdder();
        LongAdder failed = new LongAdder();
        Map<String, LongAdder> errors = new ConcurrentHashMap<>();
        TransactionRetry retry =
                TransactionRetry.builder()
                        .maxAttempts(100)
                        .initialBackoff(Duration.ofMillis(1))
                        .maxBackoff(Duration.ofMillis(50))
                        .listener(
                                new RetryListener() {
                                    @Override
                                    public void onRetry(int attempt, Throwable error, Duration b) {
                                        serializationRetries.increment();
                                        errors.computeIfAbsent(
                                                        error.getClass().getSimpleName(),
                                                        k -> new LongAdder())
                                                .increment();
                                    }
                                })
                        .build();
        long seed = new Random().nextLong();
        AtomicBoolean running = new AtomicBoolean(true);
        LongAdder checks = new LongAdder();
        List<Long> badTotals = new java.util.concurrent.CopyOnWriteArrayList<>();
        ExecutorService executor = Executors.newFixedThreadPool(threads + 1);
        long started = System.nanoTime();
        try {
            // a reader checks the invariant while transfers run (a consistent snapshot each time)
            Future<?> checker =
                    executor.submit(
                            () -> {
                                while (running.get()) {
                                    long total =
                                            retry.inTransaction(
                                                    this.db,
                                                    s ->
                                                            ((Number)
                                                                            s.fetch(
                                                                                            "SELECT SUM(balance) AS t FROM rel_account")
                                                                                    .get(0)
                                                                                    .get("t"))
                                                                    .longValue());
                                    checks.increment();
                                    if (total != ACCOUNTS * INITIAL) {
                                        badTotals.add(total);
                                    }
                                    Thread.sleep(5);
                                }
                                return null;
                            });
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Random random = new Random(seed + t);
                workers.add(
                        executor.submit(
                                () -> {
                                    for (int i = 0; i < transfers; i++) {
                                        long from = 1 + random.nextInt(ACCOUNTS);
                                        long to =
                                                1
                                                        + (from + random.nextInt(ACCOUNTS - 1))
                                                                % ACCOUNTS;
                                        long amount = 1 + random.nextInt(300);
                                        try {
                                            boolean done =
                                                    retry.inTransaction(
                                                            this.db,
                                                            s -> {
                                                                attempts.increment();
                                                                return transfer(
                                                                        s, from, to, amount);
                                                            });
                                            (done ? committed : refused).increment();
                                        } catch (RuntimeException ex) {
                                            failed.increment();
                                            errors.computeIfAbsent(
                                                            "failed "
                                                                    + ex.getClass().getSimpleName(),
                                                            k -> new LongAdder())
                                                    .increment();
                                        }
                                    }
                                    return null;
                                }));
            }
            for (Future<?> f : workers) {
                f.get(10, TimeUnit.MINUTES);
            }
            running.set(false);
            checker.get(1, TimeUnit.MINUTES);
        } finally {
            running.set(false);
            executor.shutdownNow();
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        JdbcTemplate jdbc = new JdbcTemplate(this.pool);
        long total = jdbc.queryForObject("SELECT SUM(balance) FROM rel_account", Long.class);
        long ledgerRows = jdbc.queryForObject("SELECT COUNT(*) FROM rel_transfer", Long.class);
        Figures.report(
                "transfer invariant (SERIALIZABLE, retry)",
                DB,
                "threads=%d transfers=%d committed=%d refused(insufficient funds)=%d failed=%d"
                        + " attempts=%d retries=%d %s invariant checks=%d total=%d (expected %d)"
                        + " in %d ms (seed %d)",
                threads,
                threads * transfers,
                committed.sum(),
                refused.sum(),
                failed.sum(),
                attempts.sum(),
                serializationRetries.sum(),
                errors,
                checks.sum(),
                total,
                ACCOUNTS * INITIAL,
                millis,
                seed);
        assertThat(badTotals).as("totals seen while transfers ran").isEmpty();
        assertThat(total).isEqualTo(ACCOUNTS * INITIAL);
        assertThat(failed.sum()).as("transfers that gave up (seed %d)", seed).isZero();
        assertThat(committed.sum() + refused.sum()).isEqualTo((long) threads * transfers);
        assertThat(ledgerRows)
                .as("one ledger row per committed transfer")
                .isEqualTo(committed.sum());
        // every balance is the initial one plus what the ledger says came in, minus what went out
        List<Map<String, Object>> mismatches =
                jdbc.queryForList(
                        "SELECT a.id FROM rel_account a WHERE a.balance <> "
                                + INITIAL
                                + " + COALESCE((SELECT SUM(amount) FROM rel_transfer WHERE target = a.id), 0)"
                                + " - COALESCE((SELECT SUM(amount) FROM rel_transfer WHERE source = a.id), 0)");
        assertThat(mismatches).isEmpty();
        assertThat(jdbc.queryForObject("SELECT MIN(balance) FROM rel_account", Long.class))
                .isNotNegative();
        assertThat(this.pool.getHikariPoolMXBean().getActiveConnections()).isZero();
    }

    /** Moves money when the source has enough; returns whether it did. */
    private static boolean transfer(Session s, long from, long to, long amount) {
        Account source = s.select(Account.class).where(Account.ID.eq(from)).first().orElseThrow();
        Account target = s.select(Account.class).where(Account.ID.eq(to)).first().orElseThrow();
        if (source.get(Account.BALANCE) < amount) {
            return false;
        }
        source.set(Account.BALANCE, source.get(Account.BALANCE) - amount);
        target.set(Account.BALANCE, target.get(Account.BALANCE) + amount);
        s.add(source);
        s.add(target);
        Transfer t = new Transfer();
        t.set(Transfer.SOURCE, from);
        t.set(Transfer.TARGET, to);
        t.set(Transfer.AMOUNT, amount);
        s.add(t);
        return true;
    }
}
