package dev.qlio.orm.internal.engine;

import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.dialect.ValueBinder;
import dev.qlio.orm.dialect.ValueReader;
import dev.qlio.orm.internal.exec.ConnectionSource;
import dev.qlio.orm.internal.exec.ErrorTranslator;
import dev.qlio.orm.internal.exec.Instrumentation;
import dev.qlio.orm.internal.exec.StatementExecutor;
import dev.qlio.orm.internal.exec.StatementTimeout;
import dev.qlio.orm.internal.render.Filters;
import dev.qlio.orm.internal.render.RenderContext;
import dev.qlio.orm.internal.render.StatementCache;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMeta;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.schema.types.SqlType;
import dev.qlio.orm.session.TenantResolver;
import io.micrometer.observation.ObservationRegistry;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;

/**
 * The shared, precomputed state of one {@link dev.qlio.orm.Database}: per-table SQL and binders,
 * the exception translator and instrumentation. Thread-safe. Internal: used by Qlio's own modules,
 * not by applications.
 */
public final class Engine {

    private final DataSource dataSource;

    private final Dialect dialect;

    private final TableMetadata metadata;

    private final ErrorTranslator translator;

    private final Instrumentation instrumentation;

    private final int fetchSize;

    private final int batchSize;

    private final Map<Class<?>, TableMapping<?>> mappings;

    private final RenderContext render;

    private final StatementTimeout timeout;

    private final AtomicInteger activeSessions = new AtomicInteger();

    /**
     * Builds the engine and every table's mapping.
     *
     * @param dataSource the data source
     * @param dialect the dialect
     * @param metadata the set-up registry
     * @param registry the observation registry
     * @param fetchSize rows per round trip when streaming
     * @param batchSize rows per JDBC batch
     */
    public Engine(
            DataSource dataSource,
            Dialect dialect,
            TableMetadata metadata,
            ObservationRegistry registry,
            int fetchSize,
            int batchSize) {
        this(dataSource, dialect, metadata, new Instrumentation(registry), fetchSize, batchSize);
    }

    /**
     * Builds the engine and every table's mapping, with configured instrumentation.
     *
     * @param dataSource the data source
     * @param dialect the dialect
     * @param metadata the set-up registry
     * @param instrumentation the instrumentation of every statement
     * @param fetchSize rows per round trip when streaming
     * @param batchSize rows per JDBC batch
     */
    public Engine(
            DataSource dataSource,
            Dialect dialect,
            TableMetadata metadata,
            Instrumentation instrumentation,
            int fetchSize,
            int batchSize) {
        this(dataSource, dialect, metadata, instrumentation, fetchSize, batchSize, null);
    }

    /**
     * Builds the engine and every table's mapping, with configured instrumentation and a default
     * time limit for every statement.
     *
     * @param dataSource the data source
     * @param dialect the dialect
     * @param metadata the set-up registry
     * @param instrumentation the instrumentation of every statement
     * @param fetchSize rows per round trip when streaming
     * @param batchSize rows per JDBC batch
     * @param queryTimeout every statement's time limit, or {@code null} for none
     */
    public Engine(
            DataSource dataSource,
            Dialect dialect,
            TableMetadata metadata,
            Instrumentation instrumentation,
            int fetchSize,
            int batchSize,
            @Nullable Duration queryTimeout) {
        this(
                dataSource,
                dialect,
                metadata,
                instrumentation,
                fetchSize,
                batchSize,
                queryTimeout,
                null);
    }

    /**
     * Builds the engine and every table's mapping, with configured instrumentation, a default time
     * limit for every statement and the resolver of the current tenant.
     *
     * @param dataSource the data source
     * @param dialect the dialect
     * @param metadata the set-up registry
     * @param instrumentation the instrumentation of every statement
     * @param fetchSize rows per round trip when streaming
     * @param batchSize rows per JDBC batch
     * @param queryTimeout every statement's time limit, or {@code null} for none
     * @param tenantResolver the current tenant of tables with a tenant column, or {@code null}
     */
    public Engine(
            DataSource dataSource,
            Dialect dialect,
            TableMetadata metadata,
            Instrumentation instrumentation,
            int fetchSize,
            int batchSize,
            @Nullable Duration queryTimeout,
            @Nullable TenantResolver tenantResolver) {
        this.timeout =
                new StatementTimeout(
                        dataSource,
                        queryTimeout,
                        !dialect.statements().driverEnforcesQueryTimeout());
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.render =
                new RenderContext(
                        dialect, StatementCache.DEFAULT_CAPACITY, Filters.all(tenantResolver));
        this.metadata = metadata;
        this.translator = new ErrorTranslator(dialect, dataSource);
        this.instrumentation = instrumentation;
        this.fetchSize = fetchSize;
        this.batchSize = batchSize;
        Map<Class<?>, TableMapping<?>> m = new HashMap<>();
        for (TableMeta<?> table : metadata.tables().values()) {
            m.put(table.tableClass(), new TableMapping<>(this, table));
        }
        this.mappings = Map.copyOf(m);
    }

