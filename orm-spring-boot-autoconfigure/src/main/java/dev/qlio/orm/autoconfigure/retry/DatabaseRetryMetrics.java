package dev.qlio.orm.autoconfigure.retry;

import dev.qlio.orm.Database;
import dev.qlio.orm.retry.RetryListener;
import java.time.Duration;

/**
 * Reports each retry to the database's instrumentation, whose metrics listener counts it in {@code
 * qlio.orm.retries} (tag {@code exception}); one owner for that counter, so nothing is counted
 * twice and {@code qlio.orm.metrics.enabled=false} switches it off too.
 */
final class DatabaseRetryMetrics implements RetryListener {

    private final Database database;

    DatabaseRetryMetrics(Database database) {
        this.database = database;
    }

    @Override
    public void onRetry(int attempt, Throwable error, Duration backoff) {
        this.database.engine().instrumentation().retried(error);
    }
}
