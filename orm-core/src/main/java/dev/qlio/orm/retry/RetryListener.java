package dev.qlio.orm.retry;

import java.time.Duration;

/**
 * Told about every retry a {@link TransactionRetry} makes, for metrics and logs. Every method is a
 * no-op by default, so an implementation overrides only what it needs (the Spring Boot starter's
 * counts {@code qlio.orm.retries}). Called on the thread running the unit of work; implementations
 * must be thread-safe and fast, and should not throw.
 */
public interface RetryListener {

    /** A listener that does nothing. */
    RetryListener NONE = new RetryListener() {};

    /**
     * An attempt failed with a retryable error and another one follows after {@code backoff}.
     *
     * @param attempt the number of the attempt that failed, from 1
     * @param error the error the attempt ended with
     * @param backoff the pause before the next attempt
     */
    default void onRetry(int attempt, Throwable error, Duration backoff) {}

    /**
     * The unit of work succeeded.
     *
     * @param attempts the attempts it took, from 1
     */
    default void onSuccess(int attempts) {}

    /**
     * The unit of work failed for good: the error was not retryable, or it was and no attempt was
     * left. The error is rethrown to the caller after this call.
     *
     * @param attempts the attempts made, from 1
     * @param error the last error
     * @param retryable whether the error was retryable (so the attempts were exhausted)
     */
    default void onFailure(int attempts, Throwable error, boolean retryable) {}
}
