package dev.qlio.orm.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qlio.orm.retry.RetryListener;
import dev.qlio.orm.retry.RetryableErrors;
import dev.qlio.orm.retry.TransactionRetry;
import dev.qlio.orm.session.UnitOfWorkFailedException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** {@link TransactionRetry} and {@link RetryableErrors} without a database. */
class TransactionRetryTest {

    private static UncategorizedSQLException sql(String state, int code) {
        return new UncategorizedSQLException(
                "task", "UPDATE t SET x = ?", new SQLException("boom", state, code));
    }

    @Test
    void serializationFailuresAndDeadlocksAreTransient() {
        assertThat(RetryableErrors.isTransient(sql("40001", 0))).isTrue();
        assertThat(RetryableErrors.isTransient(sql("40P01", 0))).isTrue();
        assertThat(RetryableErrors.isTransient(sql("40001", 1213))).isTrue();
        assertThat(RetryableErrors.isTransient(sql(null, 1213))).isTrue();
        assertThat(RetryableErrors.isTransient(new CannotAcquireLockException("lock"))).isTrue();
        assertThat(RetryableErrors.isTransient(new PessimisticLockingFailureException("x")))
                .isTrue();
        // chained behind a batch failure
        BatchUpdateException batch = new BatchUpdateException("batch", "HY000", 0, new int[0]);
        batch.setNextException(new SQLException("deadlock", "40P01"));
        assertThat(RetryableErrors.isTransient(new RuntimeException(batch))).isTrue();
    }

    @Test
    void auroraDsqlConflictsAreTransient() {
        SQLException data =
                new SQLException(
                        "ERROR: change conflicts with another transaction, please retry: (OC000)",
                        "XX000");
        SQLException schema =
                new SQLException(
                        "schema has been updated by another transaction (OC001)", (String) null);
        assertThat(RetryableErrors.isTransient(new UncategorizedSQLException("t", "x", data)))
                .isTrue();
        assertThat(RetryableErrors.isTransient(new UncategorizedSQLException("t", "x", schema)))
                .isTrue();
        assertThat(RetryableErrors.isTransient(new SQLException("conflict", "OC000"))).isTrue();
        assertThat(RetryableErrors.isTransient(new SQLException("OC0001 rows", "XX000"))).isFalse();
    }

    @Test
    void unitOfWorkDoomedByATransientFailureIsRetried() {
        // the work caught the serialization failure and went on; its commit was refused
        UnitOfWorkFailedException doomed =
                new UnitOfWorkFailedException("rolled back", sql("40001", 0));
        assertThat(RetryableErrors.isTransient(doomed)).isTrue();
        assertThat(TransactionRetry.of(3).isRetryable(doomed)).isTrue();
        assertThat(
                        TransactionRetry.of(3)
                                .isRetryable(
                                        new UnitOfWorkFailedException(
                                                "rolled back", sql("23505", 0))))
                .isFalse();
    }

    @Test
    void ambiguousAndPermanentErrorsAreNotTransient() {
        assertThat(RetryableErrors.isTransient(sql("08006", 0))).as("lost connection").isFalse();
        assertThat(RetryableErrors.isTransient(sql("40003", 0)))
                .as("CockroachDB statement completion unknown")
                .isFalse();
        assertThat(RetryableErrors.isTransient(sql("23505", 0))).isFalse();
        assertThat(RetryableErrors.isTransient(sql("HY000", 1213)))
                .as("1213 outside SQLSTATE class 40 is some other vendor's code")
                .isFalse();
        assertThat(RetryableErrors.isTransient(new DataAccessResourceFailureException("x")))
                .isFalse();
        assertThat(RetryableErrors.isTransient(new OptimisticLockingFailureException("x")))
                .isFalse();
        assertThat(RetryableErrors.isTransient(null)).isFalse();
        RuntimeException cyclic = new RuntimeException("a");
        RuntimeException other = new RuntimeException("b", cyclic);
        cyclic.initCause(other);
        assertThat(RetryableErrors.isTransient(cyclic)).isFalse();
    }

    @Test
    void retriesTransientErrorsUntilSuccess() {
        AtomicInteger calls = new AtomicInteger();
        Recorder recorder = new Recorder();
        TransactionRetry retry =
                TransactionRetry.builder()
                        .maxAttempts(5)
                        .initialBackoff(Duration.ofMillis(1))
                        .maxBackoff(Duration.ofMillis(4))
                        .listener(recorder)
                        .build();
        String result =
                retry.withRetry(
                        () -> {
                            if (calls.incrementAndGet() < 4) {
                                throw sql("40001", 0);
                            }
                            return "done";
                        });
        assertThat(result).isEqualTo("done");
        assertThat(calls).hasValue(4);
        assertThat(recorder.retries).containsExactly(1, 2, 3);
        assertThat(recorder.successes).containsExactly(4);
        // equal jitter: half of the exponential step is fixed, half random, capped at max
        assertThat(recorder.backoffs.get(0))
                .isBetween(Duration.ofNanos(500_000), Duration.ofMillis(1));
        assertThat(recorder.backoffs.get(1)).isBetween(Duration.ofMillis(1), Duration.ofMillis(2));
        assertThat(recorder.backoffs.get(2)).isBetween(Duration.ofMillis(2), Duration.ofMillis(4));
    }

