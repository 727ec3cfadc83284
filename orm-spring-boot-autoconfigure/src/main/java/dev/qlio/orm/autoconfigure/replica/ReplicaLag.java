package dev.qlio.orm.autoconfigure.replica;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Measures how far a read replica is behind its primary, at most once per interval, on the thread
 * that needs the answer (no background thread). PostgreSQL: 0 while the replica has replayed all
 * the WAL it received, else the age of the last transaction it replayed ({@code
 * pg_last_xact_replay_timestamp()}). Other databases: not measured (unknown). Thread-safe.
 */
final class ReplicaLag {

    private static final Log logger = LogFactory.getLog(ReplicaRouting.class);

    private static final String POSTGRESQL_LAG =
            "SELECT CASE WHEN NOT pg_is_in_recovery() THEN 0"
                    + " WHEN pg_last_wal_receive_lsn() IS NOT NULL"
                    + " AND pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0"
                    + " ELSE COALESCE(EXTRACT(EPOCH FROM (clock_timestamp()"
                    + " - pg_last_xact_replay_timestamp())) * 1000, 0) END";

    /** What the last measurement found. */
    record Reading(
            @Nullable Duration lag, boolean reachable, @Nullable String error, long atNanos) {}

    private final DataSource replica;

    private final long intervalNanos;

    private final ReentrantLock measuring = new ReentrantLock();

    private volatile @Nullable Boolean postgres;

    private volatile Reading last = new Reading(null, true, null, 0);

    private volatile boolean measured;

    ReplicaLag(DataSource replica, Duration interval) {
        this.replica = replica;
        this.intervalNanos = interval.toNanos();
    }

    /**
     * The latest reading, measured now when it is older than the interval (or, while another thread
     * measures, the previous one).
     *
     * @return the reading
     */
    Reading current() {
        Reading reading = this.last;
        if (this.measured && System.nanoTime() - reading.atNanos() < this.intervalNanos) {
            return reading;
        }
        if (!this.measuring.tryLock()) {
            return reading;
        }
        try {
            reading = measure();
            this.last = reading;
            this.measured = true;
            return reading;
        } finally {
            this.measuring.unlock();
        }
    }

    private Reading measure() {
        long now = System.nanoTime();
        try (Connection c = this.replica.getConnection()) {
            Boolean pg = this.postgres;
            if (pg == null) {
                pg =
                        c.getMetaData()
                                .getDatabaseProductName()
                                .toLowerCase(Locale.ROOT)
                                .contains("postgres");
                this.postgres = pg;
            }
            if (!pg) {
                return new Reading(null, true, null, now);
            }
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery(POSTGRESQL_LAG)) {
                rs.next();
                long millis = Math.max(0, Math.round(rs.getDouble(1)));
                return new Reading(Duration.ofMillis(millis), true, null, now);
            }
        } catch (SQLException | RuntimeException ex) {
            if (this.last.reachable()) {
                logger.warn("Read replica is unreachable; reads go to the primary: " + ex);
            }
            return new Reading(
                    null, false, ex.getClass().getSimpleName() + ": " + ex.getMessage(), now);
        }
    }
}
