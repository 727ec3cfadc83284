package dev.qlio.orm.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.Database;
import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.observation.MetricsListener;
import dev.qlio.orm.retry.RetryListener;
import dev.qlio.orm.retry.TransactionRetry;
import dev.qlio.orm.schema.TableMetadata;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A {@link TransactionRetry} built with {@code metricsOf(database)} reports to its listener. */
class TransactionRetryMetricsTest {

    private final List<Throwable> retried = new CopyOnWriteArrayList<>();

    private final MetricsListener metrics =
            new MetricsListener() {
                @Override
                public void retried(Throwable cause) {
                    TransactionRetryMetricsTest.this.retried.add(cause);
                }
            };

    /** Never connects: the dialect is given, and no session is opened. */
    private Database database(MetricsListener listener) {
        return Database.builder(new DriverManagerDataSource("jdbc:none"), new TableMetadata())
                .dialect(Dialect.H2)
                .metricsListener(listener)
                .build();
    }

    private static UncategorizedSQLException serializationFailure(int attempt) {
        return new UncategorizedSQLException(
                "task", "UPDATE t SET x = ?", new SQLException("boom " + attempt, "40001"));
    }

    @Test
    void databaseHandsOutTheMetricsListenerItWasBuiltWith() {
        assertThat(database(this.metrics).metricsListener()).isSameAs(this.metrics);
        assertThat(
                        Database.builder(
                                        new DriverManagerDataSource("jdbc:none"),
                                        new TableMetadata())
                                .dialect(Dialect.H2)
                                .build()
                                .metricsListener())
                .isSameAs(MetricsListener.NONE);
    }

    @Test
    void everyRetryReachesTheDatabasesMetricsListener() {
        List<UncategorizedSQLException> thrown = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        TransactionRetry retry =
                TransactionRetry.builder()
                        .maxAttempts(3)
                        .initialBackoff(Duration.ZERO)
                        .maxBackoff(Duration.ZERO)
                        .metricsOf(database(this.metrics))
                        .build();
        String result =
                retry.withRetry(
                        () -> {
                            int attempt = calls.incrementAndGet();
                            if (attempt < 3) {
                                UncategorizedSQLException ex = serializationFailure(attempt);
                                thrown.add(ex);
                                throw ex;
                            }
                            return "done";
                        });
        assertThat(result).isEqualTo("done");
        assertThat(this.retried).containsExactlyElementsOf(thrown).hasSize(2);
    }

    @Test
    void metricsAreToldInTheirPlaceAmongTheListeners() {
        List<String> order = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        TransactionRetry retry =
                TransactionRetry.builder()
                        .maxAttempts(2)
                        .initialBackoff(Duration.ZERO)
                        .maxBackoff(Duration.ZERO)
                        .listener(named("first", order))
                        .metricsOf(
                                database(
                                        new MetricsListener() {
                                            @Override
                                            public void retried(Throwable cause) {
                                                order.add("metrics");
                                            }
                                        }))
                        .listener(named("last", order))
                        .build();
        retry.runWithRetry(
                () -> {
                    if (calls.incrementAndGet() == 1) {
                        throw serializationFailure(1);
                    }
                });
        assertThat(order).containsExactly("first", "metrics", "last");
    }

    private static RetryListener named(String name, List<String> order) {
        return new RetryListener() {
            @Override
            public void onRetry(int attempt, Throwable error, Duration backoff) {
                order.add(name);
            }
        };
    }
}
