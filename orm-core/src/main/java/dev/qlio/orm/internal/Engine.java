package dev.qlio.orm.internal;

import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.dialect.ValueBinder;
import dev.qlio.orm.dialect.ValueReader;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMeta;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.schema.types.SqlType;
import dev.qlio.orm.session.Session;
import io.micrometer.observation.ObservationRegistry;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * The shared, precomputed state of one {@link dev.qlio.orm.Database}: per-table SQL and binders,
 * the exception translator and instrumentation. Thread-safe. Internal: used by Qlio's own modules,
 * not by applications.
 */
public final class Engine {

    private final DataSource dataSource;

    private final Dialect dialect;

    private final TableMetadata metadata;

    private final SQLExceptionTranslator translator;

    private final Instrumentation instrumentation;

    private final int fetchSize;

    private final int batchSize;

    private final Map<Class<?>, TableMapping<?>> mappings;

    private final Map<SqlType<?>, ValueBinder> binders = new ConcurrentHashMap<>();

    private final Map<Object, String> quotedNames = new ConcurrentHashMap<>();

    private final Map<SqlType<?>, ValueReader> readers = new ConcurrentHashMap<>();

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
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.metadata = metadata;
        this.translator = new SQLErrorCodeSQLExceptionTranslator(dataSource);
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
     * Opens a session.
     *
     * @return the session
     */
    public Session openSession() {
        return new DefaultSession(this);
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
        SQLException ex = original;
        String message = original.getMessage();
        if (message != null) {
            String redacted = this.dialect.redactMessage(message);
            if (!redacted.equals(message)) {
                // keep codes for the translator, drop the values from the message
                ex =
                        new SQLException(
                                redacted,
                                original.getSQLState(),
                                original.getErrorCode(),
                                original);
            }
        }
        DataAccessException translated = this.dialect.translate(task, sql, ex);
        if (translated == null) {
            translated = this.translator.translate(task, sql, ex);
        }
        if (translated == null) {
            translated = new UncategorizedSQLException(task, sql, ex);
        }
        return translated;
    }

    @SuppressWarnings("unchecked")
    <T extends Table> TableMapping<T> mapping(Class<T> tableClass) {
        TableMapping<T> mapping = (TableMapping<T>) this.mappings.get(tableClass);
        if (mapping == null) {
            throw new IllegalArgumentException(
                    "Table class "
                            + tableClass.getName()
                            + " is not registered in this"
                            + " Database's TableMetadata (registered: "
                            + this.metadata.tables().keySet()
                            + "); register it with metadata.registerTable("
                            + tableClass.getSimpleName()
                            + ".class) or put it under a scanned package");
        }
        return mapping;
    }

    /** The pool's answer for {@link #readsMayPrecede}, asked once. */
    private volatile @Nullable Boolean readsMayPrecede;

    /**
     * Whether a session's reads may run in auto-commit mode before its first write begins the
     * transaction: only at READ COMMITTED or below (the pool's isolation, asked once).
     */
    boolean readsMayPrecede(java.sql.Connection connection) throws SQLException {
        Boolean may = this.readsMayPrecede;
        if (may == null) {
            may =
                    connection.getTransactionIsolation()
                            <= java.sql.Connection.TRANSACTION_READ_COMMITTED;
            this.readsMayPrecede = may;
        }
        return may;
    }

    /** A column's quoted name, cached per declared column (aliases share their origin's). */
    String quotedName(dev.qlio.orm.expression.ColumnReference<?> column) {
        if (!(column instanceof dev.qlio.orm.schema.Column<?> c)) {
            return this.dialect.quote(column.name());
        }
        dev.qlio.orm.schema.Column<?> origin = c.origin();
        String quoted = this.quotedNames.get(origin);
        if (quoted == null) {
            quoted = this.dialect.quote(origin.name());
            this.quotedNames.put(origin, quoted);
        }
        return quoted;
    }

    ValueBinder binder(SqlType<?> type) {
        ValueBinder b = this.binders.get(type);
        if (b == null) {
            b = this.dialect.binder(type);
            this.binders.put(type, b);
        }
        return b;
    }

    ValueReader reader(SqlType<?> type) {
        ValueReader r = this.readers.get(type);
        if (r == null) {
            r = this.dialect.reader(type);
            this.readers.put(type, r);
        }
        return r;
    }

    void sessionOpened() {
        this.activeSessions.incrementAndGet();
    }

    void sessionClosed() {
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

    int fetchSize() {
        return this.fetchSize;
    }

    int batchSize() {
        return this.batchSize;
    }

    @Override
    public String toString() {
        return "Engine[" + this.dialect.name() + "]";
    }
}
