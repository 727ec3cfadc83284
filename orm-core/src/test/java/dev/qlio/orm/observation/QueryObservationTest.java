package dev.qlio.orm.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qlio.orm.Database;
import dev.qlio.orm.internal.exec.Instrumentation;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.session.Session;
import dev.qlio.orm.testing.TestDatabase;
import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One {@code qlio.orm.query} observation per JDBC execution, with exactly the contract's keys, on
 * H2 with a {@link TestObservationRegistry} and a {@link SimpleMeterRegistry}.
 */
class QueryObservationTest {

    private static final TestDatabase DB = TestDatabase.H2;

    private static final String SECRET = "s3cret-value-4711";

    private final TestObservationRegistry registry = TestObservationRegistry.create();

    private final MeterRegistry meters = new SimpleMeterRegistry();

    private final Recorder recorder = new Recorder();

    private Database db;

    @BeforeEach
    void setUp() {
        DB.assumeAvailable();
        DB.dropTables("qo_item");
        this.registry.observationConfig().observationHandler(this.recorder);
        this.registry
                .observationConfig()
                .observationHandler(new DefaultMeterObservationHandler(this.meters));
        this.db = database(this.registry, false);
        this.db.ddl().create(ObservedItem.class);
        this.recorder.clear();
        this.registry.clear();
    }

    private static Database database(ObservationRegistry registry, boolean sqlText) {
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(ObservedItem.class);
        return Database.builder(DB.dataSource(), metadata)
                .dialect(DB.dialect())
                .observationRegistry(registry)
                .sqlText(sqlText)
                .build();
    }

    private static ObservedItem item(long id, String name) {
        ObservedItem item = new ObservedItem();
        item.set(ObservedItem.ID, id);
        item.set(ObservedItem.NAME, name);
        item.set(ObservedItem.QUANTITY, 3);
        return item;
    }

    private void insertDirectly(long id, String name) {
        new JdbcTemplate(DB.dataSource())
                .update("INSERT INTO \"qo_item\" (\"id\", \"name\") VALUES (?, ?)", id, name);
    }

    @Test
    void selectIsOneObservationWithOperationTableAndOutcome() {
        insertDirectly(1, "a");
        try (Session s = this.db.session()) {
            assertThat(s.select(ObservedItem.class).all()).hasSize(1);
        }
        assertThat(this.registry)
                .hasNumberOfObservationsWithNameEqualTo("qlio.orm.query", 1)
                .hasObservationWithNameEqualTo("qlio.orm.query")
                .that()
                .hasLowCardinalityKeyValue("operation", "select")
                .hasLowCardinalityKeyValue("table", "qo_item")
                .hasLowCardinalityKeyValue("outcome", "success")
                .hasLowCardinalityKeyValue("exception", "none")
                .hasBeenStarted()
                .hasBeenStopped();
        assertThat(this.recorder.single().getContextualName()).isEqualTo("select qo_item");
    }

    @Test
    void eachOperationIsExactlyOneObservationWithExactlyTheContractKeys() {
        try (Session s = this.db.session()) {
            ObservedItem a = item(1, "a");
            expectOne("insert", "qo_item", () -> s.add(a));
            ObservedItem loaded = s.select(ObservedItem.class).first().orElseThrow();
            this.recorder.clear();
            loaded.set(ObservedItem.QUANTITY, 7);
            expectOne("update", "qo_item", () -> s.add(loaded));
            expectOne(
                    "update",
                    "qo_item",
                    () ->
                            s.update(ObservedItem.class)
                                    .set(ObservedItem.QUANTITY, 9)
                                    .where(ObservedItem.ID.eq(1L))
                                    .execute());
            expectOne("upsert", "qo_item", () -> s.merge(item(2, "b")));
            expectOne("select", "qo_item", () -> s.select(ObservedItem.class).count());
            expectOne("raw", "none", () -> s.fetch("SELECT 1"));
            expectOne(
                    "raw",
                    "none",
                    () -> s.execute("UPDATE \"qo_item\" SET \"quantity\" = 1", Map.of()));
            expectOne("delete", "qo_item", () -> s.remove(loaded));
            expectOne(
                    "delete",
                    "qo_item",
                    () -> s.delete(ObservedItem.class).where(ObservedItem.ID.eq(2L)).execute());
            s.commit();
        }
        for (Observation.Context context : this.recorder.contexts) {
            assertThat(context.getLowCardinalityKeyValues())
                    .extracting(KeyValue::getKey)
                    .containsExactlyInAnyOrder(
                            "operation", "table", "side", "outcome", "exception");
            assertThat(context.getHighCardinalityKeyValues()).isEmpty();
        }
    }

