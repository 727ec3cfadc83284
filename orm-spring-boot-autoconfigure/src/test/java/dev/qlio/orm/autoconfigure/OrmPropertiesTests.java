package dev.qlio.orm.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.spring.schema.SchemaAction;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class OrmPropertiesTests {

    private final ApplicationContextRunner contextRunner =
            new ApplicationContextRunner().withUserConfiguration(PropertiesConfiguration.class);

    @Test
    void defaultsMatchTheDocumentedTable() {
        this.contextRunner.run(
                (context) -> {
                    OrmProperties properties = context.getBean(OrmProperties.class);
                    assertThat(properties.getScanPackages()).isEmpty();
                    assertThat(properties.getDialect()).isNull();
                    assertThat(properties.getDdl()).isNull();
                    assertThat(properties.isShowSql()).isFalse();
                    assertThat(properties.getFetchSize()).isEqualTo(500);
                    assertThat(properties.getBatchSize()).isEqualTo(500);
                    assertThat(properties.getSlowQueryThreshold()).isNull();
                    assertThat(properties.getMetrics().isEnabled()).isTrue();
                    assertThat(properties.getMetrics().isSqlText()).isFalse();
                    assertThat(properties.getHealth().isEnabled()).isTrue();
                    assertThat(properties.getHealth().getCacheTtl())
                            .isEqualTo(Duration.ofSeconds(30));
                    assertThat(properties.getRetry().getMaxAttempts()).isEqualTo(1);
                    assertThat(properties.getRetry().getInitialBackoff())
                            .isEqualTo(Duration.ofMillis(10));
                    assertThat(properties.getRetry().getMaxBackoff())
                            .isEqualTo(Duration.ofSeconds(1));
                });
    }

    @Test
    void bindsEveryProperty() {
        this.contextRunner
                .withPropertyValues(
                        "qlio.orm.scan-packages=com.example.a,com.example.b",
                        "qlio.orm.dialect=postgresql",
                        "qlio.orm.ddl=create-drop",
                        "qlio.orm.show-sql=true",
                        "qlio.orm.fetch-size=50",
                        "qlio.orm.batch-size=25",
                        "qlio.orm.slow-query-threshold=250ms",
                        "qlio.orm.query-timeout=2s",
                        "qlio.orm.metrics.enabled=false",
                        "qlio.orm.metrics.sql-text=true",
                        "qlio.orm.health.enabled=false",
                        "qlio.orm.health.cache-ttl=1m",
                        "qlio.orm.retry.max-attempts=3",
                        "qlio.orm.retry.initial-backoff=20ms",
                        "qlio.orm.retry.max-backoff=2s")
                .run(
                        (context) -> {
                            OrmProperties properties = context.getBean(OrmProperties.class);
                            assertThat(properties.getScanPackages())
                                    .containsExactly("com.example.a", "com.example.b");
                            assertThat(properties.getDialect()).isEqualTo("postgresql");
                            assertThat(properties.getDdl()).isEqualTo(SchemaAction.CREATE_DROP);
                            assertThat(properties.isShowSql()).isTrue();
                            assertThat(properties.getFetchSize()).isEqualTo(50);
                            assertThat(properties.getBatchSize()).isEqualTo(25);
                            assertThat(properties.getSlowQueryThreshold())
                                    .isEqualTo(Duration.ofMillis(250));
                            assertThat(properties.getQueryTimeout())
                                    .isEqualTo(Duration.ofSeconds(2));
                            assertThat(properties.getMetrics().isEnabled()).isFalse();
                            assertThat(properties.getMetrics().isSqlText()).isTrue();
                            assertThat(properties.getHealth().isEnabled()).isFalse();
                            assertThat(properties.getHealth().getCacheTtl())
                                    .isEqualTo(Duration.ofMinutes(1));
                            assertThat(properties.getRetry().getMaxAttempts()).isEqualTo(3);
                            assertThat(properties.getRetry().getInitialBackoff())
                                    .isEqualTo(Duration.ofMillis(20));
                            assertThat(properties.getRetry().getMaxBackoff())
                                    .isEqualTo(Duration.ofSeconds(2));
                        });
    }

    @Test
    void bindsEveryDdlValue() {
        for (String value : new String[] {"none", "create", "create-drop", "validate"}) {
            this.contextRunner
                    .withPropertyValues("qlio.orm.ddl=" + value)
                    .run(
                            (context) ->
                                    assertThat(context.getBean(OrmProperties.class).getDdl())
                                            .isEqualTo(
                                                    SchemaAction.valueOf(
                                                            value.toUpperCase()
                                                                    .replace('-', '_'))));
        }
    }

    @Test
    void rejectsUnknownDdlValue() {
        this.contextRunner
                .withPropertyValues("qlio.orm.ddl=update")
                .run(
                        (context) ->
                                assertThat(context)
                                        .getFailure()
                                        .hasStackTraceContaining("qlio.orm.ddl")
                                        .hasStackTraceContaining("update"));
    }

    @Test
    void rejectsFetchSizeBelowOne() {
        this.contextRunner
                .withPropertyValues("qlio.orm.fetch-size=0")
                .run(
                        (context) ->
                                assertThat(context)
                                        .getFailure()
                                        .rootCause()
                                        .isInstanceOf(BindValidationException.class)
                                        .hasMessageContaining("fetchSize")
                                        .hasMessageContaining("must be at least 1"));
    }

    @Test
    void rejectsBatchSizeBelowOne() {
        this.contextRunner
                .withPropertyValues("qlio.orm.batch-size=-5")
                .run(
                        (context) ->
                                assertThat(context)
                                        .getFailure()
                                        .rootCause()
                                        .isInstanceOf(BindValidationException.class)
                                        .hasMessageContaining("batchSize"));
    }

    @Test
    void rejectsZeroRetryAttempts() {
        this.contextRunner
                .withPropertyValues("qlio.orm.retry.max-attempts=0")
                .run(
                        (context) ->
                                assertThat(context)
                                        .getFailure()
                                        .rootCause()
                                        .hasMessageContaining("retry.maxAttempts"));
    }

    @Test
    void rejectsMaxBackoffShorterThanInitialBackoff() {
        this.contextRunner
                .withPropertyValues(
                        "qlio.orm.retry.initial-backoff=2s", "qlio.orm.retry.max-backoff=1s")
                .run(
                        (context) ->
                                assertThat(context)
                                        .getFailure()
                                        .rootCause()
                                        .hasMessageContaining("retry.maxBackoff")
                                        .hasMessageContaining("retry.initial-backoff"));
    }

    @Test
    void rejectsNonPositiveSlowQueryThreshold() {
        this.contextRunner
                .withPropertyValues("qlio.orm.slow-query-threshold=0s")
                .run(
                        (context) ->
                                assertThat(context)
                                        .getFailure()
                                        .rootCause()
                                        .hasMessageContaining("slowQueryThreshold"));
    }

    @Test
    void rejectsNonPositiveQueryTimeout() {
        this.contextRunner
                .withPropertyValues("qlio.orm.query-timeout=0s")
                .run(
                        (context) ->
                                assertThat(context)
                                        .getFailure()
                                        .rootCause()
                                        .hasMessageContaining("queryTimeout"));
    }

    @Test
    void rejectsMalformedDuration() {
        this.contextRunner
                .withPropertyValues("qlio.orm.health.cache-ttl=soon")
                .run(
                        (context) ->
                                assertThat(context)
                                        .getFailure()
                                        .hasStackTraceContaining("qlio.orm.health.cache-ttl"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(OrmProperties.class)
    static class PropertiesConfiguration {}

    @Test
    void bindsTheReplicaAndDefaultsItsTimings() {
        this.contextRunner
                .withPropertyValues(
                        "qlio.orm.replica.url=jdbc:postgresql://replica/app",
                        "qlio.orm.replica.username=reader",
                        "qlio.orm.replica.read-your-writes=0s")
                .run(
                        (context) -> {
                            OrmProperties.Replica replica =
                                    context.getBean(OrmProperties.class).getReplica();
                            assertThat(replica.getUrl()).isEqualTo("jdbc:postgresql://replica/app");
                            assertThat(replica.getUsername()).isEqualTo("reader");
                            assertThat(replica.getDataSource()).isNull();
                            assertThat(replica.getReadYourWrites()).isZero();
                            assertThat(replica.getMaxLag()).hasSeconds(5);
                            assertThat(replica.getLagCheckInterval()).hasSeconds(1);
                        });
    }

    @Test
    void rejectsAReplicaGivenTwiceAndAZeroMaxLag() {
        this.contextRunner
                .withPropertyValues(
                        "qlio.orm.replica.url=jdbc:postgresql://replica/app",
                        "qlio.orm.replica.data-source=replicaDataSource",
                        "qlio.orm.replica.max-lag=0s")
                .run(
                        (context) ->
                                assertThat(context)
                                        .getFailure()
                                        .rootCause()
                                        .isInstanceOf(BindValidationException.class)
                                        .hasMessageContaining(
                                                "either replica.url or replica.data-source")
                                        .hasMessageContaining("replica.maxLag"));
    }
}
