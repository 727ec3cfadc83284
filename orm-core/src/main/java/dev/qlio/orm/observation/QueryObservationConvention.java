package dev.qlio.orm.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names the {@code qlio.orm.query} observation and derives its key values from a {@link
 * QueryContext}. Implement it (or extend {@link DefaultQueryObservationConvention}) to add keys;
 * set it with {@code Database.builder(...).observationConvention(...)}, or declare it as a bean
 * with the Spring Boot starter.
 */
public interface QueryObservationConvention extends ObservationConvention<QueryContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof QueryContext;
    }
}
