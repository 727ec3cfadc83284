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
import java.time.Instant;
import java.time.LocalDate;
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
 * Long {@code in}/{@code notIn} lists of each type select exactly the rows plain JDBC finds, past
 * every database's switch of form (MariaDB's at 50,000 values, H2's array length), and a long
 * string never matches a row holding its prefix.
 */
abstract class LargeInListSuite extends DatabaseSuite {

    /** Rows in the table; every other one is named in a list. */
    static final int ROWS = 200_000;

    /** Values of BIGINT and VARCHAR lists, past MariaDB's inline limit (H2: see {@link #big}). */
    static final int BIG = 100_000;

    Database db;

    LargeInListSuite(TestDatabase database) {
        super(database);
    }

    /**
     * H2 answers {@code = ANY(?)} in time growing with the square of the list (its per-row check
     * scans the array), so its lists stay at 20,000 values to keep the suite fast; the form and the
     * splitting over several arrays are the same.
     */
    int big() {
        return this.database == TestDatabase.H2 ? 20_000 : BIG;
    }

    int rows() {
        return this.database == TestDatabase.H2 ? 40_000 : ROWS;
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

    void seed(int count) {
        List<Row> rows = new ArrayList<>(count);
        for (long i = 1; i <= count; i++) {
            Row r = new Row();
            r.set(Row.ID, i);
            r.set(Row.CODE, code(i));
            r.set(Row.AT, at(i));
            r.set(Row.DAY, day(i));
            r.set(Row.UID, uid(i));
            rows.add(r);
        }
        try (Session s = this.db.session()) {
            s.addAll(rows);
            s.commit();
        }
    }

    /** The ids of the rows named by {@code in} and by {@code notIn}, compared with JDBC's. */
    <T> void compare(Column<T> column, String columnName, int listSize, LongFunction<T> value) {
        List<T> values = new ArrayList<>(listSize + 2);
        Set<Long> named = new HashSet<>();
        for (long i = 0; i < listSize; i++) {
            // every other row, and values no row holds (beyond the table)
            long id = i * 2 + 1;
            values.add(value.apply(id));
            named.add(id);
        }
        List<Long> all =
                jdbc().queryForList(
                                "SELECT " + quote("id") + " FROM " + quote("li_row"), Long.class);
        Set<Long> expectedIn = new HashSet<>();
        Set<Long> expectedOut = new HashSet<>();
        for (Long id : all) {
            (named.contains(id) ? expectedIn : expectedOut).add(id);
        }
        // plain JDBC agrees on what the table holds for the named rows
        assertThat(
                        jdbc().queryForObject(
                                        "SELECT COUNT(*) FROM "
                                                + quote("li_row")
                                                + " WHERE "
                                                + quote(columnName)
                                                + " IS NOT NULL",
                                        Long.class))
                .isEqualTo(all.size());
        try (Session s = this.db.session()) {
            Set<Long> in = new HashSet<>();
            s.select(Row.class).where(column.in(values)).all().forEach(r -> in.add(r.get(Row.ID)));
            assertThat(in).as(columnName + " in").isEqualTo(expectedIn);
            assertThat(s.select(Row.class).where(column.notIn(values)).count())
                    .as(columnName + " notIn")
                    .isEqualTo(expectedOut.size());
        }
    }

    @Test
    void bigintAndVarcharListsMatchExactlyTheRowsJdbcFinds() {
        seed(rows());
        compare(Row.ID, "id", big(), id -> id);
        compare(Row.CODE, "code", big(), LargeInListSuite::code);
    }

    @Test
    void timestamptzDateAndUuidListsMatchExactlyTheRowsJdbcFinds() {
        seed(6_000);
        compare(Row.AT, "at", 2_500, LargeInListSuite::at);
        compare(Row.DAY, "day", 2_500, LargeInListSuite::day);
        compare(Row.UID, "uid", 2_500, LargeInListSuite::uid);
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
        int parents = 2_500;
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
