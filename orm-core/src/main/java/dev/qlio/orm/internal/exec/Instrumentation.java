package dev.qlio.orm.internal.exec;

import dev.qlio.orm.observation.DefaultQueryObservationConvention;
import dev.qlio.orm.observation.MetricsListener;
import dev.qlio.orm.observation.QueryContext;
import dev.qlio.orm.observation.QueryObservationConvention;
import dev.qlio.orm.observation.ReplicaConnection;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.sql.Connection;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Reports one Observation {@code qlio.orm.query} per JDBC execution (a batch is one), logs the SQL
 * when asked to ({@code dev.qlio.orm.sql}) and statements slower than a threshold ({@code
 * dev.qlio.orm.slow}), and forwards row and retry counts to a {@link MetricsListener}.
 *
 * <p>With the no-op registry (or one without handlers), no slow-query threshold and SQL logging
 * off, {@link #start} returns {@code null} and allocates nothing. Thread-safe.
 */
public final class Instrumentation {

    /** The observation's name (and the timer's, on {@code /actuator/metrics}). */
    public static final String QUERY = DefaultQueryObservationConvention.NAME;

    /** The logger of every statement's SQL: INFO with show-sql, else DEBUG. */
    static final Log SQL_LOG = LogFactory.getLog("dev.qlio.orm.sql");

    /** The logger of slow statements, at WARN. */
    static final Log SLOW_LOG = LogFactory.getLog("dev.qlio.orm.slow");

    /** Where the start time of a statement is kept in its context when timing slow statements. */
    private static final Class<StartNanos> START = StartNanos.class;

    /**
     * Times statements when the application's registry does not observe them (no-op, or the
     * observation disabled by a predicate) but a slow-query threshold is set.
     */
    private static final ObservationRegistry TIMING_ONLY = timingOnlyRegistry();

    private final ObservationRegistry registry;

    private final @Nullable QueryObservationConvention convention;

    private final QueryObservationConvention defaultConvention;

    private final boolean showSql;

    private final long slowNanos;

    private final MetricsListener listener;

    /**
     * Instrumentation reporting to a registry, with the default convention, nothing logged.
     *
     * @param registry the registry
     */
    public Instrumentation(ObservationRegistry registry) {
        this(registry, null, false, false, null, MetricsListener.NONE);
    }

    /**
     * Instrumentation with every setting.
     *
     * @param registry the registry observations go to
     * @param convention a convention replacing the default one, or {@code null}
     * @param sqlText whether the default convention adds the SQL text as a high-cardinality key
     * @param showSql whether to log every statement's SQL at INFO (else DEBUG) on {@code
     *     dev.qlio.orm.sql}
     * @param slowQueryThreshold statements taking longer are logged at WARN on {@code
     *     dev.qlio.orm.slow}; {@code null} for off
     * @param listener the listener of row and retry counts
     */
    public Instrumentation(
            ObservationRegistry registry,
            @Nullable QueryObservationConvention convention,
            boolean sqlText,
            boolean showSql,
            @Nullable Duration slowQueryThreshold,
            MetricsListener listener) {
        this.registry = Objects.requireNonNull(registry, "registry must not be null");
        this.convention = convention;
        this.defaultConvention = new DefaultQueryObservationConvention(sqlText);
        this.showSql = showSql;
        this.slowNanos = slowQueryThreshold != null ? slowQueryThreshold.toNanos() : 0L;
        this.listener = Objects.requireNonNull(listener, "listener must not be null");
    }

    /**
     * Starts the observation of one execution.
     *
     * @param operation select, insert, update, delete, upsert, ddl or raw
     * @param table the table's name, or {@code none}
     * @param sql the SQL (a high-cardinality key only when enabled)
     * @return the started observation, or {@code null} when nothing observes
     */
    public @Nullable Observation start(String operation, String table, String sql) {
        if (this.showSql) {
            SQL_LOG.info(describe(operation, table, sql));
        } else if (SQL_LOG.isDebugEnabled()) {
            SQL_LOG.debug(describe(operation, table, sql));
        }
        boolean timed = this.slowNanos > 0;
        if (this.registry.isNoop() && !timed) {
            return null;
        }
        QueryContext context = new QueryContext(operation, table, sql);
        Observation observation =
                Observation.createNotStarted(
                        this.convention, this.defaultConvention, () -> context, this.registry);
        if (observation.isNoop()) {
            if (!timed) {
                return null;
            }
            observation =
                    Observation.createNotStarted(
                            this.convention, this.defaultConvention, () -> context, TIMING_ONLY);
        }
        if (timed) {
            context.put(START, new StartNanos(System.nanoTime()));
        }
        return observation.start();
    }

    /**
     * Records which side (primary or read replica) runs the observed statement.
     *
     * @param observation the observation or {@code null}
     * @param connection the statement's connection
     */
    public void connection(@Nullable Observation observation, Connection connection) {
        if (observation != null && observation.getContext() instanceof QueryContext context) {
            context.setSide(ReplicaConnection.sideOf(connection));
        }
    }

    /**
     * Stops an observation after success.
     *
     * @param observation the observation or {@code null}
     */
    public void success(@Nullable Observation observation) {
        if (observation != null) {
            finish(observation, null);
            observation.stop();
        }
    }

    /**
     * Stops an observation after a failure.
     *
     * @param observation the observation or {@code null}
     * @param error the exception the caller sees
     */
    public void error(@Nullable Observation observation, Throwable error) {
        if (observation != null && !finished(observation)) {
            observation.error(error);
            finish(observation, error);
            observation.stop();
        }
    }

    /**
     * Counts rows read from a result ({@code qlio.orm.rows}, {@code direction=read}).
     *
     * @param rows how many; nothing is recorded for 0
     */
    public void rowsRead(long rows) {
        if (rows > 0) {
            this.listener.rowsRead(rows);
        }
    }

    /**
     * Counts rows inserted, updated or deleted ({@code qlio.orm.rows}, {@code direction=written}).
     *
     * @param rows how many; nothing is recorded for 0 or less (e.g. a driver's unknown count)
     */
    public void rowsWritten(long rows) {
        if (rows > 0) {
            this.listener.rowsWritten(rows);
        }
    }

    /**
     * Counts a retry of a unit of work ({@code qlio.orm.retries}).
     *
     * @param cause the transient failure being retried
     */
    public void retried(Throwable cause) {
        this.listener.retried(cause);
    }

    /**
     * Whether the SQL of every statement is logged at INFO.
     *
     * @return whether show-sql is on
     */
    public boolean showSql() {
        return this.showSql;
    }

    /**
     * The slow-query threshold.
     *
     * @return the threshold, or {@code null} when off
     */
    public @Nullable Duration slowQueryThreshold() {
        return this.slowNanos > 0 ? Duration.ofNanos(this.slowNanos) : null;
    }

    /** Whether the observation was stopped already (a handler failed on stop, say). */
    private static boolean finished(Observation observation) {
        return observation.getContext() instanceof QueryContext context && context.isFinished();
    }

    private void finish(Observation observation, @Nullable Throwable error) {
        if (!(observation.getContext() instanceof QueryContext context)) {
            return;
        }
        context.setFinished(true);
        StartNanos start = context.get(START);
        if (start != null) {
            long elapsed = System.nanoTime() - start.nanos;
            if (elapsed > this.slowNanos && SLOW_LOG.isWarnEnabled()) {
                SLOW_LOG.warn(
                        "Slow statement ("
                                + formatMillis(elapsed)
                                + " ms, threshold "
                                + formatMillis(this.slowNanos)
                                + " ms"
                                + (error != null
                                        ? ", failed with " + error.getClass().getSimpleName()
                                        : "")
                                + ") "
                                + describe(
                                        context.getOperation(),
                                        context.getTable(),
                                        context.getSql()));
            }
        }
    }

    private static String describe(String operation, String table, String sql) {
        return "none".equals(table)
                ? operation + ": " + sql
                : operation + " on " + table + ": " + sql;
    }

    private static String formatMillis(long nanos) {
        long micros = nanos / 1_000;
        return (micros / 1_000) + "." + String.format(Locale.ROOT, "%03d", micros % 1_000);
    }

    private static ObservationRegistry timingOnlyRegistry() {
        ObservationRegistry registry = ObservationRegistry.create();
        // a registry without handlers is a no-op one: this handler only keeps it alive
        registry.observationConfig().observationHandler(context -> context instanceof QueryContext);
        return registry;
    }

    /** The {@link System#nanoTime()} at which a timed statement started. */
    private record StartNanos(long nanos) {}

    @Override
    public String toString() {
        return "Instrumentation[" + this.registry + "]";
    }
}
