package dev.qlio.orm.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.Database;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.session.SessionTables.Color;
import dev.qlio.orm.session.SessionTables.Types;
import dev.qlio.orm.testing.DatabaseSuite;
import dev.qlio.orm.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every {@link dev.qlio.orm.schema.types.SqlType} round-trips exactly, NULL included. */
abstract class TypesSuite extends DatabaseSuite {

    Database db;

    TypesSuite(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void createTables() {
        this.database.dropTables(SessionTables.NAMES);
        this.db = Database.connect(dataSource(), SessionTables.metadata());
        this.db.ddl().createAll();
    }

    @AfterEach
    void dropTables() {
        this.database.dropTables(SessionTables.NAMES);
    }

    static byte[] allBytes() {
        byte[] b = new byte[256];
        for (int i = 0; i < 256; i++) {
            b[i] = (byte) i;
        }
        return b;
    }

    List<Types> samples() {
        List<Types> rows = new ArrayList<>();
        Types low = new Types();
        low.set(Types.ID, 1L);
        low.set(Types.SMALL, Short.MIN_VALUE);
        low.set(Types.INT, Integer.MIN_VALUE);
        low.set(Types.BIG, Long.MIN_VALUE);
        low.set(Types.REAL, -3.4028235E38f);
        low.set(Types.DBL, -Double.MAX_VALUE);
        low.set(Types.NUM, new BigDecimal("-99999999999999.999999"));
        low.set(Types.BOOL, false);
        low.set(Types.TXT, "");
        low.set(Types.VC, "");
        low.set(Types.DAY, LocalDate.of(1000, 1, 1));
        low.set(Types.TS, LocalDateTime.of(1000, 1, 1, 0, 0, 0));
        low.set(Types.TSZ, Instant.parse("1000-01-01T00:00:00Z"));
        low.set(Types.BIN, new byte[0]);
        low.set(Types.UID, new UUID(0, 0));
        low.set(Types.DOC, "[]");
        low.set(Types.COLOR, Color.RED);
        rows.add(low);

        Types high = new Types();
        high.set(Types.ID, 2L);
        high.set(Types.SMALL, Short.MAX_VALUE);
        high.set(Types.INT, Integer.MAX_VALUE);
        high.set(Types.BIG, Long.MAX_VALUE);
        high.set(Types.REAL, 1.17549435E-38f);
        high.set(Types.DBL, Double.MIN_NORMAL);
        high.set(Types.NUM, new BigDecimal("99999999999999.999999"));
        high.set(Types.BOOL, true);
        high.set(Types.TXT, "x".repeat(1_000_000) + "é😀");
        high.set(Types.VC, "日本語 ✓ ünïcödé 😀 ".repeat(4).substring(0, 60));
        high.set(Types.DAY, LocalDate.of(9999, 12, 31));
        high.set(Types.TS, LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000));
        high.set(Types.TSZ, Instant.parse("9999-12-31T23:59:59.999999Z"));
        high.set(Types.BIN, allBytes());
        high.set(Types.UID, UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
        high.set(Types.DOC, "{\"a\": [1, 2, {\"b\": \"c\"}]}");
        high.set(Types.COLOR, Color.BLUE);
        rows.add(high);

        Types typical = new Types();
        typical.set(Types.ID, 3L);
        typical.set(Types.SMALL, (short) 0);
        typical.set(Types.INT, 0);
        typical.set(Types.BIG, 0L);
        typical.set(Types.REAL, 1.5f);
        typical.set(Types.DBL, Math.PI);
        typical.set(Types.NUM, new BigDecimal("12.010000"));
        typical.set(Types.BOOL, true);
        typical.set(Types.TXT, "line\nbreak\ttab 'quote' \"dq\" \\ back");
        typical.set(Types.VC, "plain");
        typical.set(Types.DAY, LocalDate.of(2024, 2, 29));
        typical.set(Types.TS, LocalDateTime.of(2024, 2, 29, 12, 30, 15, 123_456_000));
        typical.set(Types.TSZ, Instant.parse("2024-02-29T12:30:15.123456Z"));
        typical.set(Types.BIN, new byte[] {0, 1, 2, (byte) 0xff});
        typical.set(Types.UID, UUID.randomUUID());
        typical.set(Types.DOC, "{\"k\": \"v\"}");
        typical.set(Types.COLOR, Color.GREEN);
        rows.add(typical);

        Types nulls = new Types();
        nulls.set(Types.ID, 4L);
        for (Column<?> c : nulls.table().columns()) {
            if (c != Types.ID) {
                nulls.set(c, null);
            }
        }
        rows.add(nulls);
        return rows;
    }

    @Test
    void everyTypeRoundTripsExactly() {
        List<Types> samples = samples();
        try (Session s = this.db.session()) {
            s.addAll(samples);
            s.commit();
        }
        try (Session s = this.db.session()) {
            for (Types expected : samples) {
                Types actual =
                        s.select(Types.class)
                                .where(Types.ID.eq(expected.get(Types.ID)))
                                .first()
                                .orElseThrow();
                for (Column<?> c : expected.table().columns()) {
                    assertThat(actual.get(c))
                            .as(c.name() + " of row " + expected.get(Types.ID))
                            .isEqualTo(expected.get(c));
                }
                // and each value is found again by equality where the type is comparable
                if (expected.get(Types.VC) != null) {
                    assertThat(
                                    s.select(Types.class)
                                            .where(Types.VC.eq(expected.get(Types.VC)))
                                            .where(Types.ID.eq(expected.get(Types.ID)))
                                            .count())
                            .isEqualTo(1);
                    assertThat(
                                    s.select(Types.class)
                                            .where(Types.UID.eq(expected.get(Types.UID)))
                                            .count())
                            .isEqualTo(1);
                    assertThat(
                                    s.select(Types.class)
                                            .where(Types.DAY.eq(expected.get(Types.DAY)))
                                            .count())
                            .isEqualTo(1);
                    assertThat(
                                    s.select(Types.class)
                                            .where(Types.TSZ.eq(expected.get(Types.TSZ)))
                                            .count())
                            .isEqualTo(1);
                    assertThat(
                                    s.select(Types.class)
                                            .where(Types.COLOR.eq(expected.get(Types.COLOR)))
                                            .count())
                            .isEqualTo(1);
                    assertThat(
                                    s.select(Types.class)
                                            .where(Types.BIG.eq(expected.get(Types.BIG)))
                                            .count())
                            .isEqualTo(1);
                }
            }
        }
        // read back independently: the 1 MB string and the bytes are stored whole
        Map<String, Object> high =
                jdbc().queryForMap(
                                "SELECT * FROM "
                                        + quote("qs_types")
                                        + " WHERE "
                                        + quote("id")
                                        + " = 2");
        assertThat((String) high.get("txt")).hasSize(1_000_000 + 3).endsWith("é😀");
        assertThat(high.get("vc")).isEqualTo(samples.get(1).get(Types.VC));
        assertThat(
                        jdbc().queryForObject(
                                        "SELECT COUNT(*) FROM "
                                                + quote("qs_types")
                                                + " WHERE "
                                                + quote("txt")
                                                + " IS NULL",
                                        Long.class))
                .isEqualTo(1);
    }

    @Test
    void timestampOrderingFollowsTime() {
        try (Session s = this.db.session()) {
            s.addAll(samples());
            List<Types> ordered =
                    s.select(Types.class)
                            .where(Types.TSZ.isNotNull())
                            .orderBy(Types.TSZ.asc())
                            .all();
            assertThat(ordered).extracting(t -> t.get(Types.ID)).containsExactly(1L, 3L, 2L);
            assertThat(
                            s.select(Types.class)
                                    .where(Types.TSZ.gt(Instant.parse("2000-01-01T00:00:00Z")))
                                    .count())
                    .isEqualTo(2);
        }
    }
}
