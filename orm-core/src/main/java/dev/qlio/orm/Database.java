package dev.qlio.orm;

import dev.qlio.orm.ddl.Ddl;
import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.internal.ddl.DefaultDdl;
import dev.qlio.orm.internal.engine.Engine;
import dev.qlio.orm.internal.engine.EngineSetup;
import dev.qlio.orm.internal.exec.Instrumentation;
import dev.qlio.orm.internal.session.DefaultSession;
import dev.qlio.orm.internal.session.SharedSession;
import dev.qlio.orm.observation.MetricsListener;
import dev.qlio.orm.observation.QueryObservationConvention;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.schema.internal.Bindings;
import dev.qlio.orm.session.Session;
import dev.qlio.orm.session.TenantResolver;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * A {@link TableMetadata} bound to a {@link DataSource} and a {@link Dialect}: hands out {@link
 * Session}s (units of work) and the {@link Ddl}. Everything that depends only on a table (SQL text,
 * column binders and readers) is computed here once.
 *
 * <pre>{@code
 * Database db = Database.connect(dataSource, metadata);   // dialect detected from the connection
 * try (Session s = db.session()) { ... }
 * }</pre>
 *
 * <p>Connections are obtained through Spring's {@link DataSourceUtils}, so a session opened inside
 * a Spring-managed transaction joins it. Thread-safe.
 */
public final class Database {

    private final Engine engine;

    private final TransactionAwareSession sharedSession;

    private final Ddl ddl;

    private final int fetchSize;

    private final int batchSize;

    private final MetricsListener metricsListener;

    private Database(Builder builder) {
        TableMetadata metadata = builder.metadata;
        if (!metadata.isSetUp()) {
            metadata.setupTables();
        }
        Dialect dialect =
                builder.dialect != null ? builder.dialect : EngineSetup.detect(builder.dataSource);
        EngineSetup.checkIdentifiers(metadata, dialect);
        this.engine =
                new Engine(
                        builder.dataSource,
                        dialect,
                        metadata,
                        new Instrumentation(
                                builder.observationRegistry,
                                builder.observationConvention,
                                builder.sqlText,
                                builder.showSql,
                                builder.slowQueryThreshold,
                                builder.metricsListener),
                        builder.fetchSize,
                        builder.batchSize,
                        builder.queryTimeout,
                        builder.tenantResolver);
        this.ddl = new DefaultDdl(this.engine, builder.exactIdentifierCase);
        this.sharedSession =
                new DefaultTransactionAwareSession(this, new SharedSession(this.engine));
        this.fetchSize = builder.fetchSize;
        this.batchSize = builder.batchSize;
        this.metricsListener = builder.metricsListener;
        Bindings.bind(metadata, this);
    }

    /**
     * Binds a registry to a data source, detecting the dialect from a connection.
     *
     * @param dataSource the data source
     * @param metadata the registry; set up now if it is not yet
     * @return the database
     */
    public static Database connect(DataSource dataSource, TableMetadata metadata) {
        return builder(dataSource, metadata).build();
    }

    /**
     * A builder for a database with explicit settings.
     *
     * @param dataSource the data source
     * @param metadata the registry
     * @return the builder
     */
    public static Builder builder(DataSource dataSource, TableMetadata metadata) {
        return new Builder(dataSource, metadata);
    }

    /**
     * Opens a unit of work on the calling thread; it joins the current Spring-managed transaction,
     * if any.
     *
     * @return the session; close it
     */
    public Session session() {
        return new DefaultSession(this.engine);
    }

    /**
     * Whether a session opened now on the calling thread takes part in a Spring-managed transaction
     * (its connection is the one Spring bound to this database's data source) instead of running a
     * transaction of its own. {@code TransactionRetry} asks it: only a unit of work that owns its
     * transaction can be run again.
     *
     * @return whether a new session would join a Spring-managed transaction
     */
    public boolean inManagedTransaction() {
        return SharedSession.wouldJoin(this.engine);
    }

