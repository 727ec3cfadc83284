package dev.qlio.orm.reliability;

import static dev.qlio.orm.reliability.WrongRowTables.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.qlio.orm.Database;
import dev.qlio.orm.reliability.WrongRowTables.Child;
import dev.qlio.orm.reliability.WrongRowTables.Doc;
import dev.qlio.orm.reliability.WrongRowTables.Person;
import dev.qlio.orm.reliability.WrongRowTables.Seq;
import dev.qlio.orm.reliability.WrongRowTables.Slow;
import dev.qlio.orm.session.Session;
import dev.qlio.orm.testing.DatabaseSuite;
import dev.qlio.orm.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 23: never the wrong row, never past the deadline. Every result is read back with plain
 * JDBC.
 */
abstract class WrongRowSuite extends DatabaseSuite {

    Database db;

    WrongRowSuite(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void createTables() {
        dropAll();
        this.db =
                Database.builder(dataSource(), WrongRowTables.metadata())
                        .dialect(dialect())
                        .build();
        for (Class<? extends dev.qlio.orm.schema.Table> t :
                List.of(
                        Person.class,
                        WrongRowTables.Parent.class,
                        Child.class,
                        Seq.class,
                        Doc.class)) {
            this.db.ddl().create(t);
        }
        jdbc().execute("CREATE VIEW " + quote("wr_slow") + " AS " + slowSelect());
    }

    @AfterEach
    void dropAll() {
        jdbc().execute("DROP VIEW IF EXISTS " + quote("wr_slow"));
        this.database.dropTables(WrongRowTables.NAMES);
    }

    /** A select of one BIGINT column {@code id} that takes about three seconds. */
    private String slowSelect() {
        return slowSelectOf().replace(" AS id", " AS " + quote("id"));
    }

    private String slowSelectOf() {
        return switch (this.database) {
            case POSTGRESQL -> "SELECT 1::bigint AS id FROM pg_sleep(3)";
            case MARIADB -> "SELECT CAST(SLEEP(3) AS SIGNED) + 1 AS id";
            case H2 ->
                    "SELECT SUM(a.X * b.X) AS id FROM SYSTEM_RANGE(1, 40000) a,"
                            + " SYSTEM_RANGE(1, 40000) b";
            case SQLITE ->
                    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c"
                            + " WHERE x < 200000000) SELECT SUM(x) AS id FROM c";
        };
    }

    private long count(String table) {
        return jdbc().queryForObject("SELECT COUNT(*) FROM " + quote(table), Long.class);
    }

    // item 1 -------------------------------------------------------------------------------

    @Test
    void mergeActsOnThePrimaryKeyOnly() {
        try (Session s = this.db.session()) {
            s.add(person(1, "alice@x", "Alice"));
            s.commit();
        }
        try (Session s = this.db.session()) {
            assertThatThrownBy(() -> s.merge(person(2, "alice@x", "Mallory")))
                    .isInstanceOf(DuplicateKeyException.class);
        }
        assertThat(names()).containsExactly("1:Alice");
        assertThat(
                        jdbc().queryForObject(
                                        "SELECT " + quote("email") + " FROM " + quote("wr_person"),
                                        String.class))
                .isEqualTo("alice@x");
        // merge still updates by key and inserts a new key
        try (Session s = this.db.session()) {
            s.merge(person(1, "alice@x", "Alicia"));
            s.merge(person(3, "carol@x", "Carol"));
            s.commit();
        }
        assertThat(names()).containsExactly("1:Alicia", "3:Carol");
    }

    private List<String> names() {
        return jdbc().query(
                        "SELECT "
                                + quote("id")
                                + ", "
                                + quote("name")
                                + " FROM "
                                + quote("wr_person")
                                + " ORDER BY "
                                + quote("id"),
                        (rs, n) -> rs.getLong(1) + ":" + rs.getString(2));
    }

    // item 4 -------------------------------------------------------------------------------

    @Test
    void anOrphanIsRefusedEvenOnAConnectionMadeWithoutForeignKeys() {
        // SQLite: a plain connection has PRAGMA foreign_keys off; Qlio must turn it on
        DataSource plain =
                this.database == TestDatabase.SQLITE
                        ? new DriverManagerDataSource(this.database.url())
                        : dataSource();
        Database onPlain =
                Database.builder(plain, WrongRowTables.metadata()).dialect(dialect()).build();
        Child orphan = new Child();
        orphan.set(Child.ID, 1L);
        orphan.set(Child.PARENT_ID, 424242L);
        try (Session s = onPlain.session()) {
            assertThatThrownBy(
                            () -> {
                                s.add(orphan);
                                s.commit();
                            })
                    .isInstanceOf(DataIntegrityViolationException.class)
                    // item 7: the value is not in the message
                    .satisfies(ex -> assertThat(ex.getMessage()).doesNotContain("424242"));
        }
        assertThat(count("wr_child")).isZero();
    }

    // item 5 -------------------------------------------------------------------------------

    @Test
    void ilikeFindsExactMatchesOfEveryScript() {
        try (Session s = this.db.session()) {
            s.add(person(1, "a@x", "İstanbul"));
            s.add(person(2, "b@x", "ΟΔΟΣ"));
            s.add(person(3, "c@x", "Alice"));
            s.add(person(4, "d@x", "istanbul street"));
            s.commit();
        }
        try (Session s = this.db.session()) {
            for (String name : List.of("İstanbul", "ΟΔΟΣ", "Alice")) {
                assertThat(s.select(Person.class).where(Person.NAME.ilike(name)).all())
                        .as(name)
                        .extracting(p -> p.get(Person.NAME))
                        .containsExactly(name);
            }
            assertThat(s.select(Person.class).where(Person.NAME.ilike("aLiCe")).all()).hasSize(1);
            assertThat(s.select(Person.class).where(Person.NAME.ilike("%ΟΔ%")).all()).hasSize(1);
        }
    }

    // item 6 -------------------------------------------------------------------------------

    @Test
    void aStatementIsCancelledAtTheSpringTransactionDeadlineAndRolledBack() {
        TransactionTemplate tx =
                new TransactionTemplate(new DataSourceTransactionManager(dataSource()));
        tx.setTimeout(1);
        Throwable thrown =
                catchThrowable(
                        () ->
                                tx.executeWithoutResult(
                                        status -> {
                                            try (Session s = this.db.session()) {
                                                s.add(person(1, "a@x", "A"));
                                                s.select(Slow.class).all();
                                            }
                                        }));
        assertThat(thrown)
                .isInstanceOfAny(QueryTimeoutException.class, TransactionTimedOutException.class);
        assertThat(count("wr_person")).isZero();
    }

    @Test
    void aQueryTimeoutCancelsTheStatement() {
        try (Session s = this.db.session()) {
            assertThatThrownBy(() -> s.select(Slow.class).timeout(Duration.ofSeconds(1)).all())
                    .isInstanceOf(QueryTimeoutException.class);
        }
        assertThatThrownBy(() -> this.db.session().select(Slow.class).timeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDatabaseDefaultTimeoutCancelsEveryStatement() {
        Database limited =
                Database.builder(dataSource(), WrongRowTables.metadata())
                        .dialect(dialect())
                        .queryTimeout(Duration.ofSeconds(1))
                        .build();
        try (Session s = limited.session()) {
            assertThatThrownBy(() -> s.fetch("SELECT * FROM " + quote("wr_slow")))
                    .isInstanceOf(QueryTimeoutException.class);
        }
        try (Session s = limited.session();
                java.util.stream.Stream<Slow> rows = s.select(Slow.class).stream()) {
            assertThatThrownBy(() -> rows.toList()).isInstanceOf(QueryTimeoutException.class);
        } catch (QueryTimeoutException expected) {
            // some drivers fail at executeQuery, when the stream opens
        }
    }

    // item 7 -------------------------------------------------------------------------------

    @Test
    void messagesCarryNoValuesAndNoHugeSql() {
        Person tooBig = person(1, "a@x", "A");
        tooBig.set(Person.AMOUNT, new BigDecimal("987654321.00"));
        assertNoValueInMessage(tooBig, "987654321");
        Person farFuture = person(2, "b@x", "B");
        farFuture.set(Person.BORN, LocalDate.of(10000, 1, 1));
        assertNoValueInMessage(farFuture, "10000-01-01");
        String list =
                IntStream.range(0, 70_000)
                        .mapToObj(Integer::toString)
                        .collect(Collectors.joining(", "));
        try (Session s = this.db.session()) {
            Throwable thrown =
                    catchThrowable(
                            () ->
                                    s.fetch(
                                            "SELECT * FROM "
                                                    + quote("wr_none")
                                                    + " WHERE id IN ("
                                                    + list
                                                    + ")"));
            assertThat(thrown).isNotNull();
            assertThat(thrown.getMessage()).hasSizeLessThan(10_000);
        }
    }

    private void assertNoValueInMessage(Person row, String value) {
        try (Session s = this.db.session()) {
            Throwable thrown =
                    catchThrowable(
                            () -> {
                                s.add(row);
                                s.commit();
                            });
            if (thrown != null) {
                assertThat(thrown.getMessage()).doesNotContain(value);
                for (Throwable c = thrown; c != null; c = c.getCause()) {
                    if (c instanceof java.sql.SQLException && c.getCause() == null) {
                        break;
                    }
                }
            }
        }
    }

    // item 8 -------------------------------------------------------------------------------

    @Test
    void rawSqlReadsTheDialectsLiteralsAndComments() {
        Map<String, Object> params = Map.of("y", "bound");
        List<String> literals =
                switch (this.database) {
                    case POSTGRESQL -> List.of("E'\\':x'", "$$:x$$", "$q$ it's :x $q$");
                    case MARIADB -> List.of("'it\\'s :x'", "\"say \\\":x\"");
                    default -> List.of("'it''s :x'");
                };
        List<String> expected =
                switch (this.database) {
                    case POSTGRESQL -> List.of("':x", ":x", " it's :x ");
                    case MARIADB -> List.of("it's :x", "say \":x");
                    default -> List.of("it's :x");
                };
        String comment = this.database == TestDatabase.MARIADB ? "# :z\n" : "-- :z\n";
        try (Session s = this.db.session()) {
            for (int i = 0; i < literals.size(); i++) {
                String text = this.database == TestDatabase.MARIADB ? "CHAR(10)" : "VARCHAR(10)";
                String sql =
                        "SELECT "
                                + literals.get(i)
                                + " AS v, CAST(:y AS "
                                + text
                                + ") AS w "
                                + comment;
                List<String> row =
                        s.fetch(sql, params, (rs, n) -> rs.getString(1) + "|" + rs.getString(2));
                assertThat(row).as(sql).containsExactly(expected.get(i) + "|bound");
            }
            assertThatThrownBy(() -> s.fetch("SELECT 'abc :y", params))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("offset 7");
        }
    }

    // item 9 -------------------------------------------------------------------------------

    @Test
    void jsonTextKeepsTheTextExactly() {
        String text = "{\"b\": 1, \"a\": 2.50, \"a\": 3}";
        Doc doc = new Doc();
        doc.set(Doc.ID, 1L);
        doc.set(Doc.BODY, text);
        doc.set(Doc.PARSED, text);
        try (Session s = this.db.session()) {
            s.add(doc);
            s.commit();
        }
        assertThat(
                        jdbc().queryForObject(
                                        "SELECT " + quote("body") + " FROM " + quote("wr_doc"),
                                        String.class))
                .isEqualTo(text);
        try (Session s = this.db.session()) {
            assertThat(s.select(Doc.class).all().get(0).get(Doc.BODY)).isEqualTo(text);
        }
        if (this.database == TestDatabase.POSTGRESQL) {
            // JSONB, documented: keys reordered, the duplicate dropped
            assertThat(
                            jdbc().queryForObject(
                                            "SELECT "
                                                    + quote("parsed")
                                                    + "::text FROM "
                                                    + quote("wr_doc"),
                                            String.class))
                    .isEqualTo("{\"a\": 3, \"b\": 1}");
        }
    }

    // item 10 ------------------------------------------------------------------------------

    @Test
    void addAllGivesEveryRowItsOwnGeneratedKey() {
        try (Session s = this.db.session()) {
            // a gap before the batch: keys need not start at 1
            Seq first = new Seq();
            first.set(Seq.N, -1);
            s.add(first);
            s.remove(first);
            s.commit();
        }
        List<Seq> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            Seq row = new Seq();
            row.set(Seq.N, i);
            rows.add(row);
        }
        try (Session s = this.db.session()) {
            s.addAll(rows);
            s.commit();
        }
        Map<Integer, Long> byN = new HashMap<>();
        jdbc().query(
                        "SELECT " + quote("id") + ", " + quote("n") + " FROM " + quote("wr_seq"),
                        rs -> {
                            byN.put(rs.getInt(2), rs.getLong(1));
                        });
        assertThat(byN).hasSize(10_000);
        for (Seq row : rows) {
            assertThat(row.get(Seq.ID))
                    .as("key of n=%d", row.get(Seq.N))
                    .isEqualTo(byN.get(row.get(Seq.N)));
        }
    }
}
