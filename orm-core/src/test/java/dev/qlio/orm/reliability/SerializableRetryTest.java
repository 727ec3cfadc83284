package dev.qlio.orm.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.qlio.orm.Database;
import dev.qlio.orm.observation.MetricsListener;
import dev.qlio.orm.reliability.ReliabilityTables.Account;
import dev.qlio.orm.retry.RetryListener;
import dev.qlio.orm.retry.RetryableErrors;
import dev.qlio.orm.retry.TransactionRetry;
import dev.qlio.orm.session.Session;
import dev.qlio.orm.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link TransactionRetry} (on Spring's {@code RetryTemplate}) on PostgreSQL under SERIALIZABLE,
 * with serialization failures injected: a concurrent transaction commits a change to the row an
 * attempt has read, so the attempt's update fails with SQLSTATE 40001. Shows the attempts made,
 * that each attempt reads fresh rows, the outcome metrics, and that a unit of work joining a Spring
 * transaction never retries alone: the transaction's owner runs the whole transaction again.
 */
class SerializableRetryTest {

    private static final TestDatabase DB = TestDatabase.POSTGRESQL;

    private HikariDataSource pool;

    private Database db;

    private final List<String> events = new CopyOnWriteArrayList<>();

    private final List<String> outcomes = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() {
        this.pool =
                Pools.create(
                        DB,
                        "serializable",
                        3,
                        config -> config.setTransactionIsolation("TRANSACTION_SERIALIZABLE"));
        DB.dropTables("rel_account");
        this.db =
                Database.builder(this.pool, ReliabilityTables.metadata(Account.class))
                        .metricsListener(
                                new MetricsListener() {
                                    @Override
                                    public void retrySucceeded(int attempts) {
                                        SerializableRetryTest.this.outcomes.add(
                                                "succeeded after " + attempts);
                                    }

                                    @Override
                                    public void retriesExhausted(int attempts, Throwable cause) {
                                        SerializableRetryTest.this.outcomes.add(
                                                "exhausted after " + attempts);
                                    }
                                })
                        .build();
        this.db.ddl().createAll();
        try (Session s = this.db.session()) {
            Account a = new Account();
            a.set(Account.ID, 1L);
            a.set(Account.BALANCE, 1_000L);
            s.add(a);
            s.commit();
        }
    }

    @AfterEach
    void tearDown() {
        if (this.pool != null) {
            DB.dropTables("rel_account");
            this.pool.close();
        }
    }

    private TransactionRetry retry(int maxAttempts) {
        return TransactionRetry.builder()
                .maxAttempts(maxAttempts)
                .initialBackoff(Duration.ofMillis(1))
                .maxBackoff(Duration.ofMillis(5))
                .listener(recording())
                .metricsOf(this.db)
                .build();
    }

    @Test
    void injectedConflictsAreRetriedFromFreshRowsUntilAnAttemptCommits() throws SQLException {
        AtomicInteger attempts = new AtomicInteger();
        List<Long> seen = new CopyOnWriteArrayList<>();
        retry(5).runInTransaction(
                        this.db,
                        s -> {
                            int attempt = attempts.incrementAndGet();
                            Account a = account(s);
                            seen.add(a.get(Account.BALANCE));
                            if (attempt <= 2) {
                                concurrentDeposit(100);
                            }
                            a.set(Account.BALANCE, a.get(Account.BALANCE) + 1);
                            s.add(a);
                        });
        assertThat(attempts).hasValue(3);
        // every attempt read the row as the last committed transaction left it
        assertThat(seen).containsExactly(1_000L, 1_100L, 1_200L);
        assertThat(balance()).isEqualTo(1_201L);
        assertThat(this.events).containsExactly("retry after 1", "retry after 2", "success in 3");
        assertThat(this.outcomes).containsExactly("succeeded after 3");
        Figures.report(
                "serializable retry",
                DB.id(),
                "conflicts injected=2 attempts=%d balances seen=%s events=%s outcome=%s",
                attempts.get(),
                seen,
                this.events,
                this.outcomes);
    }

    @Test
    void attemptsAreBoundedAndTheSerializationFailureReachesTheCaller() throws SQLException {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(
                        () ->
                                retry(3).runInTransaction(
                                                this.db,
                                                s -> {
                                                    attempts.incrementAndGet();
                                                    Account a = account(s);
                                                    concurrentDeposit(100);
                                                    a.set(Account.BALANCE, 0L);
                                                    s.add(a);
                                                }))
                .satisfies(e -> assertThat(RetryableErrors.isTransient(e)).isTrue());
        assertThat(attempts).hasValue(3);
        // only the concurrent deposits committed
        assertThat(balance()).isEqualTo(1_300L);
        assertThat(this.events)
                .containsExactly("retry after 1", "retry after 2", "failure after 3 (retryable)");
        assertThat(this.outcomes).containsExactly("exhausted after 3");
        Figures.report(
                "serializable retry, every attempt conflicting",
                DB.id(),
                "attempts=%d events=%s outcome=%s",
                attempts.get(),
                this.events,
                this.outcomes);
    }

    @Test
    void aJoinedUnitOfWorkNeverRetriesAloneItsTransactionIsRetriedWhole() throws SQLException {
        TransactionRetry retry = retry(4);
        TransactionTemplate transactions =
                new TransactionTemplate(new DataSourceTransactionManager(this.pool));
        AtomicInteger outer = new AtomicInteger();
        AtomicInteger inner = new AtomicInteger();
        retry.runWithRetry(
                () ->
                        transactions.executeWithoutResult(
                                status -> {
                                    int attempt = outer.incrementAndGet();
                                    retry.runInTransaction(
                                            this.db,
                                            s -> {
                                                inner.incrementAndGet();
                                                Account a = account(s);
                                                if (attempt == 1) {
                                                    concurrentDeposit(100);
                                                }
                                                a.set(Account.BALANCE, a.get(Account.BALANCE) + 1);
                                                s.add(a);
                                            });
                                }));
        assertThat(outer).hasValue(2);
        // one attempt of the joined unit of work per attempt of the transaction that owns it
        assertThat(inner).hasValue(2);
        assertThat(balance()).isEqualTo(1_101L);
        assertThat(this.events)
                .containsExactly(
                        "failure after 1 (retryable)", // the joined unit of work gave up at once
                        "retry after 1", // the owner ran the whole transaction again
                        "success in 1",
                        "success in 2");
        assertThat(this.outcomes).containsExactly("succeeded after 2");
        Figures.report(
                "serializable retry, joined unit of work",
                DB.id(),
                "transaction attempts=%d joined attempts=%d events=%s outcome=%s",
                outer.get(),
                inner.get(),
                this.events,
                this.outcomes);
    }

    private static Account account(Session s) {
        return s.select(Account.class).where(Account.ID.eq(1L)).first().orElseThrow();
    }

    /** Commits a deposit on another connection: the conflict an attempt then runs into. */
    private void concurrentDeposit(long amount) {
        try (Connection c = this.pool.getConnection();
                PreparedStatement ps =
                        c.prepareStatement(
                                "UPDATE rel_account SET balance = balance + ? WHERE id = 1")) {
            c.setAutoCommit(true);
            ps.setLong(1, amount);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        } catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private long balance() throws SQLException {
        try (Connection c = this.pool.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("SELECT balance FROM rel_account WHERE id = 1");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private RetryListener recording() {
        return new RetryListener() {
            @Override
            public void onRetry(int attempt, Throwable error, Duration backoff) {
                assertThat(RetryableErrors.isTransient(error)).isTrue();
                SerializableRetryTest.this.events.add("retry after " + attempt);
            }

            @Override
            public void onSuccess(int attempts) {
                SerializableRetryTest.this.events.add("success in " + attempts);
            }

            @Override
            public void onFailure(int attempts, Throwable error, boolean retryable) {
                SerializableRetryTest.this.events.add(
                        "failure after " + attempts + (retryable ? " (retryable)" : ""));
            }
        };
    }
}
