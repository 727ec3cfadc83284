package dev.qlio.orm.typed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qlio.orm.Database;
import dev.qlio.orm.query.Tuple;
import dev.qlio.orm.query.TupleQuery;
import dev.qlio.orm.session.Session;
import dev.qlio.orm.testing.DatabaseSuite;
import dev.qlio.orm.testing.TestDatabase;
import dev.qlio.orm.typed.ShopTables.Book;
import dev.qlio.orm.typed.ShopTables.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

/**
 * Keyset pages follow the order exactly, NULLs included, whatever is inserted meanwhile; locks
 * lock.
 */
abstract class KeysetAndLocksSuite extends DatabaseSuite {

    Database db;

    KeysetAndLocksSuite(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void createTables() {
        this.database.dropTables(ShopTables.NAMES);
        this.db = Database.builder(dataSource(), ShopTables.metadata()).build();
        this.db.ddl().createAll();
        try (Session s = this.db.session()) {
            Shop.seed(s);
            Writer w = Shop.writer(s, "Eve", "Chile");
            for (int i = 0; i < 9; i++) {
                Shop.book(s, w, "Extra " + i, i % 3 == 0 ? null : 100 + (i % 4) * 10, "1.00", null);
            }
            s.commit();
        }
    }

    @AfterEach
    void dropTables() {
        this.database.dropTables(ShopTables.NAMES);
    }

    /** (pages, id) of every book, as JDBC reads them. */
    List<long[]> books() {
        List<long[]> rows = new ArrayList<>();
        for (Map<String, Object> r :
                jdbc().queryForList(
                                "SELECT "
                                        + quote("id")
                                        + ", "
                                        + quote("pages")
                                        + " FROM "
                                        + quote("ty_book"))) {
            Object pages = r.get("pages");
            rows.add(
                    new long[] {
                        ((Number) r.get("id")).longValue(),
                        pages == null ? Long.MIN_VALUE : ((Number) pages).longValue()
                    });
        }
        return rows;
    }

    List<Long> pageThrough(Session s, boolean descending, boolean nullsFirst, int size) {
        List<Long> ids = new ArrayList<>();
        Tuple last = null;
        while (true) {
            TupleQuery q =
                    s.select(Book.ID, Book.PAGES)
                            .from(Book.class)
                            .orderBy(
                                    nullsFirst
                                            ? (descending ? Book.PAGES.desc() : Book.PAGES.asc())
                                                    .nullsFirst()
                                            : (descending ? Book.PAGES.desc() : Book.PAGES.asc())
                                                    .nullsLast(),
                                    descending ? Book.ID.desc() : Book.ID.asc())
                            .limit(size);
            if (last != null) {
                q.after(last);
            }
            List<Tuple> page = q.all();
            if (page.isEmpty()) {
                return ids;
            }
            page.forEach(t -> ids.add(t.get(Book.ID)));
            last = page.get(page.size() - 1);
        }
    }

    static Comparator<long[]> order(boolean descending, boolean nullsFirst) {
        Comparator<long[]> pages =
                (a, b) -> {
                    boolean an = a[1] == Long.MIN_VALUE;
                    boolean bn = b[1] == Long.MIN_VALUE;
                    if (an || bn) {
                        return an == bn ? 0 : (an == nullsFirst ? -1 : 1);
                    }
                    return descending ? Long.compare(b[1], a[1]) : Long.compare(a[1], b[1]);
                };
        return pages.thenComparing(
                (a, b) -> descending ? Long.compare(b[0], a[0]) : Long.compare(a[0], b[0]));
    }

    @Test
    void keysetPagesFollowEveryDirectionAndNullOrdering() {
        try (Session s = this.db.session()) {
            for (boolean descending : new boolean[] {false, true}) {
                for (boolean nullsFirst : new boolean[] {false, true}) {
                    List<Long> expected =
                            books().stream()
                                    .sorted(order(descending, nullsFirst))
                                    .map(r -> r[0])
                                    .toList();
                    assertThat(pageThrough(s, descending, nullsFirst, 4))
                            .as("desc=%s nullsFirst=%s", descending, nullsFirst)
                            .isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void keysetPagingIsStableUnderConcurrentInserts() {
        try (Session s = this.db.session()) {
            List<Tuple> first =
                    s.select(Book.ID, Book.PAGES)
                            .from(Book.class)
                            .where(Book.PAGES.isNotNull())
                            .orderBy(Book.PAGES.asc(), Book.ID.asc())
                            .limit(3)
                            .all();
            Tuple last = first.get(2);
            List<Long> before =
                    books().stream().sorted(order(false, false)).map(r -> r[0]).toList();
            // another connection inserts a row before the position and one after it
            long writer =
                    jdbc().queryForObject(
                                    "SELECT MIN(" + quote("id") + ") FROM " + quote("ty_writer"),
                                    Long.class);
            String insert =
                    "INSERT INTO "
                            + quote("ty_book")
                            + " ("
                            + quote("writer_id")
                            + ", "
                            + quote("title")
                            + ", "
                            + quote("pages")
                            + ", "
                            + quote("price")
                            + ") VALUES (?, ?, ?, ?)";
            jdbc().update(insert, writer, "Tiny", 1, new java.math.BigDecimal("1.00"));
            jdbc().update(insert, writer, "Huge", 9999, new java.math.BigDecimal("1.00"));
            // the next page comes with the next request: another unit of work
            List<Long> rest;
            try (Session next = this.db.session()) {
                rest = nextPage(next, last);
            }
            List<Long> expected = new ArrayList<>();
            List<long[]> nonNull =
                    books().stream()
                            .filter(r -> r[1] != Long.MIN_VALUE)
                            .sorted(order(false, false))
                            .toList();
            boolean past = false;
            for (long[] r : nonNull) {
                if (past) {
                    expected.add(r[0]);
                }
                past |= r[0] == (Long) last.get(Book.ID);
            }
            assertThat(rest).isEqualTo(expected);
            assertThat(first.stream().map(t -> t.get(Book.ID)).toList())
                    .doesNotContainAnyElementsOf(rest);
            assertThat(before).isNotEmpty();
            long huge =
                    jdbc().queryForObject(
                                    "SELECT "
                                            + quote("id")
                                            + " FROM "
                                            + quote("ty_book")
                                            + " WHERE "
                                            + quote("title")
                                            + " = 'Huge'",
                                    Long.class);
            assertThat(rest).endsWith(huge);
        }
    }

    static List<Long> nextPage(Session s, Tuple last) {
        return s
                .select(Book.ID, Book.PAGES)
                .from(Book.class)
                .where(Book.PAGES.isNotNull())
                .orderBy(Book.PAGES.asc(), Book.ID.asc())
                .after(last)
                .all()
                .stream()
                .map(t -> t.get(Book.ID))
                .toList();
    }

    @Test
    void forUpdateLocksTheRowsUntilTheTransactionEndsOrFailsClearlyWithoutRowLocks() {
        if (this.database == TestDatabase.SQLITE) {
            try (Session s = this.db.session()) {
                assertThatThrownBy(() -> s.select(Book.ID).from(Book.class).forUpdate())
                        .isInstanceOf(UnsupportedOperationException.class)
                        .hasMessageContaining("SQLite has no row locks");
            }
            return;
        }
        try (Session a = this.db.session();
                Session b = this.db.session()) {
            Optional<Tuple> locked =
                    a.select(Book.ID, Book.TITLE)
                            .from(Book.class)
                            .where(Book.TITLE.eq("Engines"))
                            .forUpdate()
                            .first();
            assertThat(locked).isPresent();
            // another transaction: NOWAIT fails at once, SKIP LOCKED leaves the row out
            Thread other =
                    new Thread(
                            () -> {
                                try (Session c = this.db.session()) {
                                    assertThatThrownBy(
                                                    () ->
                                                            c.select(Book.ID)
                                                                    .from(Book.class)
                                                                    .where(Book.TITLE.eq("Engines"))
                                                                    .forUpdate()
                                                                    .noWait()
                                                                    .all())
                                            .isInstanceOf(DataAccessException.class);
                                }
                                try (Session c = this.db.session()) {
                                    List<String> titles =
                                            c.select(Book.TITLE)
                                                    .from(Book.class)
                                                    .where(Book.PAGES.gt(300))
                                                    .forUpdate()
                                                    .skipLocked()
                                                    .all(Book.TITLE);
                                    assertThat(titles).containsExactly("Frost");
                                }
                            });
            List<Throwable> failures = new ArrayList<>();
            other.setUncaughtExceptionHandler((t, e) -> failures.add(e));
            other.start();
            try {
                other.join(30_000);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            assertThat(failures).isEmpty();
            a.rollback();
            assertThat(b).isNotNull();
        }
    }
}
