package dev.qlio.orm.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qlio.orm.Database;
import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.reliability.ReliabilityTables.Canary;
import dev.qlio.orm.reliability.ReliabilityTables.Extreme;
import dev.qlio.orm.reliability.ReliabilityTables.Payload;
import dev.qlio.orm.session.Session;
import dev.qlio.orm.testing.DatabaseSuite;
import dev.qlio.orm.testing.TestDatabase;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Hostile values are data, never SQL: each payload round-trips byte for byte through inserts,
 * updates, conditions, LIKE and raw parameters; no table, row or column appears or disappears; and
 * the SQL Qlio sends is the same whatever the value (bind markers only).
 */
abstract class HostileInputSuite extends DatabaseSuite {

    private static final String[] TABLES = {"rel_payload", "rel_extreme", "rel_canary"};

    private SqlRecorder recorder;

    private Database db;

    HostileInputSuite(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void createTables() {
        this.database.dropTables(TABLES);
        this.recorder = new SqlRecorder();
        this.db =
                Database.connect(
                        this.recorder.wrap(dataSource()),
                        ReliabilityTables.metadata(Payload.class, Extreme.class, Canary.class));
        this.db.ddl().createAll();
        jdbc().update("INSERT INTO " + quote("rel_canary") + " VALUES (1)");
    }

    @AfterEach
    void dropTables() {
        this.database.dropTables(TABLES);
    }

    private boolean refusesNul() {
        return this.database == TestDatabase.POSTGRESQL;
    }

    /** Runs every operation Qlio renders with one value; returns the SQL sent. */
    private Set<String> exercise(long id, String value, boolean huge) {
        this.recorder.statements.clear();
        try (Session s = this.db.session()) {
            Payload p = new Payload();
            p.set(Payload.ID, id);
            p.set(Payload.TXT, value);
            p.set(Payload.LABEL, value.length() <= 200 ? value : null);
            s.add(p);
            Payload loaded = s.select(Payload.class).where(Payload.ID.eq(id)).first().orElseThrow();
            assertThat(bytes(loaded.get(Payload.TXT)))
                    .as("round trip #%d", id)
                    .isEqualTo(bytes(value));
            // update through a loaded row and back
            loaded.set(Payload.TXT, value + "|");
            s.add(loaded);
            loaded.set(Payload.TXT, value);
            s.add(loaded);
            if (!huge) {
                assertThat(s.select(Payload.class).where(Payload.TXT.eq(value)).all())
                        .as("eq #%d", id)
                        .extracting(r -> r.get(Payload.ID))
                        .containsExactly(id);
                assertThat(
                                s.select(Payload.class)
                                        .where(Payload.LABEL.like(Condition.escapeLike(value)))
                                        .all())
                        .as("like #%d", id)
                        .extracting(r -> r.get(Payload.ID))
                        .containsExactly(id);
                assertThat(
                                s.select(Payload.class)
                                        .where(
                                                Payload.TXT
                                                        .in(List.of(value, value + "x"))
                                                        .and(Payload.ID.ge(id)))
                                        .count())
                        .isEqualTo(1);
                List<Map<String, Object>> raw =
                        s.fetch(
                                "SELECT "
                                        + quote("txt")
                                        + " AS t FROM "
                                        + quote("rel_payload")
                                        + " WHERE "
                                        + quote("id")
                                        + " = :id AND "
                                        + quote("txt")
                                        + " = :v",
                                Map.of("id", id, "v", value));
                assertThat(raw).extracting(r -> r.get("t")).containsExactly(value);
                assertThat(
                                s.update(Payload.class)
                                        .set(Payload.LABEL, value)
                                        .where(Payload.TXT.eq(value))
                                        .execute())
                        .isEqualTo(1);
            }
            s.commit();
        }
        return new LinkedHashSet<>(this.recorder.statements);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void payloadsRoundTripByteForByteAndNeverBecomeSql() {
        List<String> payloads = new ArrayList<>(HostilePayloads.TEXT);
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(60).doesNotHaveDuplicates();
        int columns = this.database.columns("rel_payload").size();
        Set<String> baseline = exercise(0, "benign", false);
        Set<String> baselineHuge = exercise(-1, "benign-huge", true);
        jdbc().update("DELETE FROM " + quote("rel_payload"));
        Set<String> sent = new LinkedHashSet<>();
        long id = 1;
        for (String p : payloads) {
            Set<String> sql = exercise(id++, p, false);
            assertThat(baseline).as("SQL for payload %s", p).containsAll(sql);
            sent.addAll(sql);
        }
        List<String> huge = HostilePayloads.huge();
        for (String p : huge) {
            Set<String> sql = exercise(id++, p, true);
            assertThat(baselineHuge).containsAll(sql);
            sent.addAll(sql);
        }
        for (String sql : sent) {
            assertThat(sql).doesNotContain("qlio-sentinel").doesNotContain("benign");
            for (String p : payloads) {
                if (p.length() >= 6 && !p.startsWith("-- ") && !p.equals("/* comment */")) {
                    assertThat(sql).as("value text in SQL").doesNotContain(p);
                }
            }
        }
        // the tables survived, with every row and column
        assertThat(
                        jdbc().queryForObject(
                                        "SELECT COUNT(*) FROM " + quote("rel_payload"), Long.class))
                .isEqualTo(payloads.size() + huge.size());
        assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM " + quote("rel_canary"), Long.class))
                .isEqualTo(1);
        assertThat(this.database.columns("rel_payload")).hasSize(columns);
        List<String> stored =
                jdbc().queryForList(
                                "SELECT "
                                        + quote("txt")
                                        + " FROM "
                                        + quote("rel_payload")
                                        + " ORDER BY "
                                        + quote("id"),
                                String.class);
        List<String> expected = new ArrayList<>(payloads);
        expected.addAll(huge);
        assertThat(stored).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(bytes(stored.get(i)))
                    .as("stored #%d", i + 1)
                    .isEqualTo(bytes(expected.get(i)));
        }
        Figures.report(
                "hostile input",
                this.database,
                "payloads tried=%d (incl. 1 MB and 8 MB strings) distinct statements=%d value text"
                        + " in SQL=0 rows=%d",
                payloads.size() + huge.size(),
                sent.size(),
                stored.size());
    }

    @Test
    void nulIsStoredExactlyOrRefusedClearly() {
        String nul = "a\u0000'; DROP TABLE rel_canary; --";
        if (refusesNul()) {
            assertThatThrownBy(() -> exercise(1, nul, false))
                    .isInstanceOf(DataIntegrityViolationException.class)
                    .hasMessageContaining("U+0000");
            assertThat(
                            jdbc().queryForObject(
                                            "SELECT COUNT(*) FROM " + quote("rel_payload"),
                                            Long.class))
                    .isZero();
        } else {
            exercise(1, nul, false);
        }
        assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM " + quote("rel_canary"), Long.class))
                .isEqualTo(1);
    }

    @Test
    void likeHelperEscapesWildcardsAndTheEscapeCharacter() {
        String[] values = {
            "100%", "100x", "100", "a_b", "axb", "a\\b", "a\\\\b", "\\", "%", "_", "%_\\"
        };
        try (Session s = this.db.session()) {
            long id = 1;
            for (String v : values) {
                Payload p = new Payload();
                p.set(Payload.ID, id++);
                p.set(Payload.LABEL, v);
                s.add(p);
            }
            s.commit();
            for (String v : values) {
                assertThat(
                                s.select(Payload.class)
                                        .where(Payload.LABEL.like(Condition.escapeLike(v)))
                                        .all())
                        .as("like %s", v)
                        .extracting(r -> r.get(Payload.LABEL))
                        .containsExactly(v);
            }
            assertThat(Condition.escapeLike("%_\\")).isEqualTo("\\%\\_\\\\");
            assertThat(
                            s.select(Payload.class)
                                    .where(Payload.LABEL.like(Condition.escapeLike("100") + "%"))
                                    .count())
                    .isEqualTo(3);
            assertThat(
                            s.select(Payload.class)
                                    .where(Payload.LABEL.like(Condition.escapeLike("a\\") + "%"))
                                    .all())
                    .extracting(r -> r.get(Payload.LABEL))
                    .containsExactlyInAnyOrder("a\\b", "a\\\\b");
            assertThat(
                            s.select(Payload.class)
                                    .where(Payload.LABEL.ilike(Condition.escapeLike("A_B")))
                                    .all())
                    .extracting(r -> r.get(Payload.LABEL))
                    .containsExactly("a_b");
        }
    }

    @Test
    void extremeNumbersAndDatesRoundTrip() {
        List<Extreme> rows = new ArrayList<>();
        Extreme low = new Extreme();
        low.set(Extreme.ID, 1L);
        low.set(Extreme.INT, Integer.MIN_VALUE);
        low.set(Extreme.BIG, Long.MIN_VALUE);
        low.set(Extreme.DBL, -Double.MAX_VALUE);
        low.set(Extreme.NUM, new BigDecimal("-99999999999999.999999"));
        low.set(Extreme.DAY, LocalDate.of(1000, 1, 1));
        low.set(Extreme.TS, LocalDateTime.of(1000, 1, 1, 0, 0));
        low.set(Extreme.TSZ, Instant.parse("1000-01-01T00:00:00Z"));
        rows.add(low);
        Extreme high = new Extreme();
        high.set(Extreme.ID, 2L);
        high.set(Extreme.INT, Integer.MAX_VALUE);
        high.set(Extreme.BIG, Long.MAX_VALUE);
        high.set(Extreme.DBL, Double.MIN_NORMAL);
        high.set(Extreme.NUM, new BigDecimal("99999999999999.999999"));
        high.set(Extreme.DAY, LocalDate.of(9999, 12, 31));
        high.set(Extreme.TS, LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000));
        high.set(Extreme.TSZ, Instant.parse("9999-12-31T23:59:59.999999Z"));
        rows.add(high);
        Extreme edges = new Extreme();
        edges.set(Extreme.ID, 3L);
        edges.set(Extreme.INT, -1);
        edges.set(Extreme.BIG, 1L << 53);
        edges.set(Extreme.DBL, Double.MAX_VALUE);
        edges.set(Extreme.NUM, new BigDecimal("0.000001"));
        edges.set(Extreme.DAY, LocalDate.of(2000, 2, 29));
        edges.set(Extreme.TS, LocalDateTime.of(1969, 12, 31, 23, 59, 59, 999_999_000));
        edges.set(Extreme.TSZ, Instant.parse("2038-01-19T03:14:08Z"));
        rows.add(edges);
        this.recorder.statements.clear();
        try (Session s = this.db.session()) {
            s.addAll(rows);
            s.commit();
        }
        try (Session s = this.db.session()) {
            for (Extreme expected : rows) {
                Extreme e =
                        s.select(Extreme.class)
                                .where(Extreme.BIG.eq(expected.get(Extreme.BIG)))
                                .first()
                                .orElseThrow();
                for (var column :
                        List.of(
                                Extreme.INT,
                                Extreme.BIG,
                                Extreme.DBL,
                                Extreme.DAY,
                                Extreme.TS,
                                Extreme.TSZ)) {
                    assertThat((Object) e.get(column))
                            .as("%s of row %s", column, expected.get(Extreme.ID))
                            .isEqualTo(expected.get(column));
                }
                assertThat(e.get(Extreme.NUM)).isEqualByComparingTo(expected.get(Extreme.NUM));
                assertThat(
                                s.select(Extreme.class)
                                        .where(Extreme.TSZ.eq(expected.get(Extreme.TSZ)))
                                        .count())
                        .isEqualTo(1);
            }
        }
        for (String sql : this.recorder.statements) {
            assertThat(sql)
                    .doesNotContain("9223372036854775807")
                    .doesNotContain("2147483647")
                    .doesNotContain("9999-12-31")
                    .doesNotContain("99999999999999");
        }
    }

