package dev.qlio.orm.types;

import static dev.qlio.orm.testing.TestDatabase.H2;
import static dev.qlio.orm.testing.TestDatabase.MARIADB;
import static dev.qlio.orm.testing.TestDatabase.POSTGRESQL;
import static dev.qlio.orm.testing.TestDatabase.SQLITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qlio.orm.Database;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.types.SqlType;
import dev.qlio.orm.schema.types.ValueNotReadableException;
import dev.qlio.orm.schema.types.ValueNotStorableException;
import dev.qlio.orm.session.Session;
import dev.qlio.orm.testing.DatabaseSuite;
import dev.qlio.orm.testing.TestDatabase;
import dev.qlio.orm.types.FidelityTables.Color;
import dev.qlio.orm.types.FidelityTables.Fidelity;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Every edge value of every {@link SqlType} is written with Qlio, then read back with Qlio and with
 * plain JDBC: it comes back exactly, or as docs/types.md documents (truncated sub-microsecond
 * times, -0.0 as 0.0, normalised JSONB), or it is refused before it is sent, naming the table and
 * column but not the value, and nothing is written.
 */
abstract class TypeFidelitySuite extends DatabaseSuite {

    private static final String TABLE = FidelityTables.NAME;

    Database db;

    TypeFidelitySuite(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void createTable() {
        this.database.dropTables(TABLE);
        this.db = Database.connect(dataSource(), FidelityTables.metadata());
        this.db.ddl().createAll();
    }

    @AfterEach
    void dropTable() {
        this.database.dropTables(TABLE);
    }

    /** What happens to one value on each database. */
    enum Outcome {
        EXACT,
        /** Kept as a documented other value. */
        CHANGED,
        /** Refused by Qlio before sending. */
        REFUSED,
        /** Refused by the database itself, with a DataIntegrityViolationException. */
        REFUSED_BY_DATABASE
    }

    /** One edge value of one column, and its outcome on each database (exact unless said). */
    static final class Edge<V> {
        final Column<V> column;
        final V value;
        final Map<TestDatabase, Outcome> outcomes = new EnumMap<>(TestDatabase.class);
        final Map<TestDatabase, V> changed = new EnumMap<>(TestDatabase.class);

        Edge(Column<V> column, V value) {
            this.column = column;
            this.value = value;
        }

        Edge<V> refusedOn(TestDatabase... databases) {
            for (TestDatabase d : databases) {
                this.outcomes.put(d, Outcome.REFUSED);
            }
            return this;
        }

        Edge<V> refusedByDatabaseOn(TestDatabase... databases) {
            for (TestDatabase d : databases) {
                this.outcomes.put(d, Outcome.REFUSED_BY_DATABASE);
            }
            return this;
        }

        Edge<V> storedAsOn(V stored, TestDatabase... databases) {
            for (TestDatabase d : databases) {
                this.outcomes.put(d, Outcome.CHANGED);
                this.changed.put(d, stored);
            }
            return this;
        }

        Outcome on(TestDatabase d) {
            return this.outcomes.getOrDefault(d, Outcome.EXACT);
        }

        @Override
        public String toString() {
            Object shown = this.value instanceof byte[] b ? b.length + " bytes" : this.value;
            return this.column.name() + " <- " + escape(String.valueOf(shown));
        }
    }

    static <V> Edge<V> edge(Column<V> column, V value) {
        return new Edge<>(column, value);
    }

    static final TestDatabase[] ALL = {H2, POSTGRESQL, MARIADB, SQLITE};

    static List<Edge<?>> edges() {
        List<Edge<?>> e = new ArrayList<>();
        for (short v : new short[] {Short.MIN_VALUE, -1, 0, Short.MAX_VALUE}) {
            e.add(edge(Fidelity.SMALL, v));
        }
        for (int v : new int[] {Integer.MIN_VALUE, -1, 0, Integer.MAX_VALUE}) {
            e.add(edge(Fidelity.INT, v));
        }
        for (long v : new long[] {Long.MIN_VALUE, -1, 0, Long.MAX_VALUE}) {
            e.add(edge(Fidelity.BIG, v));
        }
        for (float v :
                new float[] {
                    Float.MAX_VALUE, -Float.MAX_VALUE, Float.MIN_VALUE, Float.MIN_NORMAL, 0.1f, 0f
                }) {
            e.add(edge(Fidelity.REAL, v));
        }
        e.add(edge(Fidelity.REAL, Float.NaN).refusedOn(MARIADB, SQLITE));
        e.add(edge(Fidelity.REAL, Float.POSITIVE_INFINITY).refusedOn(MARIADB));
        e.add(edge(Fidelity.REAL, Float.NEGATIVE_INFINITY).refusedOn(MARIADB));
        e.add(edge(Fidelity.REAL, -0.0f).storedAsOn(0.0f, H2, MARIADB, SQLITE));
        for (double v :
                new double[] {
                    Double.MAX_VALUE,
                    -Double.MAX_VALUE,
                    Double.MIN_VALUE,
                    Double.MIN_NORMAL,
                    0.1,
                    Math.PI,
                    0d
                }) {
            e.add(edge(Fidelity.DBL, v));
        }
        e.add(edge(Fidelity.DBL, Double.NaN).refusedOn(MARIADB, SQLITE));
        e.add(edge(Fidelity.DBL, Double.POSITIVE_INFINITY).refusedOn(MARIADB));
        e.add(edge(Fidelity.DBL, Double.NEGATIVE_INFINITY).refusedOn(MARIADB));
        e.add(edge(Fidelity.DBL, -0.0d).storedAsOn(0.0d, H2, MARIADB, SQLITE));
        for (String v : new String[] {"99999999.99", "-99999999.99", "0.00", "1.01", "-0.01"}) {
            e.add(edge(Fidelity.NUM, new BigDecimal(v)));
        }
        // trailing zeros beyond the scale, and a negative scale, are kept as the same number
        e.add(
                edge(Fidelity.NUM, new BigDecimal("1.500"))
                        .storedAsOn(new BigDecimal("1.50"), H2, POSTGRESQL, MARIADB));
        e.add(
                edge(Fidelity.NUM, new BigDecimal("1E+2"))
                        .storedAsOn(new BigDecimal("100.00"), H2, POSTGRESQL, MARIADB)
                        .storedAsOn(new BigDecimal("100"), SQLITE));
        for (String v : new String[] {"1.005", "1.015", "-0.005", "0.001", "100000000.00"}) {
            e.add(edge(Fidelity.NUM, new BigDecimal(v)).refusedOn(ALL));
        }
        e.add(edge(Fidelity.BOOL, true));
        e.add(edge(Fidelity.BOOL, false));
        for (String v :
                new String[] {
                    "",
                    " ",
                    "a ",
                    "\uDBFF\uDFFF",
                    "😀",
                    "e\u0301",
                    "\uFEFFbom",
                    "\uFFFF",
                    "日本語",
                    "'\";--\\",
                    "line\r\nbreak"
                }) {
            e.add(edge(Fidelity.TXT, v));
        }
        e.add(edge(Fidelity.TXT, "a\uD800b").refusedOn(POSTGRESQL, MARIADB, SQLITE));
        e.add(edge(Fidelity.TXT, "\uDC00").refusedOn(POSTGRESQL, MARIADB, SQLITE));
        e.add(edge(Fidelity.TXT, "\uDBFF").refusedOn(POSTGRESQL, MARIADB, SQLITE));
        e.add(edge(Fidelity.TXT, "x\u0000y").refusedOn(POSTGRESQL));
        e.add(edge(Fidelity.VC, "0123456789"));
        e.add(edge(Fidelity.VC, "日本語日本語日本語日"));
        e.add(edge(Fidelity.VC, "\uD800").refusedOn(POSTGRESQL, MARIADB, SQLITE));
        for (String v :
                new String[] {
                    "0001-01-01", "1582-10-10", "1970-01-01", "2024-02-29", "9999-12-31"
                }) {
            e.add(edge(Fidelity.DAY, LocalDate.parse(v)));
        }
        e.add(edge(Fidelity.DAY, LocalDate.parse("0000-01-01")).refusedOn(MARIADB));
        e.add(edge(Fidelity.DAY, LocalDate.parse("-0001-01-01")).refusedOn(MARIADB, SQLITE));
        e.add(edge(Fidelity.DAY, LocalDate.parse("+10000-01-01")).refusedOn(MARIADB, SQLITE));
        e.add(edge(Fidelity.DAY, LocalDate.MIN).refusedOn(MARIADB, SQLITE));
        e.add(edge(Fidelity.DAY, LocalDate.MAX).refusedOn(MARIADB, SQLITE));
        for (String v :
                new String[] {
                    "0001-01-01T00:00",
                    "1970-01-01T00:00",
                    "2024-02-29T12:30:15.123456",
                    "9999-12-31T23:59:59.999999"
                }) {
            e.add(edge(Fidelity.TS, LocalDateTime.parse(v)));
        }
        // sub-microsecond digits are truncated where microseconds are kept, never rounded up
        e.add(
                edge(Fidelity.TS, LocalDateTime.parse("2024-12-31T23:59:59.999999999"))
                        .storedAsOn(
                                LocalDateTime.parse("2024-12-31T23:59:59.999999"),
                                POSTGRESQL,
                                MARIADB));
        e.add(
                edge(Fidelity.TS, LocalDateTime.parse("2024-12-31T23:59:59.9999995"))
                        .storedAsOn(
                                LocalDateTime.parse("2024-12-31T23:59:59.999999"),
                                POSTGRESQL,
                                MARIADB));
        e.add(
                edge(Fidelity.TS, LocalDateTime.parse("1969-12-31T23:59:59.000000001"))
                        .storedAsOn(
                                LocalDateTime.parse("1969-12-31T23:59:59"), POSTGRESQL, MARIADB));
        e.add(edge(Fidelity.TS, LocalDateTime.MIN).refusedOn(MARIADB, SQLITE));
        // beyond PostgreSQL's range (294276 AD), which it refuses itself
        e.add(
                edge(Fidelity.TS, LocalDateTime.parse("+300000-01-01T00:00"))
                        .refusedOn(MARIADB, SQLITE)
                        .refusedByDatabaseOn(POSTGRESQL));
        e.add(edge(Fidelity.TS, LocalDateTime.MAX).refusedOn(MARIADB, SQLITE));
        for (String v :
                new String[] {
                    "0001-01-01T00:00:00Z",
                    "1969-12-31T23:59:59.999999Z",
                    "1970-01-01T00:00:00Z",
                    "9999-12-31T23:59:59.999999Z"
                }) {
            e.add(edge(Fidelity.TSZ, Instant.parse(v)));
        }
        e.add(
                edge(Fidelity.TSZ, Instant.parse("2024-12-31T23:59:59.999999500Z"))
                        .storedAsOn(
                                Instant.parse("2024-12-31T23:59:59.999999Z"), POSTGRESQL, MARIADB));
        e.add(
                edge(Fidelity.TSZ, Instant.parse("1969-12-31T23:59:59.999999999Z"))
                        .storedAsOn(
                                Instant.parse("1969-12-31T23:59:59.999999Z"), POSTGRESQL, MARIADB));
        e.add(edge(Fidelity.TSZ, Instant.MIN).refusedOn(ALL));
        e.add(edge(Fidelity.TSZ, Instant.MAX).refusedOn(ALL));
        e.add(edge(Fidelity.BIN, new byte[0]));
        e.add(edge(Fidelity.BIN, allBytes()));
        e.add(edge(Fidelity.UID, new UUID(0, 0)));
        e.add(edge(Fidelity.UID, new UUID(-1, -1)));
        e.add(edge(Fidelity.DOC, "{}"));
        e.add(edge(Fidelity.DOC, "[1, \"😀\", null]"));
        // JSONB keeps the document, not its text: keys sorted, whitespace normalised
        e.add(
                edge(Fidelity.DOC, "{\"b\":1,\"a\":[2]}")
                        .storedAsOn("{\"a\": [2], \"b\": 1}", POSTGRESQL));
        e.add(edge(Fidelity.DOC, "\"a\uD800\"").refusedOn(POSTGRESQL, MARIADB, SQLITE));
        for (Color c : Color.values()) {
            e.add(edge(Fidelity.COLOR, c));
            e.add(edge(Fidelity.COLOR_OR, c));
        }
        return e;
    }

    static byte[] allBytes() {
        byte[] b = new byte[256];
        for (int i = 0; i < 256; i++) {
            b[i] = (byte) i;
        }
        return b;
    }

    @Test
    void everyEdgeValueIsKeptOrRefusedAsDocumented() throws SQLException {
        List<Edge<?>> edges = edges();
        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < edges.size(); i++) {
            check(softly, i + 1L, edges.get(i));
        }
        softly.assertAll();
    }

