package dev.qlio.orm.internal;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

/**
 * Reports one Observation {@code qlio.orm.query} per JDBC execution. With the no-op registry it
 * allocates nothing.
 */
public final class Instrumentation {

    /** The observation's name (and the timer's, on {@code /actuator/metrics}). */
    public static final String QUERY = "qlio.orm.query";

    private final ObservationRegistry registry;

    Instrumentation(ObservationRegistry registry) {
        this.registry = registry;
    }

    /**
     * Starts the observation of one execution.
     *
     * @param operation select, insert, update, delete, upsert, ddl or raw
     * @param table the table's name, or {@code none}
     * @param sql the SQL (a high-cardinality key only when enabled)
     * @return the started observation, or {@code null} when nothing observes
     */
    public @Nullable Observation start(String operation, String table, String sql) {
        if (this.registry.isNoop()) {
            return null;
        }
        return Observation.createNotStarted(QUERY, this.registry)
                .lowCardinalityKeyValue("operation", operation)
                .lowCardinalityKeyValue("table", table)
                .start();
    }

    /**
     * Stops an observation after success.
     *
     * @param observation the observation or {@code null}
     */
    public void success(@Nullable Observation observation) {
        if (observation != null) {
            observation
                    .lowCardinalityKeyValue("outcome", "success")
                    .lowCardinalityKeyValue("exception", "none")
                    .stop();
        }
    }

    /**
     * Stops an observation after a failure.
     *
     * @param observation the observation or {@code null}
     * @param error the exception the caller sees
     */
    public void error(@Nullable Observation observation, Throwable error) {
        if (observation != null) {
            observation
                    .lowCardinalityKeyValue("outcome", "error")
                    .lowCardinalityKeyValue("exception", error.getClass().getSimpleName())
                    .error(error);
            observation.stop();
        }
    }
}
