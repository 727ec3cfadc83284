package dev.qlio.orm.retry;

import java.lang.reflect.UndeclaredThrowableException;
import java.time.Duration;
import java.util.function.Supplier;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/**
 * The attempt loop of a {@link TransactionRetry}, run by Spring Framework's {@link RetryTemplate}:
 * Qlio supplies the {@link org.springframework.core.retry.RetryPolicy} (its classification of
 * errors, its attempt limit, its jittered backoff) and tells its own {@link RetryListener} about
 * every step.
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
        Attempts attempts = new Attempts(mayRetry ? this.policy.maxAttempts() : 1);
        T result;
        try {
            result = new RetryTemplate(attempts).execute(work::get);
        } catch (RetryException ex) {
            Throwable last = ex.getCause();
            boolean retryable = !(last instanceof Error) && this.policy.isRetryable(last);
            if (retryable && attempts.made < attempts.limit && Thread.interrupted()) {
                // the pause was interrupted: the pending error ends the run, the flag is kept
                Thread.currentThread().interrupt();
                last.addSuppressed(new InterruptedException("retry interrupted during backoff"));
            }
            this.listener.onFailure(attempts.made, last, retryable);
            if (last instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (last instanceof Error error) {
                throw error;
            }
            throw new UndeclaredThrowableException(last);
        }
        this.listener.onSuccess(attempts.made);
        return result;
    }

    /**
     * The Spring retry policy of one run: which errors are retried, how long to pause, and how many
     * attempts were made. One per run (it counts), used on the run's thread only.
     */
    private final class Attempts
            implements org.springframework.core.retry.RetryPolicy, BackOff, BackOffExecution {

        private final int limit;

        /** Attempts made so far, the first included. */
        private int made = 1;

        private @Nullable Throwable lastError;

        Attempts(int limit) {
            this.limit = limit;
        }

        @Override
        public boolean shouldRetry(Throwable error) {
            this.lastError = error;
            // an Error (out of memory, assertion) is never a lost race
            return !(error instanceof Error) && RetryLoop.this.policy.isRetryable(error);
        }

        @Override
        public BackOff getBackOff() {
            return this;
        }

        @Override
        public BackOffExecution start() {
            return this;
        }

        @Override
        public long nextBackOff() {
            if (this.made >= this.limit) {
                return STOP;
            }
            Duration pause = RetryLoop.this.backoff.before(this.made);
            Throwable error = this.lastError;
            if (error != null) {
                RetryLoop.this.listener.onRetry(this.made, error, pause);
            }
            if (logger.isDebugEnabled()) {
                logger.debug(
                        "Attempt "
                                + this.made
                                + " of "
                                + this.limit
                                + " failed with "
                                + (error != null ? error.getClass().getSimpleName() : "?")
                                + "; retrying in "
                                + pause.toMillis()
                                + " ms");
            }
            this.made++;
            return pause.toMillis();
        }
    }
}
