package dev.qlio.orm.retry;

import dev.qlio.orm.Database;
import dev.qlio.orm.session.Session;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs a whole transaction again when it fails with a serialization failure or a deadlock (SQLSTATE
 * {@code 40001}, {@code 40P01}, MySQL/MariaDB {@code 1213}; see {@link RetryableErrors}), with
 * bounded attempts and exponential backoff with jitter. Optionally it also retries stale versioned
 * rows ({@link org.springframework.dao.OptimisticLockingFailureException}). The attempts run on
 * Spring Framework's {@link org.springframework.core.retry.RetryTemplate}, with Qlio's
 * classification, attempt limit and backoff as its {@link
 * org.springframework.core.retry.RetryPolicy}.
 *
 * <p>This is what {@code SERIALIZABLE} isolation on PostgreSQL and every PostgreSQL-wire
 * distributed database (CockroachDB, YugabyteDB) require of their clients: under contention they
 * abort transactions and expect the client to run them again.
 *
 * <pre>{@code
 * TransactionRetry retry = TransactionRetry.builder().maxAttempts(5).build();
 * retry.runInTransaction(db, s -> {          // a new session per attempt, committed at the end
 *     Account from = s.select(Account.class).where(Account.ID.eq(1L)).first().orElseThrow();
 *     ...
 * });
 * retry.withRetry(() -> transactionTemplate.execute(status -> service.transfer(1, 2, 10)));
 * }</pre>
 *
 * <p>The unit of work must be the <em>whole</em> transaction, reading what it writes inside it: an
 * aborted transaction cannot be continued, only run again. So a retry that finds itself inside a
 * Spring-managed transaction makes one attempt and leaves the error to whoever owns the transaction
 * (an outer {@code TransactionRetry}, for example). The unit of work may run several times: keep
 * side effects outside the database (messages, e-mails) out of it. Errors that leave the outcome
 * unknown (a lost connection during commit) are never retried.
 *
 * <p>Rows survive a failed attempt unchanged: a Qlio session that does not commit (closed, rolled
 * back, or part of a Spring transaction that rolled back) puts every row it wrote back as it was,
 * so the next attempt writes again a row created — or loaded and changed — outside the retried
 * block.
 *
 * <p>Immutable and thread-safe; one instance serves the whole application.
 */
public final class TransactionRetry {

    private final RetryPolicy policy;

    private final RetryLoop loop;

    private TransactionRetry(Builder builder) {
        this.policy =
                new RetryPolicy(
                        builder.maxAttempts,
                        builder.initialBackoff,
                        builder.maxBackoff,
                        builder.retryOptimisticLocking,
                        builder.retryOn);
        this.loop = new RetryLoop(this.policy, RetryListeners.composite(builder.listeners));
    }

    /**
     * A builder, starting from 3 attempts, 10 ms initial and 1 s maximum backoff, optimistic-lock
     * failures not retried.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Retry with default backoff (10 ms doubling up to 1 s).
     *
     * @param maxAttempts attempts per unit of work, the first included; 1 disables retry
     * @return the retry
     */
    public static TransactionRetry of(int maxAttempts) {
        return builder().maxAttempts(maxAttempts).build();
    }

    /**
     * Runs a unit of work that is a whole transaction of its own (e.g. a {@code
     * TransactionTemplate} call), again while it fails with a retryable error and attempts remain.
     *
     * @param work the transaction
     * @param <T> its result
     * @return the result of the attempt that succeeded
     */
    public <T> T withRetry(Supplier<T> work) {
        Objects.requireNonNull(work, "work must not be null");
        return this.loop.run(work, !TransactionState.isActualTransactionActive());
    }

    /**
     * {@link #withRetry(Supplier)} without a result.
     *
     * @param work the transaction
     */
    public void runWithRetry(Runnable work) {
        Objects.requireNonNull(work, "work must not be null");
        withRetry(
                () -> {
                    work.run();
                    return Boolean.TRUE;
                });
    }

    /**
     * Runs {@code work} in a new session of {@code database} and commits it; when the attempt fails
     * with a retryable error the session is rolled back and closed, and a new one runs the work
     * again. Inside a Spring-managed transaction on the database's {@code DataSource} the session
     * joins it instead: one attempt, no commit (the transaction's owner commits).
     *
     * @param database the database
     * @param work the unit of work; reads what it changes through the session it is given
     * @param <T> its result
     * @return the result of the attempt that committed
     */
    public <T> T inTransaction(Database database, Function<? super Session, ? extends T> work) {
        Objects.requireNonNull(database, "database must not be null");
        Objects.requireNonNull(work, "work must not be null");
        boolean joins = TransactionState.joins(database);
        return this.loop.run(
                () -> {
                    try (Session session = database.session()) {
                        T result = work.apply(session);
                        if (!joins) {
                            session.commit();
                        }
                        return result;
                    }
                },
                !joins && !TransactionState.isActualTransactionActive());
    }