    private <V> void check(SoftAssertions softly, long id, Edge<V> edge) throws SQLException {
        Outcome expected = edge.on(this.database);
        RuntimeException failure = null;
        try (Session s = this.db.session()) {
            Fidelity row = new Fidelity();
            row.set(Fidelity.ID, id);
            row.set(edge.column, edge.value);
            s.add(row);
            s.commit();
        } catch (RuntimeException ex) {
            failure = ex;
        }
        String as = edge + " on " + this.database;
        switch (expected) {
            case REFUSED:
                softly.assertThat(failure).as(as).isInstanceOf(ValueNotStorableException.class);
                if (failure instanceof ValueNotStorableException) {
                    softly.assertThat(failure.getMessage())
                            .as(as)
                            .contains(TABLE + "." + edge.column.name())
                            .doesNotContain(shown(edge.value));
                }
                softly.assertThat(count(id)).as(as + ": nothing written").isZero();
                return;
            case REFUSED_BY_DATABASE:
                softly.assertThat(failure)
                        .as(as)
                        .isInstanceOf(DataIntegrityViolationException.class);
                softly.assertThat(count(id)).as(as + ": nothing written").isZero();
                return;
            default:
                if (failure != null) {
                    softly.fail(as + " failed: " + failure);
                    return;
                }
        }
        Object stored = expected == Outcome.CHANGED ? edge.changed.get(this.database) : edge.value;
        try (Session s = this.db.session()) {
            Fidelity read =
                    s.select(Fidelity.class).where(Fidelity.ID.eq(id)).first().orElseThrow();
            softly.assertThat((Object) read.get(edge.column))
                    .as(as + ", read by Qlio")
                    .isEqualTo(stored);
        }
        softly.assertThat(readByJdbc(id, edge.column)).as(as + ", read by JDBC").isEqualTo(stored);
    }

