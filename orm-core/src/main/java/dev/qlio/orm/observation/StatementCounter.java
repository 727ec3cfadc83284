package dev.qlio.orm.observation;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Counts the statements Qlio runs, for tests that pin down how many statements a piece of code
 * costs ("loading 100 authors with their books takes exactly 2"). It listens to the {@code
 * qlio.orm.query} observations of the registry the {@link dev.qlio.orm.Database} was built with:
 *
 * <pre>{@code
 * ObservationRegistry registry = ObservationRegistry.create();
 * StatementCounter counter = StatementCounter.install(registry);
 * Database db = Database.builder(dataSource, metadata).observationRegistry(registry).build();
 * List<Author> authors = counter.expect(2, () -> session.select(Author.class).load(Author.BOOKS).all());
 * }</pre>
 *
 * <p>With Spring Boot, declare it as a bean ({@link #create()}): Boot registers every {@code
 * ObservationHandler} bean with the application's registry. {@code @OrmTest} provides one to
 * inject. A failed {@link #expect} lists the SQL of every statement that ran.
 *
 * <p>Thread-safe; it counts the statements of every thread.
 */
public final class StatementCounter implements ObservationHandler<Observation.Context> {

    private static final String QUERY = "qlio.orm.query";

    private final List<String> statements = new ArrayList<>();

    private final List<String> sql = new ArrayList<>();

    private StatementCounter() {}

    /**
     * Creates a counter that is not registered yet: register it with {@code
     * registry.observationConfig().observationHandler(counter)}, or declare it as a Spring bean
     * (Spring Boot registers {@code ObservationHandler} beans with the application's registry).
     *
     * @return the counter
     */
    public static StatementCounter create() {
        return new StatementCounter();
    }

    /**
     * Creates a counter and registers it with a registry.
     *
     * @param registry the registry Qlio reports to (not the no-op one)
     * @return the counter
     */
    public static StatementCounter install(ObservationRegistry registry) {
        Objects.requireNonNull(registry, "registry must not be null");
        if (registry == ObservationRegistry.NOOP) {
            throw new IllegalArgumentException(
                    "The no-op ObservationRegistry reports nothing: build the Database"
                            + " with ObservationRegistry.create() (or the application's registry) to count statements");
        }
        StatementCounter counter = new StatementCounter();
        registry.observationConfig().observationHandler(counter);
        return counter;
    }

    @Override
    public void onStart(Observation.Context context) {
        if (QUERY.equals(context.getName())) {
            KeyValue operation = context.getLowCardinalityKeyValue("operation");
            KeyValue table = context.getLowCardinalityKeyValue("table");
            String text =
                    (operation != null ? operation.getValue() : "?")
                            + " "
                            + (table != null ? table.getValue() : "?");
            synchronized (this.statements) {
                this.statements.add(text);
                this.sql.add(
                        context instanceof QueryContext query
                                ? text + ": " + query.getSql()
                                : text);
            }
        }
    }

    @Override
    public boolean supportsContext(Observation.Context context) {
        return true;
    }

    /**
     * The number of statements since creation or the last {@link #reset()}.
     *
     * @return the count
     */
    public int count() {
        synchronized (this.statements) {
            return this.statements.size();
        }
    }

    /**
     * The statements since creation or the last reset, each as {@code "<operation> <table>"}.
     *
     * @return a copy, in order
     */
    public List<String> statements() {
        synchronized (this.statements) {
            return List.copyOf(this.statements);
        }
    }

    /**
     * The SQL of the statements since creation or the last reset, each as {@code "<operation>
     * <table>: <sql>"} (the SQL with its parameter markers, never values).
     *
     * @return a copy, in order
     */
    public List<String> sql() {
        synchronized (this.statements) {
            return List.copyOf(this.sql);
        }
    }

    /** Forgets the statements counted so far. */
    public void reset() {
        synchronized (this.statements) {
            this.statements.clear();
            this.sql.clear();
        }
    }

    /**
     * Checks that exactly {@code expected} statements ran since creation or the last reset.
     *
     * @param expected the number of statements
     * @throws AssertionError listing the SQL that ran when the count differs
     */
    public void assertCount(int expected) {
        List<String> ran = sql();
        if (ran.size() != expected) {
            StringBuilder message =
                    new StringBuilder("Expected ")
                            .append(expected)
                            .append(" statement")
                            .append(expected == 1 ? "" : "s")
                            .append(" but ")
                            .append(ran.size())
                            .append(" ran");
            if (ran.isEmpty()) {
                message.append(
                        " (is the Database built with the registry this counter listens to?)");
            }
            for (int i = 0; i < ran.size(); i++) {
                message.append(System.lineSeparator())
                        .append("  ")
                        .append(i + 1)
                        .append(". ")
                        .append(ran.get(i));
            }
            throw new AssertionError(message.toString());
        }
    }

    /**
     * Runs {@code work} and checks it ran exactly {@code expected} statements.
     *
     * @param expected the number of statements
     * @param work the work
     * @param <T> its result type
     * @return the work's result
     * @throws AssertionError listing the SQL that ran when the count differs
     */
    public <T> T expect(int expected, Supplier<T> work) {
        reset();
        T result = work.get();
        assertCount(expected);
        return result;
    }

    /**
     * Runs {@code work} and checks it ran exactly {@code expected} statements.
     *
     * @param expected the number of statements
     * @param work the work
     * @throws AssertionError listing the SQL that ran when the count differs
     */
    public void expect(int expected, Runnable work) {
        expect(
                expected,
                () -> {
                    work.run();
                    return Boolean.TRUE;
                });
    }
}
