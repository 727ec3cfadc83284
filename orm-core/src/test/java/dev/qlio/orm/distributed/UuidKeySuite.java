package dev.qlio.orm.distributed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.Database;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.UuidV7;
import dev.qlio.orm.schema.types.SqlType;
import dev.qlio.orm.session.Session;
import dev.qlio.orm.testing.DatabaseSuite;
import dev.qlio.orm.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Client-generated time-ordered keys ({@code defaultValue(UuidV7::next)}): set on the row by Qlio
 * on insert (single and batched), stored, and in the database's own order the same as the insertion
 * order.
 */
abstract class UuidKeySuite extends DatabaseSuite {

    static final String TABLE = "dist_uuid_event";

    /** A table keyed by a time-ordered UUID made on the client. */
    @TableName(TABLE)
    public static class Event extends Table {
        public static final Column<UUID> ID =
                column(SqlType.UUID).primaryKey().defaultValue(UuidV7::next);
        public static final Column<Integer> SEQ = column(SqlType.INTEGER).notNull();
    }

    private Database db;

    UuidKeySuite(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void createTable() {
        this.database.dropTables(TABLE);
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(Event.class);
        this.db = Database.builder(dataSource(), metadata).dialect(dialect()).build();
        this.db.ddl().create(Event.class);
    }

    @AfterEach
    void dropTable() {
        this.database.dropTables(TABLE);
    }

    @Test
    void keysAreMadeOnInsertAndSortInInsertionOrder() {
        List<Event> events = new ArrayList<>();
        try (Session s = this.db.session()) {
            for (int i = 0; i < 20; i++) {
                Event e = event(i);
                s.add(e);
                events.add(e);
            }
            List<Event> batch = new ArrayList<>();
            for (int i = 20; i < 60; i++) {
                batch.add(event(i));
            }
            s.addAll(batch);
            events.addAll(batch);
            s.commit();
        }
        assertThat(events).allSatisfy(e -> assertThat(e.get(Event.ID)).isNotNull());
        List<Integer> order =
                jdbc().queryForList(
                                "SELECT "
                                        + quote("seq")
                                        + " FROM "
                                        + quote(TABLE)
                                        + " ORDER BY "
                                        + quote("id"),
                                Integer.class);
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            expected.add(i);
        }
        assertThat(order).isEqualTo(expected);
        try (Session s = this.db.session()) {
            Event first = events.get(0);
            assertThat(
                            s.select(Event.class)
                                    .where(Event.ID.eq(first.get(Event.ID)))
                                    .first()
                                    .orElseThrow()
                                    .get(Event.SEQ))
                    .isZero();
        }
    }

    private static Event event(int seq) {
        Event e = new Event();
        e.set(Event.SEQ, seq);
        return e;
    }
}
