package dev.qlio.orm.actuate.metrics;

import dev.qlio.orm.observation.MetricsListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;

/**
 * A {@link MetricsListener} recording Qlio's counters in a {@link MeterRegistry}: {@code
 * qlio.orm.rows} (tag {@code direction} = {@code read | written}) and {@code qlio.orm.retries} (tag
 * {@code exception}, the simple class name of the failure retried) and {@code
 * qlio.orm.retry.outcomes} (tags {@code outcome} = {@code succeeded | exhausted} and {@code
 * attempts}, for units of work that were retried). Thread-safe.
 */
public final class MicrometerMetricsListener implements MetricsListener {

    /** The name of the rows counter. */
    public static final String ROWS = "qlio.orm.rows";

    /** The name of the retries counter. */
    public static final String RETRIES = "qlio.orm.retries";

    /**
     * The name of the counter of retried units of work by outcome ({@code succeeded | exhausted})
     * and attempts.
     */
    public static final String RETRY_OUTCOMES = "qlio.orm.retry.outcomes";

    private final MeterRegistry registry;

    private final Counter rowsRead;

    private final Counter rowsWritten;

    /**
     * Registers the row counters with a registry.
     *
     * @param registry the registry
     */
    public MicrometerMetricsListener(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry must not be null");
        this.rowsRead = rows(registry, "read", "Rows read from results");
        this.rowsWritten = rows(registry, "written", "Rows inserted, updated or deleted");
    }

    private static Counter rows(MeterRegistry registry, String direction, String description) {
        return Counter.builder(ROWS)
                .tag("direction", direction)
                .description(description)
                .baseUnit("rows")
                .register(registry);
    }

    @Override
    public void rowsRead(long rows) {
        this.rowsRead.increment(rows);
    }

    @Override
    public void rowsWritten(long rows) {
        this.rowsWritten.increment(rows);
    }

    @Override
    public void retried(Throwable cause) {
        String name = cause.getClass().getSimpleName();
        Counter.builder(RETRIES)
                .tag("exception", name.isEmpty() ? cause.getClass().getName() : name)
                .description("Units of work retried after a transient failure")
                .register(this.registry)
                .increment();
    }

    @Override
    public void retrySucceeded(int attempts) {
        outcome("succeeded", attempts);
    }

    @Override
    public void retriesExhausted(int attempts, Throwable cause) {
        outcome("exhausted", attempts);
    }

    private void outcome(String outcome, int attempts) {
        Counter.builder(RETRY_OUTCOMES)
                .tag("outcome", outcome)
                .tag("attempts", Integer.toString(attempts))
                .description("Retried units of work by how they ended and the attempts they took")
                .register(this.registry)
                .increment();
    }
}