    @Test
    void attemptsAreBoundedAndTheLastErrorIsRethrown() {
        AtomicInteger calls = new AtomicInteger();
        Recorder recorder = new Recorder();
        TransactionRetry retry =
                TransactionRetry.builder()
                        .maxAttempts(3)
                        .initialBackoff(Duration.ZERO)
                        .maxBackoff(Duration.ZERO)
                        .listener(recorder)
                        .build();
        assertThatThrownBy(
                        () ->
                                retry.runWithRetry(
                                        () -> {
                                            throw sql("40P01", calls.incrementAndGet());
                                        }))
                .isInstanceOf(UncategorizedSQLException.class)
                .satisfies(
                        e -> assertThat(((SQLException) e.getCause()).getErrorCode()).isEqualTo(3));
        assertThat(calls).hasValue(3);
        assertThat(recorder.failures).containsExactly("3:true");
    }

    @Test
    void permanentErrorsAreNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        Recorder recorder = new Recorder();
        TransactionRetry retry =
                TransactionRetry.builder().maxAttempts(5).listener(recorder).build();
        assertThatThrownBy(
                        () ->
                                retry.runWithRetry(
                                        () -> {
                                            calls.incrementAndGet();
                                            throw new DataIntegrityViolationException("dup");
                                        }))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(calls).hasValue(1);
        assertThat(recorder.failures).containsExactly("1:false");
    }

    @Test
    void optimisticLockingFailuresAreRetriedOnlyWhenAskedTo() {
        AtomicInteger calls = new AtomicInteger();
        Runnable stale =
                () -> {
                    if (calls.incrementAndGet() == 1) {
                        throw new OptimisticLockingFailureException("stale");
                    }
                };
        assertThatThrownBy(() -> TransactionRetry.of(3).runWithRetry(stale))
                .isInstanceOf(OptimisticLockingFailureException.class);
        calls.set(0);
        TransactionRetry.builder()
                .maxAttempts(3)
                .initialBackoff(Duration.ZERO)
                .maxBackoff(Duration.ZERO)
                .retryOptimisticLocking(true)
                .build()
                .runWithRetry(stale);
        assertThat(calls).hasValue(2);
    }

    @Test
    void insideASpringTransactionMakesOneAttemptAndLeavesTheErrorToItsOwner() {
        AtomicInteger calls = new AtomicInteger();
        TransactionSynchronizationManager.setActualTransactionActive(true);
        try {
            assertThatThrownBy(
                            () ->
                                    TransactionRetry.of(5)
                                            .runWithRetry(
                                                    () -> {
                                                        calls.incrementAndGet();
                                                        throw sql("40001", 0);
                                                    }))
                    .isInstanceOf(UncategorizedSQLException.class);
        } finally {
            TransactionSynchronizationManager.setActualTransactionActive(false);
        }
        assertThat(calls).hasValue(1);
    }

    @Test
    void interruptStopsRetryingAndKeepsTheFlag() {
        TransactionRetry retry =
                TransactionRetry.builder()
                        .maxAttempts(5)
                        .initialBackoff(Duration.ofSeconds(10))
                        .maxBackoff(Duration.ofSeconds(10))
                        .build();
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(
                            () ->
                                    retry.runWithRetry(
                                            () -> {
                                                throw sql("40001", 0);
                                            }))
                    .isInstanceOf(UncategorizedSQLException.class)
                    .satisfies(e -> assertThat(e.getSuppressed()).hasSize(1));
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void badSettingsAreRefusedWithTheirValue() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TransactionRetry.builder().maxAttempts(0))
                .withMessageContaining("got 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TransactionRetry.builder().initialBackoff(Duration.ofMillis(-1)));
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () ->
                                TransactionRetry.builder()
                                        .initialBackoff(Duration.ofSeconds(2))
                                        .maxBackoff(Duration.ofSeconds(1))
                                        .build())
                .withMessageContaining("maxBackoff");
    }

    /** Records what the retry reports. */
    static final class Recorder implements RetryListener {
        final List<Integer> retries = new CopyOnWriteArrayList<>();
        final List<Duration> backoffs = new CopyOnWriteArrayList<>();
        final List<Integer> successes = new CopyOnWriteArrayList<>();
        final List<String> failures = new CopyOnWriteArrayList<>();

        @Override
        public void onRetry(int attempt, Throwable error, Duration backoff) {
            this.retries.add(attempt);
            this.backoffs.add(backoff);
        }

        @Override
        public void onSuccess(int attempts) {
            this.successes.add(attempts);
        }

        @Override
        public void onFailure(int attempts, Throwable error, boolean retryable) {
            this.failures.add(attempts + ":" + retryable);
        }
    }
}