    @Test
    void ddlStatementsAreObservedOneByOne() {
        this.db.ddl().drop(ObservedItem.class);
        assertThat(this.recorder.operations()).containsExactly("ddl qo_item");
        this.recorder.clear();
        this.db.ddl().create(ObservedItem.class);
        // CREATE TABLE, then CREATE INDEX for BY_QUANTITY
        assertThat(this.recorder.operations()).containsExactly("ddl qo_item", "ddl qo_item");
        assertThat(this.recorder.contexts)
                .allSatisfy(c -> assertThat(outcome(c)).isEqualTo("success"));
        assertThat(((QueryContext) this.recorder.contexts.get(0)).getSql())
                .startsWith("CREATE TABLE");
    }

    @Test
    void failedStatementHasOutcomeErrorAndTheTranslatedExceptionName() {
        insertDirectly(1, "a");
        try (Session s = this.db.session()) {
            assertThatThrownBy(() -> s.add(item(2, "a"))).isInstanceOf(DuplicateKeyException.class);
        }
        Observation.Context context = this.recorder.single();
        assertThat(context.getLowCardinalityKeyValue("operation").getValue()).isEqualTo("insert");
        assertThat(outcome(context)).isEqualTo("error");
        assertThat(context.getLowCardinalityKeyValue("exception").getValue())
                .isEqualTo("DuplicateKeyException");
        assertThat(context.getError()).isInstanceOf(DuplicateKeyException.class);
        assertThat(this.registry).hasObservationWithNameEqualTo("qlio.orm.query").that().hasError();
    }

    @Test
    void failedDdlStatementHasOutcomeError() {
        // the column exists already
        assertThatThrownBy(() -> this.db.ddl().addColumn(ObservedItem.QUANTITY))
                .isInstanceOf(DataAccessException.class);
        Observation.Context context = this.recorder.single();
        assertThat(context.getLowCardinalityKeyValue("operation").getValue()).isEqualTo("ddl");
        assertThat(outcome(context)).isEqualTo("error");
        assertThat(context.getLowCardinalityKeyValue("exception").getValue())
                .isEqualTo(context.getError().getClass().getSimpleName());
        assertThat(context.getError()).isInstanceOf(DataAccessException.class);
    }

    @Test
    void failedRawStatementHasOutcomeError() {
        try (Session s = this.db.session()) {
            assertThatThrownBy(() -> s.fetch("SELECT * FROM \"qo_no_such_table\""))
                    .isInstanceOf(DataAccessException.class);
        }
        Observation.Context context = this.recorder.single();
        assertThat(context.getLowCardinalityKeyValue("operation").getValue()).isEqualTo("raw");
        assertThat(context.getLowCardinalityKeyValue("table").getValue()).isEqualTo("none");
        assertThat(outcome(context)).isEqualTo("error");
        assertThat(context.getLowCardinalityKeyValue("exception").getValue())
                .isEqualTo(context.getError().getClass().getSimpleName());
    }