    /**
     * {@link #inTransaction(Database, Function)} without a result.
     *
     * @param database the database
     * @param work the unit of work
     */
    public void runInTransaction(Database database, Consumer<? super Session> work) {
        Objects.requireNonNull(work, "work must not be null");
        inTransaction(
                database,
                s -> {
                    work.accept(s);
                    return Boolean.TRUE;
                });
    }

    /**
     * Whether this retry runs a unit of work again after the error.
     *
     * @param error the error an attempt ended with
     * @return whether it is retryable
     */
    public boolean isRetryable(Throwable error) {
        return this.policy.isRetryable(error);
    }

    /**
     * Attempts per unit of work, the first included.
     *
     * @return at least 1
     */
    public int maxAttempts() {
        return this.policy.maxAttempts();
    }

    /**
     * The pause before the first retry.
     *
     * @return the initial backoff
     */
    public Duration initialBackoff() {
        return this.policy.initialBackoff();
    }

    /**
     * The longest pause between attempts.
     *
     * @return the maximum backoff
     */
    public Duration maxBackoff() {
        return this.policy.maxBackoff();
    }

    /**
     * Whether stale versioned rows are retried.
     *
     * @return whether {@code OptimisticLockingFailureException} is retryable
     */
    public boolean retriesOptimisticLocking() {
        return this.policy.retryOptimisticLocking();
    }

    @Override
    public String toString() {
        return "TransactionRetry[maxAttempts="
                + maxAttempts()
                + ", backoff="
                + initialBackoff().toMillis()
                + ".."
                + maxBackoff().toMillis()
                + " ms"
                + (retriesOptimisticLocking() ? ", optimistic locking" : "")
                + "]";
    }

    /** Builds a {@link TransactionRetry}. Not thread-safe. */
    public static final class Builder {

        private int maxAttempts = 3;

        private Duration initialBackoff = Duration.ofMillis(10);

        private Duration maxBackoff = Duration.ofSeconds(1);

        private boolean retryOptimisticLocking;

        private @Nullable Predicate<Throwable> retryOn;

        private final List<RetryListener> listeners = new ArrayList<>(1);

        private Builder() {}

        /**
         * Attempts per unit of work, the first included (default 3); 1 disables retry.
         *
         * @param maxAttempts at least 1
         * @return this builder
         */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException(
                        "maxAttempts must be at least 1 (1 disables retry), got " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * The pause before the first retry, doubled for each further one (default 10 ms).
         *
         * @param initialBackoff not negative
         * @return this builder
         */
        public Builder initialBackoff(Duration initialBackoff) {
            Objects.requireNonNull(initialBackoff, "initialBackoff must not be null");
            if (initialBackoff.isNegative()) {
                throw new IllegalArgumentException(
                        "initialBackoff must not be negative, got " + initialBackoff);
            }
            this.initialBackoff = initialBackoff;
            return this;
        }

        /**
         * The longest pause between attempts (default 1 s).
         *
         * @param maxBackoff not shorter than the initial backoff
         * @return this builder
         */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = Objects.requireNonNull(maxBackoff, "maxBackoff must not be null");
            return this;
        }

        /**
         * Whether a stale versioned row ({@code OptimisticLockingFailureException}) is retried too
         * (default false). Only sound when the unit of work reloads the rows it changes.
         *
         * @param retry whether to retry it
         * @return this builder
         */
        public Builder retryOptimisticLocking(boolean retry) {
            this.retryOptimisticLocking = retry;
            return this;
        }

        /**
         * Retries also errors this predicate accepts (beyond {@link RetryableErrors#isTransient}).
         *
         * @param predicate the extra condition
         * @return this builder
         */
        public Builder retryOn(Predicate<Throwable> predicate) {
            Objects.requireNonNull(predicate, "predicate must not be null");
            Predicate<Throwable> previous = this.retryOn;
            this.retryOn = previous == null ? predicate : previous.or(predicate);
            return this;
        }

        /**
         * Adds a listener told about every retry, success and failure.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder listener(RetryListener listener) {
            this.listeners.add(Objects.requireNonNull(listener, "listener must not be null"));
            return this;
        }

        /**
         * Reports every retry to the {@link Database#metricsListener() metrics listener} of this
         * database, which the Spring Boot starter counts in {@code qlio.orm.retries}. It is told in
         * its place among the listeners, in the order added.
         *
         * @param database the database whose metrics count the retries
         * @return this builder
         */
        public Builder metricsOf(Database database) {
            Objects.requireNonNull(database, "database must not be null");
            return listener(RetryListeners.metrics(database.metricsListener()));
        }

        /**
         * Builds the retry.
         *
         * @return the retry
         */
        public TransactionRetry build() {
            if (this.maxBackoff.compareTo(this.initialBackoff) < 0) {
                throw new IllegalArgumentException(
                        "maxBackoff ("
                                + this.maxBackoff
                                + ") must not be shorter than initialBackoff ("
                                + this.initialBackoff
                                + ")");
            }
            return new TransactionRetry(this);
        }
    }
}
