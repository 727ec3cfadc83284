package dev.qlio.orm.autoconfigure.replica;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.autoconfigure.OrmAutoConfiguration;
import dev.qlio.orm.autoconfigure.health.OrmHealthContributorAutoConfiguration;
import dev.qlio.orm.autoconfigure.metrics.OrmMetricsAutoConfiguration;
import dev.qlio.orm.autoconfigure.metrics.OrmObservationAutoConfiguration;
import dev.qlio.orm.session.Session;
import dev.qlio.orm.testsupport.Postgres;
import dev.qlio.orm.testsupport.RequiresPostgres;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Read replica routing against a real PostgreSQL streaming replica ({@code .ci/replica}): writes
 * run on the primary (the hot standby would refuse them), read-only work on the replica — proven by
 * pausing WAL replay, so a row committed on the primary is visible there and not on the replica —
 * read-your-writes keeps a writing thread on the primary for its window, and reads fall back to the
 * primary when the replica lags more than the maximum.
 */
@RequiresPostgres
class ReplicaRoutingIntegrationTests {

    private static String replicaUrl;

    /** The primary and Qlio, without a replica. */
    private final ApplicationContextRunner base =
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
                                    OrmMetricsAutoConfiguration.class,
                                    OrmReplicaAutoConfiguration.class,
                                    OrmHealthContributorAutoConfiguration.class))
                    .withPropertyValues(Postgres.dataSourceProperties())
                    .withPropertyValues(
                            "spring.datasource.hikari.maximum-pool-size=4", "qlio.orm.ddl=none")
                    .withUserConfiguration(NoteTables.class);

    /** With the streaming replica by URL. */
    private final ApplicationContextRunner runner =
            this.base.withPropertyValues(
                    "qlio.orm.replica.url=" + replicaUrl(),
                    "qlio.orm.replica.username=" + Postgres.user(),
                    "qlio.orm.replica.password=" + Postgres.password());

    private static String replicaUrl() {
        return replicaUrl != null ? replicaUrl : "unset";
    }

    @BeforeAll
    static void createTableOnThePrimary() throws SQLException {
        replicaUrl = StreamingReplica.url();
        StreamingReplica.resumeReplay(replicaUrl);
        try (Connection c = primary();
                Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS qlio_replica_note");
            st.execute(
                    "CREATE TABLE qlio_replica_note (id BIGSERIAL PRIMARY KEY,"
                            + " body VARCHAR(64) NOT NULL)");
        }
        StreamingReplica.catchUp(replicaUrl);
    }

    @AfterEach
    void resumeReplay() throws SQLException {
        StreamingReplica.resumeReplay(replicaUrl);
    }

    @Test
    void readOnlyWorkRunsOnTheReplicaAndWritesOnThePrimary() {
        this.runner
                .withPropertyValues("qlio.orm.replica.read-your-writes=0s")
                .run(
                        context -> {
                            Session session = context.getBean(Session.class);
                            TransactionTemplate readOnly = transactions(context, true);
                            TransactionTemplate readWrite = transactions(context, false);
                            Boolean onReplica = readOnly.execute(s -> inRecovery(session));
                            Boolean onPrimary = readWrite.execute(s -> inRecovery(session));
                            assertThat(onReplica).isTrue();
                            assertThat(onPrimary).isFalse();
                            // writes inside and outside a transaction: the standby would refuse
                            readWrite.executeWithoutResult(
                                    s -> session.add(ReplicaNote.of("in a transaction")));
                            session.add(ReplicaNote.of("on its own"));
                            assertThat(primaryCount("in a transaction")).isEqualTo(1);
                            assertThat(primaryCount("on its own")).isEqualTo(1);
                            MeterRegistry meters = context.getBean(MeterRegistry.class);
                            assertThat(statements(meters, "raw", "replica")).isEqualTo(1);
                            assertThat(statements(meters, "raw", "primary")).isEqualTo(1);
                            assertThat(statements(meters, "insert", "primary")).isEqualTo(2);
                            assertThat(statements(meters, "insert", "replica")).isZero();
                        });
    }

    @Test
    void readsOutsideATransactionRunOnTheReplica() throws Exception {
        this.runner
                .withPropertyValues(
                        "qlio.orm.replica.read-your-writes=0s", "qlio.orm.replica.max-lag=1h")
                .run(
                        context -> {
                            Session session = context.getBean(Session.class);
                            StreamingReplica.pauseReplay(replicaUrl);
                            String body = insertOnThePrimary();
                            // the replica has not replayed the insert: a read it runs misses it
                            assertThat(find(session, body)).isEmpty();
                            Optional<ReplicaNote> readOnly =
                                    transactions(context, true).execute(s -> find(session, body));
                            assertThat(readOnly).isEmpty();
                            // a read-write transaction reads on the primary
                            Optional<ReplicaNote> readWrite =
                                    transactions(context, false).execute(s -> find(session, body));
                            assertThat(readWrite).isPresent();
                            StreamingReplica.resumeReplay(replicaUrl);
                            StreamingReplica.catchUp(replicaUrl);
                            assertThat(find(session, body)).isPresent();
                            MeterRegistry meters = context.getBean(MeterRegistry.class);
                            assertThat(statements(meters, "select", "replica")).isEqualTo(3);
                            assertThat(statements(meters, "select", "primary")).isEqualTo(1);
                        });
    }

    @Test
    void aThreadReadsItsOwnWritesFromThePrimaryForTheWindow() {
        this.runner
                .withPropertyValues(
                        "qlio.orm.replica.read-your-writes=1500ms", "qlio.orm.replica.max-lag=1h")
                .run(
                        context -> {
                            Session session = context.getBean(Session.class);
                            ReplicaRouting routing = context.getBean(ReplicaRouting.class);
                            StreamingReplica.pauseReplay(replicaUrl);
                            String body = "mine " + UUID.randomUUID();
                            long wrote = System.nanoTime();
                            session.add(ReplicaNote.of(body));
                            // right after the write this thread reads the primary...
                            assertThat(find(session, body)).isPresent();
                            assertThat(routing.route()).isEqualTo("primary (read-your-writes)");
                            // ...while another thread reads the replica, which has not replayed it
                            assertThat(
                                            CompletableFuture.supplyAsync(() -> find(session, body))
                                                    .get())
                                    .isEmpty();
                            StreamingReplica.await(
                                    () ->
                                            System.nanoTime() - wrote
                                                    > Duration.ofMillis(1600).toNanos(),
                                    Duration.ofSeconds(5),
                                    "the read-your-writes window to pass");
                            // after the window this thread reads the replica again
                            assertThat(find(session, body)).isEmpty();
                            assertThat(routing.route()).isEqualTo("replica");
                        });
    }

    @Test
    void readsFallBackToThePrimaryWhileTheReplicaLags() throws Exception {
        this.runner
                .withPropertyValues(
                        "qlio.orm.replica.read-your-writes=0s",
                        "qlio.orm.replica.max-lag=300ms",
                        "qlio.orm.replica.lag-check-interval=50ms")
                .run(
                        context -> {
                            Session session = context.getBean(Session.class);
                            ReplicaRouting routing = context.getBean(ReplicaRouting.class);
                            MeterRegistry meters = context.getBean(MeterRegistry.class);
                            StreamingReplica.pauseReplay(replicaUrl);
                            String body = insertOnThePrimary();
                            StreamingReplica.await(
                                    () -> lagAbove(routing, Duration.ofMillis(300)),
                                    Duration.ofSeconds(10),
                                    "the measured lag to pass 300ms");
                            assertThat(routing.route()).startsWith("primary (lag ");
                            // the read falls back to the primary, which has the row
                            assertThat(find(session, body)).isPresent();
                            assertThat(statements(meters, "select", "primary")).isEqualTo(1);
                            assertThat(meters.get("qlio.orm.replica.lag").gauge().value())
                                    .isGreaterThan(0.3);
                            HealthIndicator health =
                                    context.getBean(
                                            "ormReplicaHealthIndicator", HealthIndicator.class);
                            Map<String, Object> details = health.health().getDetails();
                            assertThat(details).containsEntry("reachable", true);
                            assertThat(details.get("readOnlyConnections"))
                                    .isEqualTo(
                                            Map.of(
                                                    "replica", 0L,
                                                    "primaryReadYourWrites", 0L,
                                                    "primaryLag", 1L,
                                                    "primaryUnreachable", 0L));
                            // the same figures under "replica" in the orm health, whose status
                            // stays the schema's
                            Health orm =
                                    context.getBean("ormHealthIndicator", HealthIndicator.class)
                                            .health();
                            assertThat(orm.getStatus()).isEqualTo(Status.UP);
                            assertThat(orm.getDetails()).containsKey("tables");
                            @SuppressWarnings("unchecked")
                            Map<String, Object> replica =
                                    (Map<String, Object>) orm.getDetails().get("replica");
                            assertThat(replica).containsEntry("reachable", true);
                            assertThat(replica.get("lag")).isNotEqualTo("unknown");
                            assertThat(replica).containsKey("readOnlyConnections");
                            // replay resumed: the replica catches up and serves reads again
                            StreamingReplica.resumeReplay(replicaUrl);
                            StreamingReplica.await(
                                    () -> routing.route().equals("replica"),
                                    Duration.ofSeconds(30),
                                    "the replica to catch up");
                            assertThat(find(session, body)).isPresent();
                            assertThat(statements(meters, "select", "replica")).isEqualTo(1);
                        });
    }

    @Test
    void aDataSourceBeanNamedByTheReplicaPropertyServesReadOnlyWork() {
        this.base
                .withPropertyValues("qlio.orm.replica.data-source=replicaDataSource")
                .withUserConfiguration(TwoDataSources.class)
                .run(
                        context -> {
                            // the primary is wrapped, the replica bean is left as it is
                            assertThat(context.getBean("dataSource"))
                                    .isInstanceOf(LazyConnectionDataSourceProxy.class);
                            assertThat(context.getBean("replicaDataSource"))
                                    .isNotInstanceOf(LazyConnectionDataSourceProxy.class);
                            Session session = context.getBean(Session.class);
                            Boolean onReplica =
                                    transactions(context, true).execute(s -> inRecovery(session));
                            Boolean onPrimary =
                                    transactions(context, false).execute(s -> inRecovery(session));
                            assertThat(onReplica).isTrue();
                            assertThat(onPrimary).isFalse();
                        });
    }

    @Test
    void anUnreachableReplicaSendsReadOnlyWorkToThePrimary() {
        this.base
                .withPropertyValues(
                        "qlio.orm.replica.url=jdbc:postgresql://127.0.0.1:1/none?connectTimeout=1",
                        "qlio.orm.replica.username=" + Postgres.user())
                .run(
                        context -> {
                            Session session = context.getBean(Session.class);
                            Boolean inRecovery =
                                    transactions(context, true).execute(s -> inRecovery(session));
                            assertThat(inRecovery).isFalse();
                            Map<String, Object> details =
                                    context.getBean(
                                                    "ormReplicaHealthIndicator",
                                                    HealthIndicator.class)
                                            .health()
                                            .getDetails();
                            assertThat(details).containsEntry("reachable", false);
                            assertThat(details).containsEntry("lag", "unknown");
                            assertThat(details.get("readOnlyConnections"))
                                    .isEqualTo(
                                            Map.of(
                                                    "replica", 0L,
                                                    "primaryReadYourWrites", 0L,
                                                    "primaryLag", 0L,
                                                    "primaryUnreachable", 1L));
                        });
    }

    private static boolean lagAbove(ReplicaRouting routing, Duration limit) {
        Duration lag = routing.lag();
        return lag != null && lag.compareTo(limit) > 0;
    }

    private static Optional<ReplicaNote> find(Session session, String body) {
        return session.select(ReplicaNote.class).where(ReplicaNote.BODY.eq(body)).first();
    }

    private static boolean inRecovery(Session session) {
        return Boolean.TRUE.equals(
                session.fetch("SELECT pg_is_in_recovery() AS r").get(0).get("r"));
    }

    private static long statements(MeterRegistry meters, String operation, String side) {
        Timer timer =
                meters.find("qlio.orm.query").tags("operation", operation, "side", side).timer();
        return timer == null ? 0 : timer.count();
    }

    private static TransactionTemplate transactions(
            AssertableApplicationContext context, boolean readOnly) {
        TransactionTemplate template =
                new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        template.setReadOnly(readOnly);
        return template;
    }

    private static Connection primary() throws SQLException {
        return DriverManager.getConnection(Postgres.url(), Postgres.user(), Postgres.password());
    }

    /** Inserts a row with plain JDBC (Qlio's routing never sees this write). */
    private static String insertOnThePrimary() throws SQLException {
        String body = "note " + UUID.randomUUID();
        try (Connection c = primary();
                PreparedStatement ps =
                        c.prepareStatement("INSERT INTO qlio_replica_note (body) VALUES (?)")) {
            ps.setString(1, body);
            ps.executeUpdate();
        }
        return body;
    }

    private static long primaryCount(String body) throws SQLException {
        try (Connection c = primary();
                PreparedStatement ps =
                        c.prepareStatement(
                                "SELECT count(*) FROM qlio_replica_note WHERE body = ?")) {
            ps.setString(1, body);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage
    static class NoteTables {}

    /** The application's own primary and replica {@code DataSource} beans. */
    @Configuration(proxyBeanMethods = false)
    static class TwoDataSources {

        @Bean
        @Primary
        DataSource dataSource() {
            return new DriverManagerDataSource(
                    Postgres.url(), Postgres.user(), Postgres.password());
        }

        @Bean
        DataSource replicaDataSource() {
            return new DriverManagerDataSource(replicaUrl, Postgres.user(), Postgres.password());
        }
    }
}