    @Test
    void hostileIdentifiersAreQuotedOrRejected() {
        String table = ReliabilityTables.HostileNames.TABLE;
        this.database.dropTables(table);
        try {
            Database hostile =
                    Database.connect(
                            dataSource(),
                            ReliabilityTables.metadata(ReliabilityTables.HostileNames.class));
            hostile.ddl().createAll();
            try (Session s = hostile.session()) {
                ReliabilityTables.HostileNames row = new ReliabilityTables.HostileNames();
                row.set(ReliabilityTables.HostileNames.ID, 1L);
                row.set(ReliabilityTables.HostileNames.TICK, "'");
                row.set(ReliabilityTables.HostileNames.STATEMENT, "\"");
                s.add(row);
                s.commit();
                assertThat(
                                s.select(ReliabilityTables.HostileNames.class)
                                        .where(ReliabilityTables.HostileNames.TICK.eq("'"))
                                        .first()
                                        .orElseThrow()
                                        .get(ReliabilityTables.HostileNames.STATEMENT))
                        .isEqualTo("\"");
            }
            assertThat(this.database.tableExists(table)).isTrue();
            assertThat(this.database.columns(table).keySet())
                    .containsExactly("id", "c`ol\"umn", "x) ; DELETE FROM rel_canary; --");
            assertThat(hostile.ddl().validate()).isEmpty();
            assertThat(
                            jdbc().queryForObject(
                                            "SELECT COUNT(*) FROM " + quote("rel_canary"),
                                            Long.class))
                    .isEqualTo(1);
        } finally {
            this.database.dropTables(table);
        }
        assertThatThrownBy(() -> ReliabilityTables.metadata(ReliabilityTables.NulName.class))
                .isInstanceOf(dev.qlio.orm.schema.SchemaDefinitionException.class)
                .hasMessageContaining("NulName");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {20240229L, 6_0000_0001L})
    void seededRandomStringsRoundTrip(long seed) {
        int count = Figures.size("random-strings", 1_500, 10_000);
        Random random = new Random(seed);
        List<Payload> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Payload p = new Payload();
            p.set(Payload.ID, (long) i);
            p.set(Payload.TXT, HostilePayloads.random(random, !refusesNul()));
            rows.add(p);
        }
        try (Session s = this.db.session()) {
            s.addAll(rows);
            s.commit();
        }
        List<Payload> read;
        try (Session s = this.db.session()) {
            read = s.select(Payload.class).orderBy(Payload.ID.asc()).all();
        }
        assertThat(read).as("rows (seed %d)", seed).hasSize(count);
        for (int i = 0; i < count; i++) {
            String expected = rows.get(i).get(Payload.TXT);
            assertThat(bytes(read.get(i).get(Payload.TXT)))
                    .as("string #%d of seed %d: %s", i, seed, escape(expected))
                    .isEqualTo(bytes(expected));
        }
        assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM " + quote("rel_canary"), Long.class))
                .isEqualTo(1);
        Figures.report(
                "seeded random strings",
                this.database,
                "seed=%d strings=%d round-tripped=%d",
                seed,
                count,
                count);
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints()
                .forEach(
                        cp ->
                                sb.append(
                                        cp < 0x20 || cp > 0x7e
                                                ? String.format("\\u{%x}", cp)
                                                : Character.toString(cp)));
        return sb.toString();
    }
}
