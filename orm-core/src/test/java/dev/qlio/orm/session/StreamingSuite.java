package dev.qlio.orm.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.Database;
import dev.qlio.orm.session.SessionTables.User;
import dev.qlio.orm.testing.DatabaseSuite;
import dev.qlio.orm.testing.TestDatabase;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code stream()} reads 100,000 rows through a cursor: the client's heap stays flat. (H2 in memory
 * keeps the table in the heap anyway, so it is not part of this suite.)
 */
abstract class StreamingSuite extends DatabaseSuite {

    static final int ROWS = 100_000;

    static final String PAYLOAD = "p".repeat(400);

    Database db;

    StreamingSuite(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void createTables() {
        this.database.dropTables(SessionTables.NAMES);
        this.db =
                Database.builder(dataSource(), SessionTables.metadata())
                        .fetchSize(500)
                        .batchSize(1000)
                        .build();
        this.db.ddl().createAll();
        try (Session s = this.db.session()) {
            List<User> batch = new ArrayList<>(1000);
            for (int i = 0; i < ROWS; i++) {
                User u = new User();
                u.set(User.USERNAME, "u" + i);
                u.set(User.EMAIL, PAYLOAD);
                u.set(User.AGE, i);
                batch.add(u);
                if (batch.size() == 1000) {
                    s.addAll(batch);
                    batch.clear();
                }
            }
            s.commit();
        }
    }

    @AfterEach
    void dropTables() {
        this.database.dropTables(SessionTables.NAMES);
    }

    static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    @Test
    void streamingHundredThousandRowsKeepsTheHeapFlat() {
        long baseline = usedHeap();
        long peak = 0;
        long count = 0;
        long ageSum = 0;
        try (Session s = this.db.session();
                Stream<User> stream = s.select(User.class).stream()) {
            Iterator<User> it = stream.iterator();
            while (it.hasNext()) {
                User u = it.next();
                ageSum += u.get(User.AGE);
                count++;
                if (count % 25_000 == 0) {
                    peak = Math.max(peak, usedHeap() - baseline);
                }
            }
        }
        assertThat(count).isEqualTo(ROWS);
        assertThat(ageSum).isEqualTo((long) ROWS * (ROWS - 1) / 2);
        // the rows hold ~80 MB of text: a client that buffered them would grow by that much
        System.out.printf(
                "%s: streamed %d rows, heap growth peak %.1f MB%n",
                this.database, count, peak / 1048576.0);
        assertThat(peak).isLessThan(24L * 1024 * 1024);
    }
}
