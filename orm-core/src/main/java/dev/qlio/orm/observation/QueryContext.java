package dev.qlio.orm.observation;

import io.micrometer.observation.Observation;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The {@link Observation.Context} of one JDBC execution ({@code qlio.orm.query}): what ran, on
 * which table, with which SQL. It never holds bound values. A {@link QueryObservationConvention}
 * turns it into key values.
 *
 * <p>Not thread-safe: one context belongs to one execution on one thread.
 */
public class QueryContext extends Observation.Context {

    private final String operation;

    private final String table;

    private final String sql;

    private String side = ReplicaConnection.PRIMARY;

    private boolean finished;

    /**
     * The context of one execution.
     *
     * @param operation {@code select}, {@code insert}, {@code update}, {@code delete}, {@code
     *     upsert}, {@code ddl} or {@code raw}
     * @param table the table's SQL name, or {@code none}
     * @param sql the SQL text with its parameter markers (never values)
     */
    public QueryContext(String operation, String table, String sql) {
        this.operation = Objects.requireNonNull(operation, "operation must not be null");
        this.table = Objects.requireNonNull(table, "table must not be null");
        this.sql = Objects.requireNonNull(sql, "sql must not be null");
    }

    /**
     * The kind of statement: {@code select}, {@code insert}, {@code update}, {@code delete}, {@code
     * upsert}, {@code ddl} or {@code raw}.
     *
     * @return the operation
     */
    public String getOperation() {
        return this.operation;
    }

    /**
     * The SQL name of the table the statement works on, or {@code none} (raw SQL).
     *
     * @return the table
     */
    public String getTable() {
        return this.table;
    }

    /**
     * The SQL text, with parameter markers where values are bound.
     *
     * @return the SQL
     */
    public String getSql() {
        return this.sql;
    }

    /**
     * Which side ran the statement: {@code primary}, or {@code replica} when its connection is a
     * {@link ReplicaConnection}. Known once the statement is prepared; {@code primary} until then.
     *
     * @return the side
     */
    public String getSide() {
        return this.side;
    }

    /**
     * Sets which side runs the statement; Qlio calls it once the statement's connection is known.
     *
     * @param side {@code primary} or {@code replica}
     */
    public void setSide(String side) {
        this.side = Objects.requireNonNull(side, "side must not be null");
    }

    /**
     * Whether the execution has finished, successfully or not; the outcome is known only then.
     *
     * @return whether it finished
     */
    public boolean isFinished() {
        return this.finished;
    }

    /**
     * Marks the execution finished; Qlio calls it just before stopping the observation.
     *
     * @param finished whether it finished
     */
    public void setFinished(boolean finished) {
        this.finished = finished;
    }

    /**
     * {@code success} or {@code error} once finished, else {@code null}.
     *
     * @return the outcome
     */
    public @Nullable String getOutcome() {
        if (!this.finished) {
            return null;
        }
        return getError() == null ? "success" : "error";
    }

    @Override
    public String toString() {
        return "QueryContext[" + this.operation + " " + this.table + "]";
    }
}
