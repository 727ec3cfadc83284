package dev.qlio.orm.autoconfigure.replica;

import dev.qlio.orm.autoconfigure.OrmAutoConfiguration;
import dev.qlio.orm.autoconfigure.OrmProperties;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of read
 * replica routing, on when {@code qlio.orm.replica.url} or {@code qlio.orm.replica.data-source} is
 * set: the application's primary {@code DataSource} bean is wrapped by {@link ReplicaRouting#wrap}
 * (a {@link LazyConnectionDataSourceProxy} whose read-only connections come from the replica), so
 * the transaction manager, Qlio and every other user share it. Adds the {@code ormReplica} health
 * contributor (lag, routing counts) and the {@code qlio.orm.replica.lag} gauge.
 */
@AutoConfiguration(before = OrmAutoConfiguration.class, after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(LazyConnectionDataSourceProxy.class)
@Conditional(OrmReplicaAutoConfiguration.ReplicaConfigured.class)
@EnableConfigurationProperties(OrmProperties.class)
public final class OrmReplicaAutoConfiguration {

    /** How long a read waits for a connection of the replica pool before it uses the primary. */
    static final Duration REPLICA_CONNECTION_TIMEOUT = Duration.ofSeconds(2);

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    ReplicaRouting qlioReplicaRouting(OrmProperties properties, BeanFactory beans) {
        OrmProperties.Replica replica = properties.getReplica();
        String beanName = replica.getDataSource();
        DataSource dataSource;
        boolean owned;
        if (beanName != null) {
            dataSource = beans.getBean(beanName, DataSource.class);
            owned = false;
        } else {
            String url = Objects.requireNonNull(replica.getUrl(), "qlio.orm.replica.url");
            DataSourceBuilder<?> builder = DataSourceBuilder.create().url(url);
            String username = replica.getUsername();
            if (username != null) {
                builder.username(username);
            }
            String password = replica.getPassword();
            if (password != null) {
                builder.password(password);
            }
            dataSource = pool(builder.build());
            owned = true;
        }
        return new ReplicaRouting(
                dataSource,
                owned,
                replica.getReadYourWrites(),
                replica.getMaxLag(),
                replica.getLagCheckInterval());
    }

    /**
     * Settings of the replica pool built from {@code qlio.orm.replica.url}, where the pool has them
     * (HikariCP does): its name, read-only connections, and a short connection timeout — reads wait
     * for it before falling back to the primary when the replica is down.
     */
    private static DataSource pool(DataSource dataSource) {
        BeanWrapper pool = new BeanWrapperImpl(dataSource);
        set(pool, "poolName", "qlio-replica");
        set(pool, "readOnly", true);
        set(pool, "connectionTimeout", REPLICA_CONNECTION_TIMEOUT.toMillis());
        return dataSource;
    }

    private static void set(BeanWrapper pool, String property, Object value) {
        if (pool.isWritableProperty(property)) {
            pool.setPropertyValue(property, value);
        }
    }

    /**
     * Wraps every {@code DataSource} bean but the replica's in the routing proxy.
     *
     * @param routing the routing, looked up when the first data source is ready
     * @param environment for the replica bean's name
     * @return the post-processor
     */
    @Bean
    static BeanPostProcessor qlioReplicaDataSourceWrapper(
            ObjectProvider<ReplicaRouting> routing, Environment environment) {
        @Nullable String replicaBean = environment.getProperty("qlio.orm.replica.data-source");
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource primary
                        && !(bean instanceof LazyConnectionDataSourceProxy)
                        && !beanName.equals(replicaBean)) {
                    return routing.getObject().wrap(primary);
                }
                return bean;
            }
        };
    }

    /** The {@code ormReplica} health contributor, when Spring Boot's health support is present. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    static class ReplicaHealthConfiguration {

        @Bean
        @ConditionalOnMissingBean(name = "ormReplicaHealthIndicator")
        HealthIndicator ormReplicaHealthIndicator(ReplicaRouting routing) {
            return () -> Health.up().withDetails(routing.details()).build();
        }
    }

    /** The {@code qlio.orm.replica.lag} gauge, when Micrometer is present. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    static class ReplicaMetricsConfiguration {

        @Bean
        MeterBinder qlioReplicaLagMeter(ReplicaRouting routing) {
            return registry ->
                    Gauge.builder(
                                    "qlio.orm.replica.lag",
                                    routing,
                                    r -> {
                                        Duration lag = r.lag();
                                        return lag != null ? lag.toNanos() / 1e9 : Double.NaN;
                                    })
                            .description("How far the read replica is behind the primary")
                            .baseUnit("seconds")
                            .register(registry);
        }
    }

    /** Matches when a replica is configured by URL or by bean name. */
    static final class ReplicaConfigured extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(
                ConditionContext context, AnnotatedTypeMetadata metadata) {
            Environment env = context.getEnvironment();
            if (env.containsProperty("qlio.orm.replica.url")
                    || env.containsProperty("qlio.orm.replica.data-source")) {
                return ConditionOutcome.match("qlio.orm.replica is configured");
            }
            return ConditionOutcome.noMatch(
                    "neither qlio.orm.replica.url nor qlio.orm.replica.data-source is set");
        }
    }
}
