package dev.qlio.orm.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.schema.types.SqlType.Kind;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Golden SQL of each dialect's {@link LargeIn}, per kind. */
class LargeInTest {

    private static String sql(Dialect dialect, Kind kind, boolean negated) {
        StringBuilder sql = new StringBuilder();
        boolean supported = dialect.largeIn().append(sql, "c", kind, negated);
        return supported ? sql.toString() : "unsupported:" + sql;
    }

    @Test
    void arrayParameterOnH2AndPostgres() {
        assertThat(sql(Dialect.H2, Kind.BIGINT, false)).isEqualTo("(c = ANY(?))");
        assertThat(sql(Dialect.H2, Kind.JSON, true)).isEqualTo("NOT (c = ANY(?))");
        assertThat(sql(Dialect.POSTGRESQL, Kind.TEXT, false)).isEqualTo("(c = ANY(?))");
        assertThat(sql(Dialect.POSTGRESQL, Kind.UUID, true)).isEqualTo("NOT (c = ANY(?))");
        // every standard kind: the array is typed for it (TIMESTAMPTZ as ISO text, JSON as jsonb)
        assertThat(sql(Dialect.POSTGRESQL, Kind.JSON, false)).isEqualTo("(c = ANY(?))");
        assertThat(sql(Dialect.POSTGRESQL, Kind.TIMESTAMPTZ, false)).isEqualTo("(c = ANY(?))");
        assertThat(sql(Dialect.POSTGRESQL, Kind.BYTES, false)).isEqualTo("(c = ANY(?))");
        assertThat(Dialect.H2.largeIn().maxListLength()).isEqualTo(65_536);
        assertThat(Dialect.POSTGRESQL.largeIn().maxListLength()).isEqualTo(Integer.MAX_VALUE);
        assertThat(Dialect.POSTGRESQL.types().arrayElementType(Kind.BIGINT)).isEqualTo("int8");
        assertThat(Dialect.POSTGRESQL.types().arrayElementType(Kind.VARCHAR)).isEqualTo("text");
    }

    @Test
    void jsonParameterOnMariaDbAndSqlite() {
        assertThat(sql(Dialect.MARIADB, Kind.INTEGER, false))
                .isEqualTo(
                        "c IN (SELECT qlio_v FROM JSON_TABLE(?, '$[*]' COLUMNS (qlio_v BIGINT"
                                + " PATH '$')) AS qlio_in)");
        assertThat(sql(Dialect.MARIADB, Kind.VARCHAR, true))
                .isEqualTo(
                        "c NOT IN (SELECT qlio_v FROM JSON_TABLE(?, '$[*]' COLUMNS (qlio_v"
                                + " VARCHAR(512) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin"
                                + " PATH '$')) AS qlio_in)");
        StringBuilder wide = new StringBuilder();
        assertThat(Dialect.MARIADB.largeIn().append(wide, "c", Kind.TEXT, false, 1)).isTrue();
        assertThat(wide.toString())
                .contains("(qlio_v LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin PATH");
        assertThat(Dialect.MARIADB.largeIn().variant(Kind.TEXT, List.of("a", "b".repeat(512))))
                .isZero();
        assertThat(Dialect.MARIADB.largeIn().variant(Kind.VARCHAR, List.of("a", "b".repeat(513))))
                .isEqualTo(1);
        assertThat(Dialect.MARIADB.largeIn().variant(Kind.BIGINT, List.of(1L))).isZero();
        assertThat(Dialect.MARIADB.largeIn().inlineLimit()).isEqualTo(50_000);
        assertThat(Dialect.MARIADB.largeIn().inlineChunk()).isEqualTo(Integer.MAX_VALUE);
        assertThat(Dialect.POSTGRESQL.largeIn().inlineLimit()).isEqualTo(100);
        assertThat(Dialect.H2.largeIn().inlineLimit()).isEqualTo(100);
        // MySQL compares in the collation of its tables
        assertThat(sql(Dialect.MYSQL, Kind.TEXT, false)).contains("COLLATE utf8mb4_bin PATH");
        assertThat(sql(Dialect.MARIADB, Kind.UUID, false))
                .contains("(qlio_v CHAR(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin PATH");
        assertThat(sql(Dialect.MARIADB, Kind.NUMERIC, false))
                .contains("(qlio_v DECIMAL(65, 30) PATH");
        assertThat(sql(Dialect.MARIADB, Kind.TIMESTAMPTZ, false))
                .contains("(qlio_v DATETIME(6) PATH");
        // a LONGBLOB tested against unpacked values is compared row by row: ordinary parameters
        assertThat(sql(Dialect.MARIADB, Kind.BYTES, false)).isEqualTo("unsupported:");
        assertThat(sql(Dialect.SQLITE, Kind.BIGINT, false))
                .isEqualTo("c IN (SELECT value FROM json_each(?))");
        assertThat(sql(Dialect.SQLITE, Kind.TEXT, true))
                .isEqualTo("c NOT IN (SELECT value FROM json_each(?))");
        assertThat(sql(Dialect.SQLITE, Kind.DATE, false))
                .isEqualTo("c IN (SELECT value FROM json_each(?))");
        assertThat(sql(Dialect.SQLITE, Kind.BYTES, false))
                .isEqualTo("c IN (SELECT unhex(value) FROM json_each(?))");
    }

