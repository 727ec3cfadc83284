package dev.qlio.orm.autoconfigure.metrics;

import dev.qlio.orm.Database;
import dev.qlio.orm.actuate.metrics.MicrometerMetricsListener;
import dev.qlio.orm.actuate.metrics.OrmSessionMetrics;
import dev.qlio.orm.autoconfigure.DatabaseCustomizer;
import dev.qlio.orm.autoconfigure.OrmAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of
 * Qlio's meters that are not observations: the counters {@code qlio.orm.rows} (tag {@code
 * direction}) and {@code qlio.orm.retries}, and the gauge {@code qlio.orm.sessions.active}. Off
 * with {@code qlio.orm.metrics.enabled=false}.
 */
@AutoConfiguration(
        after = OrmAutoConfiguration.class,
        afterName = {
            "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"
        })
@ConditionalOnClass({Database.class, MeterRegistry.class})
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnBooleanProperty(name = "qlio.orm.metrics.enabled", matchIfMissing = true)
public final class OrmMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "qlioMetricsDatabaseCustomizer")
    DatabaseCustomizer qlioMetricsDatabaseCustomizer(ObjectProvider<MeterRegistry> registry) {
        return (builder) ->
                builder.metricsListener(new MicrometerMetricsListener(registry.getObject()));
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnSingleCandidate(Database.class)
    OrmSessionMetrics qlioSessionMetrics(Database database) {
        return new OrmSessionMetrics(database);
    }
}