    @Test
    void boundValuesNeverAppearInKeysEvenWithSqlText() {
        Database withSql = database(this.registry, true);
        try (Session s = withSql.session()) {
            s.add(item(1, SECRET));
            s.select(ObservedItem.class).where(ObservedItem.NAME.eq(SECRET)).all();
            s.fetch("SELECT * FROM \"qo_item\" WHERE \"name\" = :name", Map.of("name", SECRET));
            s.update(ObservedItem.class)
                    .set(ObservedItem.NAME, SECRET + "x")
                    .where(ObservedItem.NAME.eq(SECRET))
                    .execute();
            assertThatThrownBy(() -> s.add(item(1, SECRET))).isNotNull();
        }
        assertThat(this.recorder.contexts).hasSize(5);
        for (Observation.Context context : this.recorder.contexts) {
            List<KeyValue> all = new ArrayList<>();
            context.getLowCardinalityKeyValues().forEach(all::add);
            context.getHighCardinalityKeyValues().forEach(all::add);
            assertThat(all).extracting(KeyValue::getValue).noneMatch(v -> v.contains("s3cret"));
            assertThat(context.getHighCardinalityKeyValue("sql")).isNotNull();
            assertThat(context.getHighCardinalityKeyValue("sql").getValue()).contains("?");
        }
        assertThat(this.meters.getMeters())
                .allSatisfy(
                        m ->
                                assertThat(m.getId().getTags())
                                        .noneMatch(t -> t.getValue().contains("s3cret")));
    }

    @Test
    void sqlTextIsOffByDefault() {
        try (Session s = this.db.session()) {
            s.select(ObservedItem.class).all();
        }
        assertThat(this.recorder.single().getHighCardinalityKeyValue("sql")).isNull();
    }

    @Test
    void timerOfTheSameNameCarriesTheTags() {
        try (Session s = this.db.session()) {
            s.add(item(1, "a"));
            s.add(item(2, "b"));
            assertThatThrownBy(() -> s.add(item(3, "a"))).isNotNull();
        }
        Timer inserts =
                this.meters
                        .get("qlio.orm.query")
                        .tags(
                                "operation", "insert",
                                "table", "qo_item",
                                "outcome", "success",
                                "exception", "none")
                        .timer();
        assertThat(inserts.count()).isEqualTo(2);
        Timer failed =
                this.meters
                        .get("qlio.orm.query")
                        .tags("outcome", "error", "exception", "DuplicateKeyException")
                        .timer();
        assertThat(failed.count()).isEqualTo(1);
    }

    @Test
    void statementCounterCountsStatementsOfTheRegistry() {
        ObservationRegistry plain = ObservationRegistry.create();
        StatementCounter counter = StatementCounter.install(plain);
        Database counted = database(plain, false);
        try (Session s = counted.session()) {
            counter.expect(
                    2,
                    () -> {
                        s.add(item(1, "a"));
                        s.select(ObservedItem.class).all();
                    });
        }
        assertThat(counter.statements()).containsExactly("insert qo_item", "select qo_item");
    }

    @Test
    void aFailedStatementCountListsTheSqlThatRan() {
        ObservationRegistry plain = ObservationRegistry.create();
        StatementCounter counter = StatementCounter.create();
        plain.observationConfig().observationHandler(counter);
        Database counted = database(plain, false);
        try (Session s = counted.session()) {
            assertThatThrownBy(
                            () ->
                                    counter.expect(
                                            1,
                                            () -> {
                                                s.add(item(1, "a"));
                                                s.select(ObservedItem.class).all();
                                            }))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Expected 1 statement but 2 ran")
                    .hasMessageContaining("1. insert qo_item: INSERT INTO")
                    .hasMessageContaining("2. select qo_item: SELECT");
        }
        counter.reset();
        assertThatThrownBy(() -> counter.assertCount(3))
                .hasMessageContaining("Expected 3 statements but 0 ran")
                .hasMessageContaining("registry this counter listens to");
    }

    @Test
    void noopRegistryAllocatesNoObservation() {
        assertThat(new Instrumentation(ObservationRegistry.NOOP).start("select", "t", "SELECT 1"))
                .isNull();
        // a registry nobody listens to is a no-op one too
        assertThat(
                        new Instrumentation(ObservationRegistry.create())
                                .start("select", "t", "SELECT 1"))
                .isNull();
        Database plain = database(ObservationRegistry.NOOP, false);
        try (Session s = plain.session()) {
            s.add(item(1, "a"));
            assertThat(s.select(ObservedItem.class).all()).hasSize(1);
        }
        assertThat(this.recorder.contexts).isEmpty();
    }