    /**
     * The shared, thread-safe session that takes part in Spring-managed transactions: inside a
     * transaction every call goes to the session bound to it, outside one each call is its own unit
     * of work. One instance per database; the Spring Boot starter exposes it as the {@code Session}
     * bean. See {@link TransactionAwareSession}.
     *
     * @return the shared session
     */
    public TransactionAwareSession transactionAwareSession() {
        return this.sharedSession;
    }

    /**
     * The schema operations.
     *
     * @return the DDL
     */
    public Ddl ddl() {
        return this.ddl;
    }

    /**
     * The dialect in use.
     *
     * @return the dialect
     */
    public Dialect dialect() {
        return this.engine.dialect();
    }

    /**
     * The registry of tables.
     *
     * @return the metadata
     */
    public TableMetadata metadata() {
        return this.engine.metadata();
    }

    /**
     * The data source.
     *
     * @return the data source
     */
    public DataSource dataSource() {
        return this.engine.dataSource();
    }

    /**
     * The number of sessions currently open.
     *
     * @return the count
     */
    public int activeSessions() {
        return this.engine.activeSessions();
    }

    /**
     * Rows fetched per round trip by {@code stream()}.
     *
     * @return the fetch size
     */
    public int fetchSize() {
        return this.fetchSize;
    }

    /**
     * Rows per JDBC batch in {@code addAll}.
     *
     * @return the batch size
     */
    public int batchSize() {
        return this.batchSize;
    }

    /**
     * The listener this database reports row counts to; a {@code TransactionRetry} built with
     * {@code metricsOf(database)} reports its retries to it as well.
     *
     * @return the listener set with {@link Builder#metricsListener}, or {@link
     *     MetricsListener#NONE}
     */
    public MetricsListener metricsListener() {
        return this.metricsListener;
    }

    @Override
    public String toString() {
        return "Database[" + dialect().name() + ", " + metadata().tables().size() + " tables]";
    }

    /** Builds a {@link Database}. Not thread-safe. */
    public static final class Builder {

        private final DataSource dataSource;

        private final TableMetadata metadata;

        private @Nullable Dialect dialect;

        private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

        private @Nullable QueryObservationConvention observationConvention;

        private boolean sqlText;

        private boolean showSql;

        private @Nullable Duration slowQueryThreshold;

        private @Nullable Duration queryTimeout;

        private MetricsListener metricsListener = MetricsListener.NONE;

        private int fetchSize = 500;

        private int batchSize = 500;

        private boolean exactIdentifierCase;

        private @Nullable TenantResolver tenantResolver;

        private Builder(DataSource dataSource, TableMetadata metadata) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource must not be null");
            this.metadata = Objects.requireNonNull(metadata, "metadata must not be null");
        }

        /**
         * The current tenant of tables with a {@link dev.qlio.orm.schema.Column#tenant() tenant
         * column}: inserts set it, and every statement on such a table is restricted to its rows.
         * Without one, a statement on a tenant table fails.
         *
         * @param resolver the resolver, or {@code null} for none
         * @return this builder
         */
        public Builder tenantResolver(@Nullable TenantResolver resolver) {
            this.tenantResolver = resolver;
            return this;
        }

        /**
         * Requires tables spelled exactly as Qlio names them. By default a table the database holds
         * in another case (a schema script's unquoted {@code owners}, which H2 stores as {@code
         * OWNERS}) is found by the schema step and used as spelled; with exact case it fails the
         * schema step instead, naming both spellings.
         *
         * @param exact whether names must match exactly
         * @return this builder
         */
        public Builder exactIdentifierCase(boolean exact) {
            this.exactIdentifierCase = exact;
            return this;
        }

        /**
         * Uses this dialect instead of detecting one.
         *
         * @param dialect the dialect
         * @return this builder
         */
        public Builder dialect(Dialect dialect) {
            this.dialect = Objects.requireNonNull(dialect, "dialect must not be null");
            return this;
        }

