package dev.qlio.orm.observation;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.jspecify.annotations.Nullable;

/**
 * The standard key values of {@code qlio.orm.query}: low-cardinality {@code operation}, {@code
 * table}, {@code side} ({@code primary}, or {@code replica} for a statement a read replica ran; see
 * {@link ReplicaConnection}), and once the statement finished {@code outcome} ({@code success |
 * error}) and {@code exception} (the simple class name of the exception the caller sees, or {@code
 * none}); the SQL text as the high-cardinality key {@code sql} only when enabled. Bound values
 * never appear.
 *
 * <p>Immutable and thread-safe.
 */
public class DefaultQueryObservationConvention implements QueryObservationConvention {

    /** The observation's name, also the name of the timer on {@code /actuator/metrics}. */
    public static final String NAME = "qlio.orm.query";

    /** The high-cardinality key holding the SQL text. */
    public static final String SQL_KEY = "sql";

    /** The low-cardinality key telling which side ran the statement: primary or replica. */
    public static final String SIDE_KEY = "side";

    private final boolean sqlText;

    /** The convention without the SQL text. */
    public DefaultQueryObservationConvention() {
        this(false);
    }

    /**
     * The convention, with or without the SQL text.
     *
     * @param sqlText whether to add the SQL text as the high-cardinality key {@code sql}
     */
    public DefaultQueryObservationConvention(boolean sqlText) {
        this.sqlText = sqlText;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(QueryContext context) {
        return context.getOperation() + " " + context.getTable();
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(QueryContext context) {
        KeyValues values =
                KeyValues.of(
                        KeyValue.of("operation", context.getOperation()),
                        KeyValue.of("table", context.getTable()),
                        KeyValue.of(SIDE_KEY, context.getSide()));
        String outcome = context.getOutcome();
        if (outcome == null) {
            return values;
        }
        return values.and(
                KeyValue.of("outcome", outcome),
                KeyValue.of("exception", exceptionName(context.getError())));
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(QueryContext context) {
        return this.sqlText ? KeyValues.of(SQL_KEY, context.getSql()) : KeyValues.empty();
    }

    private static String exceptionName(@Nullable Throwable error) {
        if (error == null) {
            return "none";
        }
        String name = error.getClass().getSimpleName();
        return name.isEmpty() ? error.getClass().getName() : name;
    }
}
