package dev.qlio.orm.retry;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link TransactionRetry} retries and how long it waits between attempts, as its builder
 * collected it (already validated there).
 *
 * @param maxAttempts attempts per unit of work, the first included; at least 1
 * @param initialBackoff the pause before the first retry
 * @param maxBackoff the longest pause, not shorter than the initial one
 * @param retryOptimisticLocking whether stale versioned rows are retried
 * @param retryOn errors retried beyond the transient ones, or {@code null}
 */
record RetryPolicy(
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        boolean retryOptimisticLocking,
        @Nullable Predicate<Throwable> retryOn) {

    /**
     * Whether a unit of work that ended with this error runs again.
     *
     * @param error the error an attempt ended with
     * @return whether it is retryable
     */
    boolean isRetryable(Throwable error) {
        if (RetryableErrors.isTransient(error)) {
            return true;
        }
        if (this.retryOptimisticLocking && RetryableErrors.isOptimisticLockingFailure(error)) {
            return true;
        }
        Predicate<Throwable> extra = this.retryOn;
        return extra != null && extra.test(error);
    }

    /**
     * The backoff between attempts, with random jitter.
     *
     * @return the backoff
     */
    Backoff backoff() {
        return new Backoff(
                this.initialBackoff,
                this.maxBackoff,
                bound -> ThreadLocalRandom.current().nextLong(bound + 1));
    }
}
