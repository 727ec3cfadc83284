package dev.qlio.orm.largein;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.Database;
import dev.qlio.orm.largein.LargeInTables.Child;
import dev.qlio.orm.largein.LargeInTables.Row;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.LoadStrategy;
import dev.qlio.orm.session.Session;
import dev.qlio.orm.testing.DatabaseSuite;
import dev.qlio.orm.testing.TestDatabase;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Long {@code in}/{@code notIn} lists of every standard type (100,000 values, past every database's
 * switch of form: PostgreSQL's arrays, MariaDB's at 50,000 values, H2's joined lists and array
 * length, SQLite's bind limit) select exactly the rows plain JDBC finds; relationship loads over
 * 100,000 parents find every child; a long string never matches a row holding its prefix.
 */
abstract class LargeInListSuite extends DatabaseSuite {

    /** Rows in the table; every other one is named in a list. */
    static final int ROWS = 200_000;

    /** Values of a list. */
    static final int BIG = 100_000;

    Database db;

    LargeInListSuite(TestDatabase database) {
        super(database);
    }

    /**
     * Values of a {@code notIn} list. H2 tests a negated list row by row against the whole array
     * (only a top-level {@code in} becomes a join), in time growing with rows times values, so its
     * negated lists stay short enough for a fast suite; their form is the same.
     */
    int notInSize() {
        return this.database == TestDatabase.H2 ? 500 : BIG;
    }

    /**
     * Values of an {@code in} list: on H2 a column without an index keeps the per-row array test
     * (see {@link #notInSize}), so its lists are as short.
     */
    int inSize(Column<?> column) {
        if (this.database == TestDatabase.MARIADB && column == Row.BIN) {
            // bytes go as ordinary parameters on MariaDB (see MariaDbLargeIn)
            return 50_000;
        }
        return this.database == TestDatabase.H2
                        && !column.isPrimaryKey()
                        && !column.isIndexed()
                        && !column.isUnique()
                ? notInSize()
                : BIG;
    }

    @BeforeEach
    void createTables() {
        this.database.dropTables(LargeInTables.NAMES);
        this.db = Database.connect(dataSource(), LargeInTables.metadata());
        this.db.ddl().createAll();
    }

    @AfterEach
    void dropTables() {
        this.database.dropTables(LargeInTables.NAMES);
    }

    static String code(long i) {
        return "code-" + i + "'\"\\";
    }

    static Instant at(long i) {
        return Instant.parse("2001-01-01T00:00:00Z").plusSeconds(i * 61).plusNanos(i % 7 * 1000);
    }

    static LocalDate day(long i) {
        return LocalDate.of(1900, 1, 1).plusDays(i);
    }

    static UUID uid(long i) {
        return new UUID(i * 31, i);
    }

    static BigDecimal amount(long i) {
        return BigDecimal.valueOf(i * 1000 + 125, 3);
    }

    static double ratio(long i) {
        return i + 0.25;
    }

    static float score(long i) {
        return i + 0.5f;
    }

    static LocalDateTime local(long i) {
        return LocalDateTime.of(2001, 1, 1, 0, 0).plusSeconds(i * 59).plusNanos(i % 5 * 1000);
    }

    static byte[] bin(long i) {
        return ("b" + i).getBytes(StandardCharsets.UTF_8);
    }

    void seed(int count) {
        List<Row> rows = new ArrayList<>(count);
        for (long i = 1; i <= count; i++) {
            Row r = new Row();
            r.set(Row.ID, i);
            r.set(Row.CODE, code(i));
            r.set(Row.NOTE, "note-" + i);
            r.set(Row.AT, at(i));
            r.set(Row.DAY, day(i));
            r.set(Row.UID, uid(i));
            r.set(Row.NUM, (int) i);
            r.set(Row.AMOUNT, amount(i));
            r.set(Row.RATIO, ratio(i));
            r.set(Row.SCORE, score(i));
            r.set(Row.LOCAL, local(i));
            r.set(Row.BIN, bin(i));
            r.set(Row.FLAG, i % 3 == 0);
            rows.add(r);
        }
        try (Session s = this.db.session()) {
            s.addAll(rows);
            s.commit();
        }
    }

    /**
     * The ids of the rows named by {@code in} and by {@code notIn}, compared with those plain JDBC
     * reads from the table.
     */
    <T> void compare(Column<T> column, String columnName, LongFunction<T> value) {
        List<Long> all =
                jdbc().queryForList(
                                "SELECT "
                                        + quote("id")
                                        + " FROM "
                                        + quote("li_row")
                                        + " WHERE "
                                        + quote(columnName)
                                        + " IS NOT NULL",
                                Long.class);
        assertThat(all).as(columnName + " rows").hasSize(ROWS);
        try (Session s = this.db.session()) {
            int size = inSize(column);
            Set<Long> in = new HashSet<>();
            s.select(Row.class)
                    .where(column.in(values(size, value)))
                    .all()
                    .forEach(r -> in.add(r.get(Row.ID)));
            assertThat(in).as(columnName + " in").isEqualTo(expected(all, size, true));
            // repeated values change nothing (H2 joins the distinct values)
            List<T> repeated = values(size, value);
            repeated.addAll(values(size / 10, value));
            assertThat(s.select(Row.class).where(column.in(repeated)).count())
                    .as(columnName + " in with repeated values, counted")
                    .isEqualTo(in.size());
            int notInSize = Math.min(size, notInSize());
            assertThat(s.select(Row.class).where(column.notIn(values(notInSize, value))).count())
                    .as(columnName + " notIn")
                    .isEqualTo(expected(all, notInSize, false).size());
        }
    }

    /** Every other row's value, and as many that no row holds (beyond the table). */
    static <T> List<T> values(int size, LongFunction<T> value) {
        List<T> values = new ArrayList<>(size);
        for (long i = 0; i < size; i++) {
            values.add(value.apply(i * 2 + 1));
        }
        return values;
    }

    static Set<Long> expected(List<Long> all, int size, boolean in) {
        Set<Long> expected = new HashSet<>();
        for (Long id : all) {
            boolean named = id % 2 == 1 && (id - 1) / 2 < size;
            if (named == in) {
                expected.add(id);
            }
        }
        return expected;
    }

    @Test
    void listsOfEveryTypeMatchExactlyTheRowsJdbcFinds() {
        seed(ROWS);
        compare(Row.ID, "id", id -> id);
        compare(Row.NUM, "num", id -> (int) id);
        compare(Row.CODE, "code", LargeInListSuite::code);
        compare(Row.NOTE, "note", id -> "note-" + id);
        compare(Row.AT, "at", LargeInListSuite::at);
        compare(Row.DAY, "day", LargeInListSuite::day);
        compare(Row.LOCAL, "local", LargeInListSuite::local);
        compare(Row.UID, "uid", LargeInListSuite::uid);
        compare(Row.AMOUNT, "amount", LargeInListSuite::amount);
        compare(Row.RATIO, "ratio", LargeInListSuite::ratio);
        compare(Row.SCORE, "score", LargeInListSuite::score);
        compare(Row.BIN, "bin", LargeInListSuite::bin);
        // 100,000 booleans, all but one the same: duplicates in a list change nothing
        int size = inSize(Row.FLAG);
        List<Boolean> flags = new ArrayList<>(java.util.Collections.nCopies(size - 1, true));
        flags.add(false);
        Long trues =
                jdbc().queryForObject(
                                "SELECT COUNT(*) FROM "
                                        + quote("li_row")
                                        + " WHERE "
                                        + quote("flag"),
                                Long.class);
        try (Session s = this.db.session()) {
            assertThat(s.select(Row.class).where(Row.FLAG.in(flags)).count()).isEqualTo(ROWS);
            assertThat(s.select(Row.class).where(Row.FLAG.in(flags.subList(0, size - 1))).count())
                    .isEqualTo(trues);
            assertThat(
                            s.select(Row.class)
                                    .where(
                                            Row.FLAG.notIn(
                                                    java.util.Collections.nCopies(
                                                            notInSize(), true)))
                                    .count())
                    .isEqualTo(ROWS - trues);
        }
    }

    @Test
    void aLongStringNeverMatchesARowHoldingItsPrefix() {
        String prefix = "L".repeat(16_383);
        String full = "L".repeat(20_000);
        try (Session s = this.db.session()) {
            for (long i = 1; i <= 2; i++) {
                Row r = new Row();
                r.set(Row.ID, i);
                r.set(Row.CODE, "c" + i);
                r.set(Row.NOTE, i == 1 ? prefix : full);
                s.add(r);
            }
            s.commit();
        }
        // past MariaDB's inline limit, so the list goes as one JSON parameter there
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < 50_001; i++) {
            notes.add("n" + i);
        }
        notes.add(full);
        try (Session s = this.db.session()) {
            assertThat(s.select(Row.class).where(Row.NOTE.in(notes)).all())
                    .extracting(r -> r.get(Row.ID))
                    .containsExactly(2L);
            s.delete(Row.class).where(Row.NOTE.in(notes)).execute();
            s.commit();
        }
        assertThat(
                        jdbc().queryForList(
                                        "SELECT " + quote("id") + " FROM " + quote("li_row"),
                                        Long.class))
                .containsExactly(1L);
        assertThat(
                        jdbc().queryForObject(
                                        "SELECT " + quote("note") + " FROM " + quote("li_row"),
                                        String.class))
                .isEqualTo(prefix);
    }

    @Test
    void relationshipLoadsOverManyParentsFindEveryChild() {
        int parents = BIG;
        seed(parents);
        List<Child> children = new ArrayList<>();
        for (long i = 1; i <= parents; i++) {
            Child c = new Child();
            c.set(Child.ID, i);
            c.set(Child.ROW_ID, i);
            children.add(c);
        }
        try (Session s = this.db.session()) {
            s.addAll(children);
            s.commit();
        }
        try (Session s = this.db.session()) {
            List<Row> rows = s.select(Row.class).load(Row.CHILDREN, LoadStrategy.SELECT).all();
            assertThat(rows).hasSize(parents);
            assertThat(rows)
                    .allSatisfy(
                            r ->
                                    assertThat(r.relatedList(Row.CHILDREN))
                                            .extracting(c -> c.get(Child.ROW_ID))
                                            .containsExactly(r.get(Row.ID)));
        }
    }
}
