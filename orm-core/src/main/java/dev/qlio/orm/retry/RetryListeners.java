package dev.qlio.orm.retry;

import dev.qlio.orm.observation.MetricsListener;
import java.time.Duration;
import java.util.List;

/** Listeners a {@link TransactionRetry} composes from what its builder was given. */
final class RetryListeners {

    private RetryListeners() {}

    /**
     * One listener telling all of them, in order.
     *
     * @param listeners the listeners
     * @return the composite, {@link RetryListener#NONE} for none
     */
    static RetryListener composite(List<RetryListener> listeners) {
        if (listeners.isEmpty()) {
            return RetryListener.NONE;
        }
        if (listeners.size() == 1) {
            return listeners.get(0);
        }
        List<RetryListener> all = List.copyOf(listeners);
        return new RetryListener() {
            @Override
            public void onRetry(int attempt, Throwable error, Duration backoff) {
                all.forEach(l -> l.onRetry(attempt, error, backoff));
            }

            @Override
            public void onSuccess(int attempts) {
                all.forEach(l -> l.onSuccess(attempts));
            }

            @Override
            public void onFailure(int attempts, Throwable error, boolean retryable) {
                all.forEach(l -> l.onFailure(attempts, error, retryable));
            }
        };
    }

    /**
     * A listener reporting each retry, and the outcome of every retried unit of work, to a
     * database's metrics listener ({@code qlio.orm.retries} and {@code qlio.orm.retry.outcomes} in
     * the Spring Boot starter).
     *
     * @param metrics the metrics listener
     * @return the retry listener
     */
    static RetryListener metrics(MetricsListener metrics) {
        return new RetryListener() {
            @Override
            public void onRetry(int attempt, Throwable error, Duration backoff) {
                metrics.retried(error);
            }

            @Override
            public void onSuccess(int attempts) {
                if (attempts > 1) {
                    metrics.retrySucceeded(attempts);
                }
            }

            @Override
            public void onFailure(int attempts, Throwable error, boolean retryable) {
                // one attempt only: retry off, or a joined transaction leaving it to its owner
                if (retryable && attempts > 1) {
                    metrics.retriesExhausted(attempts, error);
                }
            }
        };
    }
}
