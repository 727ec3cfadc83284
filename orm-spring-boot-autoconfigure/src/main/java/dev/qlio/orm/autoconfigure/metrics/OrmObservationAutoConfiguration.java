package dev.qlio.orm.autoconfigure.metrics;

import dev.qlio.orm.Database;
import dev.qlio.orm.autoconfigure.DatabaseCustomizer;
import dev.qlio.orm.autoconfigure.OrmProperties;
import dev.qlio.orm.observation.QueryObservationConvention;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} that
 * reports Qlio's statements to the application's {@link ObservationRegistry}: one observation
 * {@code qlio.orm.query} per JDBC execution, hence a timer of that name on {@code
 * /actuator/metrics} and a span per statement when tracing is on. {@code
 * qlio.orm.metrics.enabled=false} switches it off; {@code qlio.orm.metrics.sql-text=true} adds the
 * SQL text (never values) as a high-cardinality key. A {@link QueryObservationConvention} bean
 * replaces the default convention.
 */
@AutoConfiguration(
        afterName =
                "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnClass({Database.class, ObservationRegistry.class})
@ConditionalOnBean(ObservationRegistry.class)
@ConditionalOnBooleanProperty(name = "qlio.orm.metrics.enabled", matchIfMissing = true)
@EnableConfigurationProperties(OrmProperties.class)
public final class OrmObservationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "qlioObservationDatabaseCustomizer")
    DatabaseCustomizer qlioObservationDatabaseCustomizer(
            ObjectProvider<ObservationRegistry> registry,
            ObjectProvider<QueryObservationConvention> convention,
            OrmProperties properties) {
        return (builder) -> {
            builder.observationRegistry(registry.getObject())
                    .sqlText(properties.getMetrics().isSqlText());
            convention.ifUnique(builder::observationConvention);
        };
    }
}