    @Test
    void slowQueryThresholdTimesStatementsEvenWithoutARegistry() {
        Instrumentation timed =
                new Instrumentation(
                        ObservationRegistry.NOOP,
                        null,
                        false,
                        false,
                        Duration.ofNanos(1),
                        MetricsListener.NONE);
        Observation observation = timed.start("select", "t", "SELECT 1");
        assertThat(observation).isNotNull();
        timed.success(observation);
        assertThat(((QueryContext) observation.getContext()).getOutcome()).isEqualTo("success");
    }

    @Test
    void rowCountsGoToTheMetricsListener() {
        AtomicLong read = new AtomicLong();
        AtomicLong written = new AtomicLong();
        List<Throwable> retries = new ArrayList<>();
        Instrumentation instrumentation =
                new Instrumentation(
                        ObservationRegistry.NOOP,
                        null,
                        false,
                        false,
                        null,
                        new MetricsListener() {
                            @Override
                            public void rowsRead(long rows) {
                                read.addAndGet(rows);
                            }

                            @Override
                            public void rowsWritten(long rows) {
                                written.addAndGet(rows);
                            }

                            @Override
                            public void retried(Throwable cause) {
                                retries.add(cause);
                            }
                        });
        instrumentation.rowsRead(3);
        instrumentation.rowsRead(0);
        instrumentation.rowsWritten(2);
        instrumentation.rowsWritten(-2); // Statement.SUCCESS_NO_INFO
        instrumentation.retried(new IllegalStateException("deadlock"));
        assertThat(read).hasValue(3);
        assertThat(written).hasValue(2);
        assertThat(retries).hasSize(1);
    }

    @Test
    void customConventionReplacesTheDefaultOne() {
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(ObservedItem.class);
        // a registry of its own: the test registry wants one key set per observation name
        ObservationRegistry own = ObservationRegistry.create();
        own.observationConfig().observationHandler(this.recorder);
        Database custom =
                Database.builder(DB.dataSource(), metadata)
                        .dialect(DB.dialect())
                        .observationRegistry(own)
                        .observationConvention(
                                new DefaultQueryObservationConvention() {
                                    @Override
                                    public io.micrometer.common.KeyValues
                                            getLowCardinalityKeyValues(QueryContext context) {
                                        return super.getLowCardinalityKeyValues(context)
                                                .and("tenant", "acme");
                                    }
                                })
                        .build();
        try (Session s = custom.session()) {
            s.select(ObservedItem.class).all();
        }
        assertThat(this.recorder.single().getLowCardinalityKeyValue("tenant").getValue())
                .isEqualTo("acme");
    }

    private void expectOne(String operation, String table, Runnable work) {
        this.recorder.clear();
        work.run();
        assertThat(this.recorder.operations())
                .as("observations of one %s", operation)
                .containsExactly(operation + " " + table);
        assertThat(outcome(this.recorder.contexts.get(0))).isEqualTo("success");
    }

    private static String outcome(Observation.Context context) {
        return context.getLowCardinalityKeyValue("outcome").getValue();
    }

    /** Keeps the contexts of stopped {@code qlio.orm.query} observations. */
    static final class Recorder implements ObservationHandler<QueryContext> {

        final List<Observation.Context> contexts = new ArrayList<>();

        @Override
        public void onStop(QueryContext context) {
            this.contexts.add(context);
        }

        @Override
        public boolean supportsContext(Observation.Context context) {
            return context instanceof QueryContext;
        }

        void clear() {
            this.contexts.clear();
        }

        Observation.Context single() {
            assertThat(this.contexts).hasSize(1);
            return this.contexts.get(0);
        }

        List<String> operations() {
            return this.contexts.stream()
                    .map(
                            c ->
                                    c.getLowCardinalityKeyValue("operation").getValue()
                                            + " "
                                            + c.getLowCardinalityKeyValue("table").getValue())
                    .toList();
        }
    }
}
