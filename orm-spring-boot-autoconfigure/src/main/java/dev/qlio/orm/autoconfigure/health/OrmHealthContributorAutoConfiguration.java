package dev.qlio.orm.autoconfigure.health;

import dev.qlio.orm.Database;
import dev.qlio.orm.actuate.health.OrmHealthIndicator;
import dev.qlio.orm.autoconfigure.OrmAutoConfiguration;
import dev.qlio.orm.autoconfigure.OrmProperties;
import dev.qlio.orm.autoconfigure.replica.OrmReplicaAutoConfiguration;
import dev.qlio.orm.autoconfigure.replica.ReplicaRouting;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of the
 * {@code orm} health contributor ({@link OrmHealthIndicator}): DOWN with the differences when the
 * live schema drifts from Qlio's metadata, with the read replica's lag and routing under {@code
 * replica} when one is configured. Off with {@code qlio.orm.health.enabled=false} (or {@code
 * management.health.orm.enabled=false}); results cached for {@code qlio.orm.health.cache-ttl}.
 */
@AutoConfiguration(after = {OrmAutoConfiguration.class, OrmReplicaAutoConfiguration.class})
@ConditionalOnClass({
    Database.class,
    HealthIndicator.class,
    ConditionalOnEnabledHealthIndicator.class
})
@ConditionalOnSingleCandidate(Database.class)
@ConditionalOnEnabledHealthIndicator("orm")
@ConditionalOnBooleanProperty(name = "qlio.orm.health.enabled", matchIfMissing = true)
@EnableConfigurationProperties(OrmProperties.class)
public final class OrmHealthContributorAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "ormHealthIndicator")
    OrmHealthIndicator ormHealthIndicator(
            Database database, OrmProperties properties, ObjectProvider<ReplicaRouting> replica) {
        ReplicaRouting routing = replica.getIfAvailable();
        Map<String, Supplier<?>> live =
                routing == null ? Map.of() : Map.of("replica", routing::details);
        return new OrmHealthIndicator(database, properties.getHealth().getCacheTtl(), live);
    }
}
