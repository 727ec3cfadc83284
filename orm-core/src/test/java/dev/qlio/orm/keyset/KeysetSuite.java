package dev.qlio.orm.keyset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qlio.orm.Database;
import dev.qlio.orm.expression.Ordering;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;
import dev.qlio.orm.session.Session;
import dev.qlio.orm.testing.DatabaseSuite;
import dev.qlio.orm.testing.TestDatabase;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Keyset paging walks every row once, in the query's order, whatever the directions and NULLs, and
 * stays stable when rows are inserted between pages.
 */
abstract class KeysetSuite extends DatabaseSuite {

    @TableName("ks_item")
    public static class Item extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Integer> SCORE = column(SqlType.INTEGER);
        public static final Column<String> NAME = column(SqlType.varchar(20)).notNull();
    }

    Database db;

    KeysetSuite(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void seed() {
        this.database.dropTables("ks_item");
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(Item.class);
        metadata.setupTables();
        this.db = Database.builder(dataSource(), metadata).build();
        this.db.ddl().createAll();
        try (Session s = this.db.session()) {
            List<Item> items = new ArrayList<>();
            for (long i = 1; i <= 40; i++) {
                items.add(item(i, i % 7 == 0 ? null : (int) (i % 5), "n" + (i % 3)));
            }
            s.addAll(items);
            s.commit();
        }
    }

    @AfterEach
    void drop() {
        this.database.dropTables("ks_item");
    }

    static Item item(long id, Integer score, String name) {
        Item item = new Item();
        item.set(Item.ID, id);
        item.set(Item.SCORE, score);
        item.set(Item.NAME, name);
        return item;
    }

    /** Every page of {@code size} rows after the last, until an empty one. */
    List<Long> walk(Session s, int size, Ordering... order) {
        List<Long> ids = new ArrayList<>();
        Item last = null;
        for (int pages = 0; pages < 100; pages++) {
            var query = s.select(Item.class).orderBy(order);
            if (last != null) {
                query.after(last);
            }
            List<Item> page = query.limit(size).all();
            if (page.isEmpty()) {
                return ids;
            }
            page.forEach(i -> ids.add(i.get(Item.ID)));
            last = page.get(page.size() - 1);
        }
        throw new AssertionError("paging did not end");
    }

    @Test
    void pagesWalkEveryRowOnceInTheQuerysOrder() {
        List<Ordering[]> orders =
                List.of(
                        new Ordering[] {Item.SCORE.asc(), Item.ID.asc()},
                        new Ordering[] {Item.SCORE.desc(), Item.ID.asc()},
                        new Ordering[] {Item.SCORE.asc(), Item.ID.desc()},
                        new Ordering[] {Item.NAME.desc(), Item.SCORE.asc(), Item.ID.asc()},
                        new Ordering[] {Item.ID.desc()});
        try (Session s = this.db.session()) {
            for (Ordering[] order : orders) {
                List<Long> all =
                        s.select(Item.class).orderBy(order).all().stream()
                                .map(i -> i.get(Item.ID))
                                .toList();
                assertThat(all).hasSize(40);
                for (int size : new int[] {1, 7, 40}) {
                    assertThat(walk(s, size, order))
                            .as(List.of(order) + " by " + size)
                            .containsExactlyElementsOf(all);
                }
            }
        }
    }

    @Test
    void rowsInsertedBetweenPagesAreNeverShownTwiceNorSkipOthers() {
        try (Session s = this.db.session()) {
            List<Item> first =
                    s.select(Item.class).orderBy(Item.SCORE.desc(), Item.ID.asc()).limit(7).all();
            // one row that sorts before the cursor, one after it
            s.add(item(100, 9, "before"));
            s.add(item(101, 0, "after"));
            s.commit();
            Set<Long> seen = new LinkedHashSet<>();
            first.forEach(i -> seen.add(i.get(Item.ID)));
            Item last = first.get(first.size() - 1);
            while (true) {
                List<Item> page =
                        s.select(Item.class)
                                .orderBy(Item.SCORE.desc(), Item.ID.asc())
                                .after(last)
                                .limit(7)
                                .all();
                if (page.isEmpty()) {
                    break;
                }
                for (Item i : page) {
                    assertThat(seen.add(i.get(Item.ID))).as("shown twice: " + i).isTrue();
                }
                last = page.get(page.size() - 1);
            }
            assertThat(seen).contains(101L).doesNotContain(100L).hasSize(41);
        }
    }

    @Test
    void anOrderWithoutTheKeyIsRefusedWithTheFix() {
        try (Session s = this.db.session()) {
            Item any = s.select(Item.class).first().orElseThrow();
            assertThatThrownBy(() -> s.select(Item.class).after(any))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("call orderBy(...) first");
            assertThatThrownBy(() -> s.select(Item.class).orderBy(Item.SCORE.asc()).after(any))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("end orderBy(...) with the primary key (Item.ID)");
        }
    }
}