        /**
         * Reports one Observation {@code qlio.orm.query} per JDBC execution to this registry (no-op
         * by default).
         *
         * @param registry the registry
         * @return this builder
         */
        public Builder observationRegistry(ObservationRegistry registry) {
            this.observationRegistry =
                    Objects.requireNonNull(registry, "registry must not be null");
            return this;
        }

        /**
         * Derives the observations' name and key values with this convention instead of the default
         * one ({@code DefaultQueryObservationConvention}).
         *
         * @param convention the convention
         * @return this builder
         */
        public Builder observationConvention(QueryObservationConvention convention) {
            this.observationConvention =
                    Objects.requireNonNull(convention, "convention must not be null");
            return this;
        }

        /**
         * Whether the default convention adds the SQL text (never values) to each observation as
         * the high-cardinality key {@code sql}, e.g. for spans (default false).
         *
         * @param sqlText whether to add the SQL text
         * @return this builder
         */
        public Builder sqlText(boolean sqlText) {
            this.sqlText = sqlText;
            return this;
        }

        /**
         * Whether to log the SQL (never values) of every statement at INFO on the logger {@code
         * dev.qlio.orm.sql} (default false: logged at DEBUG there).
         *
         * @param showSql whether to log every statement
         * @return this builder
         */
        public Builder showSql(boolean showSql) {
            this.showSql = showSql;
            return this;
        }

        /**
         * Logs statements that take longer than this at WARN on the logger {@code
         * dev.qlio.orm.slow}, with their SQL and duration (default off).
         *
         * @param threshold a positive duration, or {@code null} for off
         * @return this builder
         */
        public Builder slowQueryThreshold(@Nullable Duration threshold) {
            this.slowQueryThreshold = EngineSetup.positive("slowQueryThreshold", threshold);
            return this;
        }

        /**
         * Reports rows read and written and retries to this listener (default: none).
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder metricsListener(MetricsListener listener) {
            this.metricsListener = Objects.requireNonNull(listener, "listener must not be null");
            return this;
        }

        /**
         * The longest any statement may run (default: no limit). A query's own {@code
         * timeout(Duration)} and the deadline of a Spring transaction
         * ({@code @Transactional(timeout = ...)}) shorten it; the shortest applies. JDBC counts
         * whole seconds, so the limit is rounded up; a statement cancelled at it throws Spring's
         * {@code QueryTimeoutException}.
         *
         * @param queryTimeout a positive duration, or {@code null} for no limit
         * @return this builder
         */
        public Builder queryTimeout(@Nullable Duration queryTimeout) {
            this.queryTimeout = EngineSetup.positive("queryTimeout", queryTimeout);
            return this;
        }

        /**
         * Rows fetched per round trip by {@code stream()} (default 500).
         *
         * @param fetchSize at least 1
         * @return this builder
         */
        public Builder fetchSize(int fetchSize) {
            this.fetchSize = EngineSetup.atLeastOne("fetchSize", fetchSize);
            return this;
        }

        /**
         * Rows per JDBC batch in {@code addAll} (default 500).
         *
         * @param batchSize at least 1
         * @return this builder
         */
        public Builder batchSize(int batchSize) {
            this.batchSize = EngineSetup.atLeastOne("batchSize", batchSize);
            return this;
        }

        /**
         * Builds the database: sets up the metadata if needed, detects the dialect, checks
         * identifier lengths and precomputes per-table SQL.
         *
         * @return the database
         */
        public Database build() {
            return new Database(this);
        }

        /**
         * The data source being configured.
         *
         * @return the data source
         */
        public DataSource dataSource() {
            return this.dataSource;
        }

        /**
         * The metadata being configured.
         *
         * @return the metadata
         */
        public TableMetadata metadata() {
            return this.metadata;
        }
    }
}