    /**
     * Translates a JDBC error into Spring's hierarchy, with the SQL (never values) in the message.
     *
     * @param task what was being done
     * @param sql the SQL
     * @param original the error
     * @return the exception to throw
     */
    public DataAccessException translate(String task, @Nullable String sql, SQLException original) {
        return this.translator.translate(task, sql, original);
    }

    /**
     * An executor running statements on the connections of a source (a session).
     *
     * @param source the source
     * @return the executor
     */
    public StatementExecutor executor(ConnectionSource source) {
        return new StatementExecutor(
                source,
                this.instrumentation,
                this.translator,
                this.dialect,
                this.fetchSize,
                this.timeout);
    }

    /**
     * The mapping of a registered table class.
     *
     * @param tableClass the class
     * @param <T> the row type
     * @return the mapping
     * @throws IllegalArgumentException when the class is not registered
     * @throws IllegalStateException when it was registered after the {@code Database} was built, or
     *     the registry was changed since and not set up again
     */
    @SuppressWarnings("unchecked")
    public <T extends Table> TableMapping<T> mapping(Class<T> tableClass) {
        TableMapping<T> mapping = (TableMapping<T>) this.mappings.get(tableClass);
        if (mapping == null || !this.metadata.isSetUp()) {
            throw unmapped(tableClass, mapping != null);
        }
        return mapping;
    }

    /**
     * The error for a table this engine cannot use: not registered, registered after the {@code
     * Database} was built (it maps the tables registered then), or the registry changed since and
     * was not set up again, so its relationships are out of date.
     */
    private RuntimeException unmapped(Class<? extends Table> tableClass, boolean mapped) {
        String registry = "TableMetadata" + this.metadata.tables().keySet();
        if (mapped) {
            return new IllegalStateException(
                    registry
                            + " got a registerTable(...) after Database.connect(...) and was not"
                            + " set up again, so its relationships are out of date: call"
                            + " metadata.setupTables() (or registerTable(cls, true)); better,"
                            + " register every table before connecting");
        }
        if (this.metadata.getTable(tableClass).isPresent()) {
            return new IllegalStateException(
                    "Table class "
                            + tableClass.getName()
                            + " was registered after this Database was built, which maps the"
                            + " tables registered when it is built: register every table (then"
                            + " call metadata.setupTables()) before Database.connect(...)");
        }
        return new IllegalArgumentException(
                "Table class "
                        + tableClass.getName()
                        + " is not registered in this"
                        + " Database's TableMetadata (registered: "
                        + this.metadata.tables().keySet()
                        + "); register it with metadata.registerTable("
                        + tableClass.getSimpleName()
                        + ".class) or put it under a scanned package");
    }

    /** The pool's answer for {@link #readsMayPrecede}, asked once. */
    private volatile @Nullable Boolean readsMayPrecede;

    /**
     * Whether a session's reads may run in auto-commit mode before its first write begins the
     * transaction: only at READ COMMITTED or below (the pool's isolation, asked once).
     */
    public boolean readsMayPrecede(java.sql.Connection connection) throws SQLException {
        Boolean may = this.readsMayPrecede;
        if (may == null) {
            may =
                    connection.getTransactionIsolation()
                            <= java.sql.Connection.TRANSACTION_READ_COMMITTED;
            this.readsMayPrecede = may;
        }
        return may;
    }

    /**
     * The dialect and its per-database caches, for rendering.
     *
     * @return the render context
     */
    public RenderContext render() {
        return this.render;
    }

    /**
     * The binder of a type.
     *
     * @param type the type
     * @return the binder
     */
    public ValueBinder binder(SqlType<?> type) {
        return this.render.binder(type);
    }

    /**
     * The reader of a type.
     *
     * @param type the type
     * @return the reader
     */
    public ValueReader reader(SqlType<?> type) {
        return this.render.reader(type);
    }

    /** Counts a session opened. */
    public void sessionOpened() {
        this.activeSessions.incrementAndGet();
    }

    /** Counts a session closed. */
    public void sessionClosed() {
        this.activeSessions.decrementAndGet();
    }

    /**
     * The instrumentation.
     *
     * @return the instrumentation
     */
    public Instrumentation instrumentation() {
        return this.instrumentation;
    }

    /**
     * The dialect.
     *
     * @return the dialect
     */
    public Dialect dialect() {
        return this.dialect;
    }

    /**
     * The registry.
     *
     * @return the metadata
     */
    public TableMetadata metadata() {
        return this.metadata;
    }

    /**
     * The data source.
     *
     * @return the data source
     */
    public DataSource dataSource() {
        return this.dataSource;
    }

    /**
     * The number of open sessions.
     *
     * @return the count
     */
    public int activeSessions() {
        return this.activeSessions.get();
    }

    public int fetchSize() {
        return this.fetchSize;
    }

    public int batchSize() {
        return this.batchSize;
    }

    @Override
    public String toString() {
        return "Engine[" + this.dialect.name() + "]";
    }
}
