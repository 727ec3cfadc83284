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
 * <p>Thread-safe; it counts the statements of every thread.
 */
public final class StatementCounter implements ObservationHandler<Observation.Context> {

    private static final String QUERY = "qlio.orm.query";

    private final List<String> statements = new ArrayList<>();

    private StatementCounter() {}

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

    /** Forgets the statements counted so far. */
    public void reset() {
        synchronized (this.statements) {
            this.statements.clear();
        }
    }

    /**
     * Runs {@code work} and checks it ran exactly {@code expected} statements.
     *
     * @param expected the number of statements
     * @param work the work
     * @param <T> its result type
     * @return the work's result
     * @throws AssertionError listing the statements when the count differs
     */
    public <T> T expect(int expected, Supplier<T> work) {
        reset();
        T result = work.get();
        List<String> ran = statements();
        if (ran.size() != expected) {
            throw new AssertionError(
                    "Expected "
                            + expected
                            + " statement"
                            + (expected == 1 ? "" : "s")
                            + " but "
                            + ran.size()
                            + " ran: "
                            + ran);
        }
        return result;
    }

    /**
     * Runs {@code work} and checks it ran exactly {@code expected} statements.
     *
     * @param expected the number of statements
     * @param work the work
     * @throws AssertionError listing the statements when the count differs
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
