package dev.qlio.orm.observation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.Database;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.session.Session;
import dev.qlio.orm.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rows read and written reach the {@link MetricsListener} ({@code qlio.orm.rows}). */
class RowCountTest {

    private static final TestDatabase DB = TestDatabase.H2;

    private final AtomicLong read = new AtomicLong();

    private final AtomicLong written = new AtomicLong();

    private Database db;

    @BeforeEach
    void setUp() {
        DB.assumeAvailable();
        DB.dropTables("qo_item");
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(ObservedItem.class);
        this.db =
                Database.builder(DB.dataSource(), metadata)
                        .metricsListener(
                                new MetricsListener() {
                                    @Override
                                    public void rowsRead(long rows) {
                                        RowCountTest.this.read.addAndGet(rows);
                                    }

                                    @Override
                                    public void rowsWritten(long rows) {
                                        RowCountTest.this.written.addAndGet(rows);
                                    }
                                })
                        .build();
        this.db.ddl().create(ObservedItem.class);
    }

    private static ObservedItem item(long id) {
        ObservedItem item = new ObservedItem();
        item.set(ObservedItem.ID, id);
        item.set(ObservedItem.NAME, "n" + id);
        return item;
    }

    @Test
    void everyReadAndWriteIsCounted() {
        try (Session s = this.db.session()) {
            s.add(item(1));
            s.addAll(List.of(item(2), item(3), item(4)));
            assertThat(this.written).hasValue(4);
            assertThat(
                            s.update(ObservedItem.class)
                                    .set(ObservedItem.QUANTITY, 7)
                                    .where(ObservedItem.ID.gt(2L))
                                    .execute())
                    .isEqualTo(2);
            assertThat(this.written).hasValue(6);
            List<ObservedItem> all = s.select(ObservedItem.class).all();
            assertThat(this.read).hasValue(4);
            s.remove(all.get(0));
            assertThat(this.written).hasValue(7);
            try (Stream<ObservedItem> stream = s.select(ObservedItem.class).stream()) {
                assertThat(stream.count()).isEqualTo(3);
            }
            assertThat(this.read).hasValue(7);
            s.select(ObservedItem.class).count();
            assertThat(this.read).hasValue(7);
            s.fetch("SELECT * FROM \"qo_item\" WHERE \"id\" > :id", Map.of("id", 2L));
            assertThat(this.read).hasValue(9);
            s.commit();
        }
    }
}
