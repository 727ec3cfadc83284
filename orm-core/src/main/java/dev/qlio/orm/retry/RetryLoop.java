package dev.qlio.orm.retry;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The attempt loop of a {@link TransactionRetry}: runs a unit of work, and while it fails with a
 * retryable error and attempts remain, pauses and runs it again, telling the listener each step.
 */
final class RetryLoop {

    // the category users know (and configured) before the loop was its own class
    private static final Log logger = LogFactory.getLog(TransactionRetry.class);

    private final RetryPolicy policy;

    private final Backoff backoff;

    private final RetryListener listener;

    RetryLoop(RetryPolicy policy, RetryListener listener) {
        this.policy = policy;
        this.backoff = policy.backoff();
        this.listener = listener;
    }

    /**
     * Runs the work until it succeeds, fails with an error that is not retryable, or has used up
     * its attempts; the last error is rethrown.
     *
     * @param work the unit of work
     * @param mayRetry whether the caller owns the transaction; otherwise one attempt only
     * @param <T> its result
     * @return the result of the attempt that succeeded
     */
    <T> T run(Supplier<T> work, boolean mayRetry) {
        int limit = mayRetry ? this.policy.maxAttempts() : 1;
        for (int attempt = 1; ; attempt++) {
            T result;
            try {
                result = work.get();
            } catch (Error ex) {
                this.listener.onFailure(attempt, ex, false);
                throw ex;
            } catch (RuntimeException ex) {
                boolean retryable = this.policy.isRetryable(ex);
                if (!retryable || attempt >= limit) {
                    this.listener.onFailure(attempt, ex, retryable);
                    throw ex;
                }
                Duration pause = this.backoff.before(attempt);
                this.listener.onRetry(attempt, ex, pause);
                if (logger.isDebugEnabled()) {
                    logger.debug(
                            "Attempt "
                                    + attempt
                                    + " of "
                                    + limit
                                    + " failed with "
                                    + ex.getClass().getSimpleName()
                                    + "; retrying in "
                                    + pause.toMillis()
                                    + " ms");
                }
                pause(pause, ex);
                continue;
            }
            this.listener.onSuccess(attempt);
            return result;
        }
    }

    /** Sleeps; an interrupt ends the retrying with the pending error, the flag kept. */
    private static void pause(Duration pause, RuntimeException pending) {
        try {
            TimeUnit.NANOSECONDS.sleep(pause.toNanos());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            pending.addSuppressed(interrupted);
            throw pending;
        }
    }
}
