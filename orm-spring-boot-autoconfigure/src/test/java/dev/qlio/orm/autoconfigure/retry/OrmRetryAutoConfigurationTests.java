package dev.qlio.orm.autoconfigure.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qlio.orm.autoconfigure.OrmAutoConfiguration;
import dev.qlio.orm.autoconfigure.metrics.OrmMetricsAutoConfiguration;
import dev.qlio.orm.retry.RetryListener;
import dev.qlio.orm.retry.TransactionRetry;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.UncategorizedSQLException;

class OrmRetryAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner =
            new ApplicationContextRunner()
                    .withConfiguration(AutoConfigurations.of(OrmRetryAutoConfiguration.class));

    private static void failOnce(TransactionRetry retry) {
        AtomicInteger calls = new AtomicInteger();
        retry.runWithRetry(
                () -> {
                    if (calls.incrementAndGet() == 1) {
                        throw new UncategorizedSQLException(
                                "t", "UPDATE x", new SQLException("serialization", "40001"));
                    }
                });
    }

    @Test
    void retryIsOffByDefault() {
        this.contextRunner.run(
                (context) -> {
                    TransactionRetry retry = context.getBean(TransactionRetry.class);
                    assertThat(retry.maxAttempts()).isEqualTo(1);
                    assertThat(retry.initialBackoff()).isEqualTo(Duration.ofMillis(10));
                    assertThat(retry.maxBackoff()).isEqualTo(Duration.ofSeconds(1));
                    assertThatThrownBy(() -> failOnce(retry))
                            .isInstanceOf(UncategorizedSQLException.class);
                });
    }

    @Test
    void bindsRetryProperties() {
        this.contextRunner
                .withPropertyValues(
                        "qlio.orm.retry.max-attempts=5",
                        "qlio.orm.retry.initial-backoff=2ms",
                        "qlio.orm.retry.max-backoff=50ms")
                .run(
                        (context) -> {
                            TransactionRetry retry = context.getBean(TransactionRetry.class);
                            assertThat(retry.maxAttempts()).isEqualTo(5);
                            assertThat(retry.initialBackoff()).isEqualTo(Duration.ofMillis(2));
                            assertThat(retry.maxBackoff()).isEqualTo(Duration.ofMillis(50));
                            failOnce(retry);
                        });
    }

    @Test
    void failsOnBadRetryProperties() {
        this.contextRunner
                .withPropertyValues("qlio.orm.retry.max-attempts=0")
                .run(
                        (context) ->
                                assertThat(context)
                                        .getFailure()
                                        .rootCause()
                                        .hasMessageContaining("maxAttempts"));
    }

    @Test
    void backsOffWhenUserDefinesTransactionRetry() {
        this.contextRunner
                .withUserConfiguration(UserRetry.class)
                .run(
                        (context) ->
                                assertThat(context.getBean(TransactionRetry.class).maxAttempts())
                                        .isEqualTo(7));
    }

    @Test
    void countsRetriesInTheDatabasesMetricsWhenAMeterRegistryExists() {
        new ApplicationContextRunner()
                .withConfiguration(
                        AutoConfigurations.of(
                                DataSourceAutoConfiguration.class,
                                DataSourceTransactionManagerAutoConfiguration.class,
                                TransactionAutoConfiguration.class,
                                MetricsAutoConfiguration.class,
                                SimpleMetricsExportAutoConfiguration.class,
                                CompositeMeterRegistryAutoConfiguration.class,
                                OrmAutoConfiguration.class,
                                OrmMetricsAutoConfiguration.class,
                                OrmRetryAutoConfiguration.class))
                .withPropertyValues(
                        "spring.datasource.generate-unique-name=true",
                        "qlio.orm.retry.max-attempts=3",
                        "qlio.orm.retry.initial-backoff=1ms",
                        "qlio.orm.retry.max-backoff=1ms")
                .run(
                        (context) -> {
                            failOnce(context.getBean(TransactionRetry.class));
                            assertThat(
                                            context.getBean(MeterRegistry.class)
                                                    .get("qlio.orm.retries")
                                                    .tag("exception", "UncategorizedSQLException")
                                                    .counter()
                                                    .count())
                                    .isEqualTo(1.0);
                        });
    }

    @Test
    void tellsRetryListenerBeans() {
        this.contextRunner
                .withPropertyValues(
                        "qlio.orm.retry.max-attempts=2",
                        "qlio.orm.retry.initial-backoff=1ms",
                        "qlio.orm.retry.max-backoff=1ms")
                .withUserConfiguration(Listening.class)
                .run(
                        (context) -> {
                            failOnce(context.getBean(TransactionRetry.class));
                            assertThat(context.getBean(Listening.class).retries).hasValue(1);
                        });
    }

    @Configuration(proxyBeanMethods = false)
    static class UserRetry {
        @Bean
        TransactionRetry myRetry() {
            return TransactionRetry.of(7);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Listening {
        final AtomicInteger retries = new AtomicInteger();

        @Bean
        RetryListener countingListener() {
            return new RetryListener() {
                @Override
                public void onRetry(int attempt, Throwable error, Duration backoff) {
                    Listening.this.retries.incrementAndGet();
                }
            };
        }
    }
}
