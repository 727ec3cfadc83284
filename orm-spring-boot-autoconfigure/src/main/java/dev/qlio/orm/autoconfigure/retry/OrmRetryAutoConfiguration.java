package dev.qlio.orm.autoconfigure.retry;

import dev.qlio.orm.Database;
import dev.qlio.orm.autoconfigure.OrmAutoConfiguration;
import dev.qlio.orm.autoconfigure.OrmProperties;
import dev.qlio.orm.retry.RetryListener;
import dev.qlio.orm.retry.TransactionRetry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of a
 * {@link TransactionRetry} from {@code qlio.orm.retry.*} (max-attempts, initial-backoff,
 * max-backoff), told about retries by every {@link RetryListener} bean. Retries are reported to the
 * {@link Database} bean's metrics listener, which counts them in {@code qlio.orm.retries} when the
 * application has Micrometer metrics.
 */
@AutoConfiguration(after = OrmAutoConfiguration.class)
@ConditionalOnClass(TransactionRetry.class)
@EnableConfigurationProperties(OrmProperties.class)
public final class OrmRetryAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    TransactionRetry qlioTransactionRetry(
            OrmProperties properties,
            ObjectProvider<RetryListener> listeners,
            ObjectProvider<Database> database) {
        OrmProperties.Retry retry = properties.getRetry();
        TransactionRetry.Builder builder =
                TransactionRetry.builder()
                        .maxAttempts(retry.getMaxAttempts())
                        .initialBackoff(retry.getInitialBackoff())
                        .maxBackoff(retry.getMaxBackoff());
        Database db = database.getIfUnique();
        if (db != null) {
            builder.metricsOf(db);
        }
        listeners.orderedStream().forEach(builder::listener);
        return builder.build();
    }
}
