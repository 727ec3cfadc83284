package dev.qlio.orm.autoconfigure.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.Database;
import dev.qlio.orm.actuate.metrics.OrmSessionMetrics;
import dev.qlio.orm.autoconfigure.DatabaseCustomizer;
import dev.qlio.orm.autoconfigure.OrmAutoConfiguration;
import dev.qlio.orm.autoconfigure.tables.a.Author;
import dev.qlio.orm.observation.DefaultQueryObservationConvention;
import dev.qlio.orm.observation.QueryContext;
import dev.qlio.orm.observation.QueryObservationConvention;
import dev.qlio.orm.session.Session;
import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class OrmObservationAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner =
            new ApplicationContextRunner()
                    .withConfiguration(
                            AutoConfigurations.of(
                                    DataSourceAutoConfiguration.class,
                                    DataSourceTransactionManagerAutoConfiguration.class,
                                    TransactionAutoConfiguration.class,
                                    ObservationAutoConfiguration.class,
                                    MetricsAutoConfiguration.class,
                                    SimpleMetricsExportAutoConfiguration.class,
                                    CompositeMeterRegistryAutoConfiguration.class,
                                    OrmAutoConfiguration.class,
                                    OrmObservationAutoConfiguration.class,
                                    OrmMetricsAutoConfiguration.class))
                    .withPropertyValues("spring.datasource.generate-unique-name=true")
                    .withUserConfiguration(AuthorTables.class);

    @Test
    void recordsATimerPerStatementWithTheContractTags() {
        this.contextRunner.run(
                (context) -> {
                    Session session = context.getBean(Session.class);
                    Author author = new Author();
                    author.set(Author.NAME, "ada");
                    session.add(author);
                    session.select(Author.class).all();
                    MeterRegistry meters = context.getBean(MeterRegistry.class);
                    Timer inserts =
                            meters.get("qlio.orm.query")
                                    .tags(
                                            "operation", "insert",
                                            "table", "qlio_starter_author",
                                            "outcome", "success",
                                            "exception", "none")
                                    .timer();
                    assertThat(inserts.count()).isEqualTo(1);
                    assertThat(
                                    meters.get("qlio.orm.query")
                                            .tags("operation", "select")
                                            .timer()
                                            .count())
                            .isEqualTo(1);
                    // the schema action's CREATE TABLE went through the same registry
                    assertThat(meters.get("qlio.orm.query").tags("operation", "ddl").timers())
                            .isNotEmpty();
                });
    }

    @Test
    void registersRowCountersAndTheActiveSessionsGauge() {
        this.contextRunner.run(
                (context) -> {
                    assertThat(context).hasSingleBean(OrmSessionMetrics.class);
                    MeterRegistry meters = context.getBean(MeterRegistry.class);
                    assertThat(meters.get("qlio.orm.sessions.active").gauge().value()).isZero();
                    assertThat(meters.get("qlio.orm.rows").tags("direction", "read").counter())
                            .isNotNull();
                    assertThat(meters.get("qlio.orm.rows").tags("direction", "written").counter())
                            .isNotNull();
                    Database database = context.getBean(Database.class);
                    try (Session session = database.session()) {
                        assertThat(meters.get("qlio.orm.sessions.active").gauge().value())
                                .isEqualTo(1);
                    }
                });
    }

    @Test
    void metricsDisabledRecordsNothing() {
        this.contextRunner
                .withPropertyValues("qlio.orm.metrics.enabled=false")
                .run(
                        (context) -> {
                            assertThat(context)
                                    .doesNotHaveBean("qlioObservationDatabaseCustomizer");
                            assertThat(context).doesNotHaveBean("qlioMetricsDatabaseCustomizer");
                            assertThat(context).doesNotHaveBean(OrmSessionMetrics.class);
                            Author author = new Author();
                            author.set(Author.NAME, "ada");
                            context.getBean(Session.class).add(author);
                            MeterRegistry meters = context.getBean(MeterRegistry.class);
                            assertThat(meters.find("qlio.orm.query").timers()).isEmpty();
                            assertThat(meters.find("qlio.orm.rows").counters()).isEmpty();
                            assertThat(meters.find("qlio.orm.sessions.active").gauges()).isEmpty();
                        });
    }

    @Test
    void backsOffWithoutAnObservationRegistry() {
        new ApplicationContextRunner()
                .withConfiguration(
                        AutoConfigurations.of(
                                DataSourceAutoConfiguration.class,
                                OrmAutoConfiguration.class,
                                OrmObservationAutoConfiguration.class,
                                OrmMetricsAutoConfiguration.class))
                .withPropertyValues("spring.datasource.generate-unique-name=true")
                .withUserConfiguration(AuthorTables.class)
                .run(
                        (context) -> {
                            assertThat(context).hasSingleBean(Database.class);
                            assertThat(context).doesNotHaveBean(DatabaseCustomizer.class);
                            assertThat(context).doesNotHaveBean(OrmSessionMetrics.class);
                        });
    }

    @Test
    void sqlTextAddsTheSqlButNeverValues() {
        this.contextRunner
                .withPropertyValues("qlio.orm.metrics.sql-text=true")
                .withUserConfiguration(Recording.class)
                .run(
                        (context) -> {
                            Author author = new Author();
                            author.set(Author.NAME, "s3cret");
                            context.getBean(Session.class).add(author);
                            QueryContext insert = context.getBean(Recording.class).last("insert");
                            assertThat(insert.getHighCardinalityKeyValue("sql").getValue())
                                    .startsWith("INSERT INTO")
                                    .contains("?")
                                    .doesNotContain("s3cret");
                        });
    }

    @Test
    void sqlTextIsOffByDefault() {
        this.contextRunner
                .withUserConfiguration(Recording.class)
                .run(
                        (context) -> {
                            context.getBean(Session.class).select(Author.class).all();
                            QueryContext select = context.getBean(Recording.class).last("select");
                            assertThat(select.getHighCardinalityKeyValue("sql")).isNull();
                        });
    }

    @Test
    void usesAnObservationConventionBean() {
        this.contextRunner
                .withUserConfiguration(Recording.class, TenantConvention.class)
                .run(
                        (context) -> {
                            context.getBean(Session.class).select(Author.class).all();
                            MeterRegistry meters = context.getBean(MeterRegistry.class);
                            assertThat(
                                            meters.get("qlio.orm.query")
                                                    .tags("operation", "select", "tenant", "acme")
                                                    .timer()
                                                    .count())
                                    .isEqualTo(1);
                        });
    }

    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage(basePackageClasses = Author.class)
    static class AuthorTables {}

    /** An observation handler bean: Boot registers it with the registry. */
    @Configuration(proxyBeanMethods = false)
    static class Recording {

        final List<QueryContext> contexts = new CopyOnWriteArrayList<>();

        @Bean
        ObservationHandler<QueryContext> recordingHandler() {
            return new ObservationHandler<>() {
                @Override
                public void onStop(QueryContext context) {
                    Recording.this.contexts.add(context);
                }

                @Override
                public boolean supportsContext(Observation.Context context) {
                    return context instanceof QueryContext;
                }
            };
        }

        QueryContext last(String operation) {
            return this.contexts.stream()
                    .filter(c -> c.getOperation().equals(operation))
                    .reduce((a, b) -> b)
                    .orElseThrow();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class TenantConvention {

        @Bean
        QueryObservationConvention tenantConvention() {
            return new DefaultQueryObservationConvention() {
                @Override
                public KeyValues getLowCardinalityKeyValues(QueryContext context) {
                    return super.getLowCardinalityKeyValues(context).and("tenant", "acme");
                }
            };
        }
    }
}
