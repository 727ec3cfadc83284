package dev.qlio.orm.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden SQL of each dialect's {@link Statements}: paging and upserts. */
class StatementsTest {

    private static String paging(Dialect dialect, int limit, int offset) {
        StringBuilder sql = new StringBuilder("SELECT 1");
        dialect.statements().appendLimitOffset(sql, limit, offset);
        return sql.toString();
    }

    @Test
    void pagingForEveryLimitAndOffsetCombination() {
        for (Dialect d : List.of(Dialect.H2, Dialect.POSTGRESQL)) {
            assertThat(paging(d, -1, 0)).isEqualTo("SELECT 1");
            assertThat(paging(d, 10, 0)).isEqualTo("SELECT 1 LIMIT 10");
            assertThat(paging(d, 0, 0)).isEqualTo("SELECT 1 LIMIT 0");
            assertThat(paging(d, 10, 20)).isEqualTo("SELECT 1 LIMIT 10 OFFSET 20");
            assertThat(paging(d, -1, 20)).isEqualTo("SELECT 1 OFFSET 20");
        }
        // an OFFSET alone needs an unbounded LIMIT first on MariaDB and SQLite
        assertThat(paging(Dialect.MARIADB, -1, 20))
                .isEqualTo("SELECT 1 LIMIT 18446744073709551615 OFFSET 20");
        assertThat(paging(Dialect.MYSQL, 5, 20)).isEqualTo("SELECT 1 LIMIT 5 OFFSET 20");
        assertThat(paging(Dialect.MARIADB, -1, 0)).isEqualTo("SELECT 1");
        assertThat(paging(Dialect.SQLITE, -1, 20)).isEqualTo("SELECT 1 LIMIT -1 OFFSET 20");
        assertThat(paging(Dialect.SQLITE, 3, 0)).isEqualTo("SELECT 1 LIMIT 3");
    }

    private static String upsert(Dialect dialect, List<String> update) {
        return dialect.statements()
                .upsert("\"t\"", List.of("\"id\"", "\"a\"", "\"b\""), List.of("\"id\""), update);
    }

    @Test
    void upsertSqlPerDialect() {
        List<String> ab = List.of("\"a\"", "\"b\"");
        assertThat(upsert(Dialect.H2, ab))
                .isEqualTo("MERGE INTO \"t\" (\"id\", \"a\", \"b\") KEY (\"id\") VALUES (?, ?, ?)");
        String insert = "INSERT INTO \"t\" (\"id\", \"a\", \"b\") VALUES (?, ?, ?)";
        assertThat(upsert(Dialect.POSTGRESQL, ab))
                .isEqualTo(
                        insert
                                + " ON CONFLICT (\"id\") DO UPDATE SET \"a\" = EXCLUDED.\"a\","
                                + " \"b\" = EXCLUDED.\"b\"");
        assertThat(upsert(Dialect.SQLITE, List.of()))
                .isEqualTo(insert + " ON CONFLICT (\"id\") DO NOTHING");
        // ON DUPLICATE KEY UPDATE fires on any unique key (issue 23): Qlio updates by key, then
        // inserts
        assertThat(upsert(Dialect.MARIADB, ab)).isNull();
        // nothing to update: a no-op assignment of the key changes no row whichever key conflicts
        assertThat(upsert(Dialect.MARIADB, List.of()))
                .isEqualTo(insert + " ON DUPLICATE KEY UPDATE \"id\" = \"id\"");
    }

    @Test
    void capabilitiesAndLimits() {
        assertThat(Dialect.POSTGRESQL.statements().streamingNeedsTransaction()).isTrue();
        assertThat(Dialect.H2.statements().streamingNeedsTransaction()).isFalse();
        assertThat(Dialect.SQLITE.statements().supportsBatchGeneratedKeys()).isFalse();
        assertThat(Dialect.MARIADB.statements().batchReportsRowCounts()).isFalse();
        assertThat(Dialect.H2.statements().batchReportsRowCounts()).isTrue();
        assertThat(Dialect.POSTGRESQL.statements().maxBindParameters()).isEqualTo(32_767);
        assertThat(Dialect.MARIADB.statements().maxBindParameters()).isEqualTo(65_535);
        assertThat(Dialect.SQLITE.statements().maxBindParameters()).isEqualTo(32_766);
        assertThat(Dialect.H2.statements().maxBindParameters()).isEqualTo(32_000);
    }
}