    @Test
    void h2JoinsAListAsTheValuesOfItsArrays() {
        StringBuilder one = new StringBuilder();
        Dialect.H2.largeIn().appendJoin(one, "\"t\".\"c\"", Kind.TIMESTAMPTZ, 1, "qlio_in1");
        assertThat(one.toString())
                .isEqualTo(
                        " JOIN (SELECT qlio_v FROM TABLE(qlio_v TIMESTAMP(9) WITH TIME"
                                + " ZONE = ?)) qlio_in1 ON \"t\".\"c\" = qlio_in1.qlio_v");
        StringBuilder two = new StringBuilder();
        Dialect.H2.largeIn().appendJoin(two, "c", Kind.VARCHAR, 2, "qlio_in2");
        assertThat(two.toString())
                .isEqualTo(
                        " JOIN (SELECT qlio_v FROM TABLE(qlio_v CHARACTER VARYING = ?) UNION"
                                + " ALL SELECT qlio_v FROM TABLE(qlio_v CHARACTER VARYING = ?))"
                                + " qlio_in2 ON c = qlio_in2.qlio_v");
        assertThat(Dialect.H2.largeIn().joins(Kind.OTHER)).isFalse();
        for (Dialect d : List.of(Dialect.POSTGRESQL, Dialect.SQLITE)) {
            assertThat(d.largeIn().joins(Kind.BIGINT)).as(d.name()).isFalse();
        }
    }

    @Test
    void mariaDbJoinsAListAsTheRowsOfItsJsonArray() {
        StringBuilder text = new StringBuilder();
        Dialect.MARIADB.largeIn().appendJoin(text, "`t`.`c`", Kind.VARCHAR, 1, "qlio_in1");
        // unpacked as LONGTEXT, so no value is cut however long it is
        assertThat(text.toString())
                .isEqualTo(
                        " JOIN JSON_TABLE(?, '$[*]' COLUMNS (qlio_v LONGTEXT CHARACTER SET utf8mb4"
                                + " COLLATE utf8mb4_nopad_bin PATH '$')) AS qlio_in1 ON `t`.`c` ="
                                + " qlio_in1.qlio_v");
        StringBuilder key = new StringBuilder();
        Dialect.MARIADB.largeIn().appendJoin(key, "`id`", Kind.BIGINT, 1, "qlio_in2");
        assertThat(key.toString())
                .isEqualTo(
                        " JOIN JSON_TABLE(?, '$[*]' COLUMNS (qlio_v BIGINT PATH '$')) AS qlio_in2"
                                + " ON `id` = qlio_in2.qlio_v");
        // bytes stay ordinary parameters, never unpacked
        assertThat(Dialect.MARIADB.largeIn().joins(Kind.BYTES)).isFalse();
        assertThat(Dialect.MARIADB.largeIn().joins(Kind.OTHER)).isFalse();
    }

    @Test
    void customTypesAreNeverBoundAsOneList() {
        for (Dialect d : List.of(Dialect.H2, Dialect.POSTGRESQL, Dialect.MARIADB, Dialect.SQLITE)) {
            assertThat(sql(d, Kind.OTHER, false)).as(d.name()).isEqualTo("unsupported:");
        }
    }

    @Test
    void jsonListIsEscaped() {
        assertThat(
                        LargeIn.jsonArray(
                                List.of(1L, new BigDecimal("1E+3"), "a\"b\\c\n", new UUID(0, 1))))
                .isEqualTo(
                        "[1,1000,\"a\\\"b\\\\c\\u000a\",\"00000000-0000-0000-0000-000000000001\"]");
    }
}
