package dev.qlio.orm.autoconfigure.retry;

import dev.qlio.orm.autoconfigure.OrmAutoConfiguration;
import dev.qlio.orm.autoconfigure.OrmProperties;
import dev.qlio.orm.retry.RetryListener;
import dev.qlio.orm.retry.TransactionRetry;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of a
 * {@link TransactionRetry} from {@code qlio.orm.retry.*} (max-attempts, initial-backoff,
 * max-backoff), told about retries by every {@link RetryListener} bean, and — when Micrometer is on
 * the class path and the application has a {@code MeterRegistry} — counting them in {@code
 * qlio.orm.retries}.
 */
@AutoConfiguration(after = OrmAutoConfiguration.class)
@ConditionalOnClass(TransactionRetry.class)
@EnableConfigurationProperties(OrmProperties.class)
public final class OrmRetryAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    TransactionRetry qlioTransactionRetry(
            OrmProperties properties, ObjectProvider<RetryListener> listeners) {
        OrmProperties.Retry retry = properties.getRetry();
        TransactionRetry.Builder builder =
                TransactionRetry.builder()
                        .maxAttempts(retry.getMaxAttempts())
                        .initialBackoff(retry.getInitialBackoff())
                        .maxBackoff(retry.getMaxBackoff());
        listeners.orderedStream().forEach(builder::listener);
        return builder.build();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    static class RetryMetricsConfiguration {

        @Bean
        @ConditionalOnMissingBean
        RetryMetrics qlioRetryMetrics(ObjectProvider<MeterRegistry> registry) {
            return new RetryMetrics(registry);
        }
    }
}
