package dev.qlio.orm.autoconfigure.replica;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * Routes read-only work to a read replica and everything else to the primary, through Spring's
 * {@link LazyConnectionDataSourceProxy}: {@link #wrap} turns the primary {@code DataSource} into a
 * proxy whose read-only connections ({@code @Transactional(readOnly = true)}, and Qlio's reads
 * outside a transaction) come from the replica.
 *
 * <p>A read-only connection still comes from the primary when
 *
 * <ul>
 *   <li>its thread wrote less than the read-your-writes window ago (a read-write connection of the
 *       primary was closed, i.e. its transaction ended), so it reads what it wrote;
 *   <li>the replica lags more than the maximum ({@link ReplicaLag}, PostgreSQL), or
 *   <li>the replica is unreachable.
 * </ul>
 *
 * <p>A replica's connections are marked {@link dev.qlio.orm.observation.ReplicaConnection}, so
 * {@code qlio.orm.query} tags their statements {@code side=replica}. Thread-safe; closing it closes
 * the replica pool it created.
 */
public final class ReplicaRouting implements AutoCloseable {

    private final DataSource replica;

    private final @Nullable AutoCloseable ownedReplica;

    private final long readYourWritesNanos;

    private final Duration maxLag;

    private final ReplicaLag lag;

    /** When each thread last closed a read-write primary connection ({@link System#nanoTime}). */
    private final ThreadLocal<long[]> lastWrite = ThreadLocal.withInitial(() -> new long[] {0L});

    private final LongAdder toReplica = new LongAdder();

    private final LongAdder readYourWrites = new LongAdder();

    private final LongAdder lagging = new LongAdder();

    private final LongAdder unreachable = new LongAdder();

    /**
     * Routing to a replica.
     *
     * @param replica the replica's data source
     * @param ownsReplica whether closing this routing closes the replica's pool
     * @param readYourWrites how long a thread reads from the primary after it wrote; 0 for never
     * @param maxLag the lag above which reads go to the primary
     * @param lagCheckInterval how often the lag is measured, at most
     */
    public ReplicaRouting(
            DataSource replica,
            boolean ownsReplica,
            Duration readYourWrites,
            Duration maxLag,
            Duration lagCheckInterval) {
        this.replica = Objects.requireNonNull(replica, "replica must not be null");
        this.ownedReplica = ownsReplica && replica instanceof AutoCloseable c ? c : null;
        this.readYourWritesNanos = readYourWrites.toNanos();
        this.maxLag = Objects.requireNonNull(maxLag, "maxLag must not be null");
        this.lag = new ReplicaLag(replica, lagCheckInterval);
    }

    /**
     * The primary, wrapped: read-write connections come from it, read-only ones from the replica
     * unless a rule above sends them to the primary.
     *
     * @param primary the primary's data source
     * @return the routing proxy, to use wherever the primary was
     */
    public LazyConnectionDataSourceProxy wrap(DataSource primary) {
        Objects.requireNonNull(primary, "primary must not be null");
        LazyConnectionDataSourceProxy proxy = new LazyConnectionDataSourceProxy();
        proxy.setTargetDataSource(new WriteTracking(primary));
        proxy.setReadOnlyDataSource(new ReadOnlyRouter(primary));
        proxy.afterPropertiesSet();
        return proxy;
    }

    /**
     * The replica's lag as last measured (measuring it if the reading is stale).
     *
     * @return the lag, or {@code null} when unknown (not PostgreSQL, or unreachable)
     */
    public @Nullable Duration lag() {
        return this.lag.current().lag();
    }

    /**
     * Where a read-only connection of the calling thread would go now, and why.
     *
     * @return {@code replica}, or {@code primary (...)} with the reason
     */
    public String route() {
        String reason = primaryReason();
        return reason == null ? "replica" : "primary (" + reason + ")";
    }

    /**
     * The state for the health endpoint: lag, maximum lag, reachability and how read-only
     * connections were routed so far.
     *
     * @return the details
     */
    public Map<String, Object> details() {
        ReplicaLag.Reading reading = this.lag.current();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reachable", reading.reachable());
        Duration lag = reading.lag();
        details.put("lag", lag != null ? lag.toMillis() + "ms" : "unknown");
        details.put("maxLag", this.maxLag.toMillis() + "ms");
        details.put("readYourWrites", Duration.ofNanos(this.readYourWritesNanos).toMillis() + "ms");
        if (reading.error() != null) {
            details.put("error", reading.error());
        }
        Map<String, Long> routed = new LinkedHashMap<>();
        routed.put("replica", this.toReplica.sum());
        routed.put("primaryReadYourWrites", this.readYourWrites.sum());
        routed.put("primaryLag", this.lagging.sum());
        routed.put("primaryUnreachable", this.unreachable.sum());
        details.put("readOnlyConnections", routed);
        return details;
    }

    /** Why a read-only connection goes to the primary now, or {@code null} for the replica. */
    private @Nullable String primaryReason() {
        if (this.readYourWritesNanos > 0) {
            long wrote = this.lastWrite.get()[0];
            if (wrote != 0 && System.nanoTime() - wrote < this.readYourWritesNanos) {
                return "read-your-writes";
            }
        }
        ReplicaLag.Reading reading = this.lag.current();
        if (!reading.reachable()) {
            return "replica unreachable";
        }
        Duration lag = reading.lag();
        if (lag != null && lag.compareTo(this.maxLag) > 0) {
            return "lag " + lag.toMillis() + "ms above " + this.maxLag.toMillis() + "ms";
        }
        return null;
    }

    private Connection readOnlyConnection(DataSource primary) throws SQLException {
        String reason = primaryReason();
        if (reason == null) {
            try {
                Connection c = RoutedConnections.replica(this.replica.getConnection());
                this.toReplica.increment();
                return c;
            } catch (SQLException ex) {
                reason = "replica unreachable";
            }
        }
        (reason.startsWith("read")
                        ? this.readYourWrites
                        : reason.startsWith("lag") ? this.lagging : this.unreachable)
                .increment();
        return primary.getConnection();
    }

    private void wrote() {
        this.lastWrite.get()[0] = System.nanoTime();
    }

    @Override
    public void close() throws Exception {
        if (this.ownedReplica != null) {
            this.ownedReplica.close();
        }
    }

    @Override
    public String toString() {
        return "ReplicaRouting[" + route() + "]";
    }

    /** The primary for read-write connections: closing one marks its thread as having written. */
    private final class WriteTracking extends DelegatingDataSource {

        WriteTracking(DataSource primary) {
            super(primary);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return RoutedConnections.primary(
                    obtainTargetDataSource().getConnection(), ReplicaRouting.this::wrote);
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return RoutedConnections.primary(
                    obtainTargetDataSource().getConnection(username, password),
                    ReplicaRouting.this::wrote);
        }
    }

    /** The read-only data source of the proxy: the replica, or the primary when a rule says so. */
    private final class ReadOnlyRouter extends AbstractDataSource {

        private final DataSource primary;

        ReadOnlyRouter(DataSource primary) {
            this.primary = primary;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return readOnlyConnection(this.primary);
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            throw new SQLFeatureNotSupportedException(
                    "replica routing uses the data sources' own credentials");
        }
    }
}
