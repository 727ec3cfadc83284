package dev.qlio.orm.autoconfigure.retry;

import dev.qlio.orm.retry.RetryListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Counts retries in {@code qlio.orm.retries}, tagged {@code exception} with the simple class name
 * of the error that caused the retry. The registry is looked up when the first retry happens;
 * without one nothing is counted. Thread-safe.
 */
public final class RetryMetrics implements RetryListener {

    /** The counter's name. */
    public static final String RETRIES = "qlio.orm.retries";

    private final ObjectProvider<MeterRegistry> registry;

    private final Map<Class<?>, Counter> counters = new ConcurrentHashMap<>();

    private volatile @Nullable MeterRegistry resolved;

    RetryMetrics(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public void onRetry(int attempt, Throwable error, Duration backoff) {
        MeterRegistry r = this.resolved;
        if (r == null) {
            r = this.registry.getIfUnique();
            if (r == null) {
                return;
            }
            this.resolved = r;
        }
        MeterRegistry meters = r;
        this.counters
                .computeIfAbsent(
                        error.getClass(),
                        type ->
                                Counter.builder(RETRIES)
                                        .description(
                                                "Transactions run again after a serialization"
                                                        + " failure or deadlock")
                                        .tag("exception", type.getSimpleName())
                                        .register(meters))
                .increment();
    }
}