    /**
     * The value as a message would show it, for values distinctive enough to search for (NaN and
     * the extreme dates are kinds of values, which the message names).
     */
    private static String shown(Object value) {
        String s =
                value instanceof BigDecimal d
                        ? d.toPlainString()
                        : value instanceof String t ? t : "";
        return s.length() < 3 ? "\u0001never\u0001" : s;
    }

    private long count(long id) {
        Long n =
                jdbc().queryForObject(
                                "SELECT COUNT(*) FROM "
                                        + quote(TABLE)
                                        + " WHERE "
                                        + quote("id")
                                        + " = ?",
                                Long.class,
                                id);
        return n == null ? -1 : n;
    }

    /** Reads one column as plain JDBC code would, converting only the representation. */
    private @Nullable Object readByJdbc(long id, Column<?> column) throws SQLException {
        try (Connection c = dataSource().getConnection();
                PreparedStatement ps =
                        c.prepareStatement(
                                "SELECT "
                                        + quote(column.name())
                                        + " FROM "
                                        + quote(TABLE)
                                        + " WHERE "
                                        + quote("id")
                                        + " = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                Object v = jdbcValue(rs, column);
                return rs.wasNull() ? null : v;
            }
        }
    }

    private @Nullable Object jdbcValue(ResultSet rs, Column<?> column) throws SQLException {
        boolean text = this.database == SQLITE;
        switch (column.type().kind()) {
            case SMALLINT:
                return (short) rs.getLong(1);
            case INTEGER:
                return (int) rs.getLong(1);
            case BIGINT:
                return rs.getLong(1);
            case REAL:
                return rs.getFloat(1);
            case DOUBLE:
                return rs.getDouble(1);
            case NUMERIC:
                return rs.getBigDecimal(1);
            case BOOLEAN:
                return rs.getBoolean(1);
            case DATE:
                return text ? LocalDate.parse(rs.getString(1)) : rs.getObject(1, LocalDate.class);
            case TIMESTAMP:
                return text
                        ? LocalDateTime.parse(rs.getString(1))
                        : rs.getObject(1, LocalDateTime.class);
            case TIMESTAMPTZ:
                if (text) {
                    return Instant.parse(rs.getString(1));
                }
                if (this.database == MARIADB) {
                    return rs.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC);
                }
                return rs.getObject(1, OffsetDateTime.class).toInstant();
            case BYTES:
                return rs.getBytes(1);
            case UUID:
                return text || this.database == MARIADB
                        ? UUID.fromString(rs.getString(1))
                        : rs.getObject(1, UUID.class);
            default:
                String s = rs.getString(1);
                return column.type().javaType().isEnum() ? column.type().fromDatabase(s) : s;
        }
    }

    @Test
    void aRefusedValueLeavesNothingOfItsSessionWritten() {
        Fidelity good = new Fidelity();
        good.set(Fidelity.ID, 1L);
        good.set(Fidelity.NUM, new BigDecimal("1.00"));
        Fidelity bad = new Fidelity();
        bad.set(Fidelity.ID, 2L);
        bad.set(Fidelity.NUM, new BigDecimal("1.005"));
        assertThatThrownBy(
                        () -> {
                            try (Session s = this.db.session()) {
                                s.addAll(List.of(good, bad));
                                s.commit();
                            }
                        })
                .isInstanceOf(ValueNotStorableException.class)
                .hasMessageContaining(TABLE + ".num")
                .hasMessageContaining("more than 2 fractional digits")
                .hasMessageContaining("setScale(2");
        assertThat(count(1)).isZero();
        assertThat(count(2)).isZero();
    }

    @Test
    void anUpdateToAValueTheDatabaseWouldAlterIsRefused() {
        try (Session s = this.db.session()) {
            Fidelity row = new Fidelity();
            row.set(Fidelity.ID, 1L);
            row.set(Fidelity.NUM, new BigDecimal("1.00"));
            s.add(row);
            s.commit();
            row.set(Fidelity.NUM, new BigDecimal("0.001"));
            assertThatThrownBy(() -> s.add(row)).isInstanceOf(ValueNotStorableException.class);
            s.rollback();
            assertThatThrownBy(
                            () ->
                                    s.update(Fidelity.class)
                                            .set(Fidelity.NUM, new BigDecimal("-0.005"))
                                            .execute())
                    .isInstanceOf(ValueNotStorableException.class)
                    .hasMessageContaining(TABLE + ".num");
        }
        assertThat(
                        jdbc().queryForObject(
                                        "SELECT " + quote("num") + " FROM " + quote(TABLE),
                                        BigDecimal.class))
                .isEqualByComparingTo("1.00");
    }

    @Test
    void aConditionWithTextTheDatabaseWouldAlterIsRefusedRatherThanMatchingOtherText() {
        try (Session s = this.db.session()) {
            Fidelity row = new Fidelity();
            row.set(Fidelity.ID, 1L);
            row.set(Fidelity.TXT, "a?b");
            s.add(row);
            s.commit();
            if (this.database == H2) {
                // H2 keeps UTF-16 as it is: the lone surrogate is compared, and matches nothing
                assertThat(s.select(Fidelity.class).where(Fidelity.TXT.eq("a\uD800b")).count())
                        .isZero();
            } else {
                assertThatThrownBy(
                                () ->
                                        s.select(Fidelity.class)
                                                .where(Fidelity.TXT.eq("a\uD800b"))
                                                .count())
                        .isInstanceOf(ValueNotStorableException.class)
                        .hasMessageContaining("unpaired UTF-16 surrogate");
            }
        }
    }

    @Test
    void anEnumNameTheEnumNoLongerHasFailsNamingTableColumnAndKey() {
        jdbc().update(
                        "INSERT INTO "
                                + quote(TABLE)
                                + " ("
                                + quote("id")
                                + ", "
                                + quote("color")
                                + ", "
                                + quote("color_or")
                                + ") VALUES (7, 'BLUE', 'BLUE')");
        try (Session s = this.db.session()) {
            assertThatThrownBy(() -> s.select(Fidelity.class).all())
                    .isInstanceOf(ValueNotReadableException.class)
                    .hasMessageContaining(TABLE + ".color ")
                    .hasMessageContaining("key 7")
                    .hasMessageContaining("enum " + Color.class.getName())
                    .hasMessageContaining(".orElse(")
                    .hasMessageContaining("the name BLUE, which enum");
        }
        jdbc().update("UPDATE " + quote(TABLE) + " SET " + quote("color") + " = NULL");
        try (Session s = this.db.session()) {
            // the column that opted in reads the unknown name as its fallback
            assertThat(s.select(Fidelity.class).first().orElseThrow().get(Fidelity.COLOR_OR))
                    .isEqualTo(Color.UNKNOWN);
        }
        assertThat(
                        jdbc().queryForObject(
                                        "SELECT " + quote("color_or") + " FROM " + quote(TABLE),
                                        String.class))
                .isEqualTo("BLUE");
    }

    @Test
    void anIntegerOutsideItsColumnsTypeIsNeverReadWrappedAround() {
        // other code writes what the column's Java type cannot hold; only SQLite accepts it
        String[][] foreign = {
            {"int", "3000000000"}, {"small", "70000"}, {"int", "'abc'"}, {"big", "1.5"}
        };
        for (int i = 0; i < foreign.length; i++) {
            long id = 100 + i;
            String column = foreign[i][0];
            String insert =
                    "INSERT INTO "
                            + quote(TABLE)
                            + " ("
                            + quote("id")
                            + ", "
                            + quote(column)
                            + ") VALUES ("
                            + id
                            + ", "
                            + foreign[i][1]
                            + ")";
            if (this.database != SQLITE) {
                // a typed column refuses the value or converts it itself (1.5 becomes 2):
                // Qlio then reads exactly what plain JDBC reads
                try {
                    jdbc().update(insert);
                } catch (org.springframework.dao.DataAccessException refused) {
                    continue;
                }
                Long stored =
                        jdbc().queryForObject(
                                        "SELECT "
                                                + quote(column)
                                                + " FROM "
                                                + quote(TABLE)
                                                + " WHERE "
                                                + quote("id")
                                                + " = "
                                                + id,
                                        Long.class);
                try (Session s = this.db.session()) {
                    Fidelity row =
                            s.select(Fidelity.class)
                                    .where(Fidelity.ID.eq(id))
                                    .first()
                                    .orElseThrow();
                    assertThat(((Number) row.get(row.table().requireColumn(column))).longValue())
                            .as(insert)
                            .isEqualTo(stored);
                }
                continue;
            }
            jdbc().update(insert);
            try (Session s = this.db.session()) {
                assertThatThrownBy(() -> s.select(Fidelity.class).where(Fidelity.ID.eq(id)).all())
                        .as(insert)
                        .isInstanceOf(ValueNotReadableException.class)
                        .hasMessageContaining(TABLE + "." + column + " ")
                        .hasMessageContaining("key " + id)
                        .hasMessageNotContaining(foreign[i][1].replace("'", ""));
            }
        }
        if (this.database == SQLITE) {
            // plain JDBC sees the stored value, which Qlio refused to alter
            assertThat(
                            jdbc().queryForObject(
                                            "SELECT "
                                                    + quote("int")
                                                    + " FROM "
                                                    + quote(TABLE)
                                                    + " WHERE "
                                                    + quote("id")
                                                    + " = 100",
                                            Long.class))
                    .isEqualTo(3_000_000_000L);
        }
    }

    @Test
    void aSqliteFloatOrBooleanWrittenByOtherCodeIsNeverReadConverted() {
        if (this.database != SQLITE) {
            return; // the other databases' typed columns refuse or convert such values themselves
        }
        String[][] foreign = {{"real", "0.1"}, {"real", "'abc'"}, {"dbl", "'abc'"}, {"bool", "2"}};
        for (int i = 0; i < foreign.length; i++) {
            long id = 200 + i;
            jdbc().update(
                            "INSERT INTO "
                                    + quote(TABLE)
                                    + " ("
                                    + quote("id")
                                    + ", "
                                    + quote(foreign[i][0])
                                    + ") VALUES ("
                                    + id
                                    + ", "
                                    + foreign[i][1]
                                    + ")");
            try (Session s = this.db.session()) {
                assertThatThrownBy(() -> s.select(Fidelity.class).where(Fidelity.ID.eq(id)).all())
                        .as(foreign[i][0] + " = " + foreign[i][1])
                        .isInstanceOf(ValueNotReadableException.class)
                        .hasMessageContaining(TABLE + "." + foreign[i][0] + " ")
                        .hasMessageContaining("key " + id);
            }
        }
        // values Qlio itself wrote read back unchanged
        try (Session s = this.db.session()) {
            Fidelity row = new Fidelity();
            row.set(Fidelity.ID, 300L);
            row.set(Fidelity.REAL, 0.1f);
            row.set(Fidelity.BOOL, true);
            s.add(row);
            s.commit();
        }
        try (Session s = this.db.session()) {
            Fidelity back =
                    s.select(Fidelity.class).where(Fidelity.ID.eq(300L)).first().orElseThrow();
            assertThat(back.get(Fidelity.REAL)).isEqualTo(0.1f);
            assertThat(back.get(Fidelity.BOOL)).isTrue();
        }
    }

    @Test
    void aRawParameterTheDatabaseCannotHoldIsRefusedBeforeSending() {
        if (this.database != MARIADB && this.database != SQLITE) {
            return; // H2 and PostgreSQL store NaN
        }
        try (Session s = this.db.session()) {
            assertThatThrownBy(
                            () ->
                                    s.execute(
                                            "INSERT INTO "
                                                    + quote(TABLE)
                                                    + " ("
                                                    + quote("id")
                                                    + ", "
                                                    + quote("dbl")
                                                    + ") VALUES (400, :v)",
                                            java.util.Map.of("v", Double.NaN)))
                    .isInstanceOf(ValueNotStorableException.class)
                    .hasMessageContaining("a raw SQL parameter");
        }
        assertThat(
                        jdbc().queryForObject(
                                        "SELECT COUNT(*) FROM "
                                                + quote(TABLE)
                                                + " WHERE "
                                                + quote("id")
                                                + " = 400",
                                        Long.class))
                .isZero();
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
