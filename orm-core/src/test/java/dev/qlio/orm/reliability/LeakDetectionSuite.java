package dev.qlio.orm.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.qlio.orm.Database;
import dev.qlio.orm.internal.session.LeakDetection;
import dev.qlio.orm.reliability.ReliabilityTables.Canary;
import dev.qlio.orm.session.Session;
import dev.qlio.orm.testing.DatabaseSuite;
import dev.qlio.orm.testing.TestDatabase;
import java.util.Iterator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sessions and streams that are never closed give their connection back: a session that becomes
 * unreachable is rolled back and released (with a warning), a stream left open is closed with its
 * session.
 */
abstract class LeakDetectionSuite extends DatabaseSuite {

    private HikariDataSource pool;

    private Database db;

    private LeakDetection.Level previous;

    LeakDetectionSuite(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void setUp() {
        this.previous = LeakDetection.level();
        this.pool = Pools.create(this.database, "leak", 2, config -> {});
        this.database.dropTables("rel_canary");
        this.db = Database.connect(this.pool, ReliabilityTables.metadata(Canary.class));
        this.db.ddl().createAll();
    }

    @AfterEach
    void tearDown() {
        LeakDetection.setLevel(this.previous);
        if (this.pool != null) {
            this.pool.close();
            this.database.dropTables("rel_canary");
        }
    }

    @Test
    void unclosedSessionsAreRolledBackAndReleased() throws Exception {
        LeakDetection.setLevel(LeakDetection.Level.TRACE);
        long before = LeakDetection.leaksDetected();
        int leaks = 2;
        for (int i = 0; i < leaks; i++) {
            leakSession(i);
        }
        assertThat(this.pool.getHikariPoolMXBean().getActiveConnections()).isEqualTo(leaks);
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (LeakDetection.leaksDetected() - before < leaks && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(20);
        }
        // the cleaner releases right after counting: give it a moment
        while (this.pool.getHikariPoolMXBean().getActiveConnections() > 0
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        int active = this.pool.getHikariPoolMXBean().getActiveConnections();
        long rows =
                jdbc().queryForObject("SELECT COUNT(*) FROM " + quote("rel_canary"), Long.class);
        Figures.report(
                "leak detection",
                this.database,
                "sessions leaked=%d detected=%d active connections after=%d uncommitted rows"
                        + " left=%d",
                leaks,
                LeakDetection.leaksDetected() - before,
                active,
                rows);
        assertThat(LeakDetection.leaksDetected() - before).isGreaterThanOrEqualTo(leaks);
        assertThat(active).isZero();
        assertThat(rows).as("the leaked sessions' work was rolled back").isZero();
        assertThat(this.db.activeSessions()).isZero();
        // and the pool serves sessions again
        try (Session s = this.db.session()) {
            assertThat(s.fetch("SELECT 1 AS one")).hasSize(1);
        }
    }

    private void leakSession(int i) {
        Session s = this.db.session();
        if (i == 0) {
            // one writer only: SQLite would make a second one wait for the first's lock
            Canary c = new Canary();
            c.set(Canary.ID, (long) i);
            s.add(c);
        } else {
            s.select(Canary.class).all();
        }
        // never committed, never closed
    }

    @Test
    void streamsLeftOpenAreClosedWithTheirSession() {
        try (Session s = this.db.session()) {
            for (long i = 0; i < 5; i++) {
                Canary c = new Canary();
                c.set(Canary.ID, i);
                s.add(c);
            }
            s.commit();
        }
        Stream<Canary> stream;
        Session s = this.db.session();
        try {
            stream = s.select(Canary.class).stream();
            Iterator<Canary> it = stream.iterator();
            assertThat(it.next()).isNotNull();
        } finally {
            s.close(); // the stream is still open: the session closes it
        }
        assertThat(this.pool.getHikariPoolMXBean().getActiveConnections()).isZero();
        assertThat(this.db.activeSessions()).isZero();
        org.assertj.core.api.Assertions.assertThatIllegalStateException()
                .isThrownBy(() -> stream.iterator().next());
    }
}
