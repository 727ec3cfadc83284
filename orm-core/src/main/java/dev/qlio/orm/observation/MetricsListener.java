package dev.qlio.orm.observation;

/**
 * Receives the counts behind Qlio's counters ({@code qlio.orm.rows}, {@code qlio.orm.retries},
 * {@code qlio.orm.retry.outcomes}), which are not observations. Every method is a no-op by default,
 * so an implementation overrides only what it records; the Spring Boot starter registers one backed
 * by Micrometer's {@code MeterRegistry}. Set it with {@code
 * Database.builder(...).metricsListener(...)}.
 *
 * <p>Implementations must be thread-safe and fast: they are called on the statement's thread.
 */
public interface MetricsListener {

    /** The listener that records nothing. */
    MetricsListener NONE = new MetricsListener() {};

    /**
     * Rows were read from a result.
     *
     * @param rows how many (at least 1)
     */
    default void rowsRead(long rows) {}

    /**
     * Rows were inserted, updated or deleted.
     *
     * @param rows how many (at least 1)
     */
    default void rowsWritten(long rows) {}

    /**
     * A unit of work is being retried after a transient failure (serialization failure, deadlock).
     *
     * @param cause the failure that caused the retry
     */
    default void retried(Throwable cause) {}

    /**
     * A unit of work that was retried succeeded in the end.
     *
     * @param attempts the attempts it took (at least 2)
     */
    default void retrySucceeded(int attempts) {}

    /**
     * A unit of work failed for good with a retryable error after it had been retried: every
     * attempt was used.
     *
     * @param attempts the attempts made (at least 2)
     * @param cause the last failure
     */
    default void retriesExhausted(int attempts, Throwable cause) {}
}
