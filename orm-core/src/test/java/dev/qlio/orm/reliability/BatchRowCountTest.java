package dev.qlio.orm.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.qlio.orm.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * What the drivers report for batched statements, which decides whether a versioned batch update
 * can check its row counts. Evidence for {@code Dialect.statements().batchReportsRowCounts()}.
 */
class BatchRowCountTest {

    @Test
    void mariadbReportsUpdateCountsByDefaultAndNoneWithBulkStatements() throws SQLException {
        int[] byDefault = updateBatch(TestDatabase.MARIADB, "");
        int[] bulk = updateBatch(TestDatabase.MARIADB, "useBulkStmts=true");
        Figures.report(
                "batched UPDATE row counts",
                TestDatabase.MARIADB,
                "default settings %s, useBulkStmts=true %s",
                java.util.Arrays.toString(byDefault),
                java.util.Arrays.toString(bulk));
        // Connector/J 3.5: useBulkStmts is off by default (only useBulkStmtsForInserts is on), so
        // an UPDATE batch is pipelined and every statement reports its count
        assertThat(byDefault).containsExactly(1, 0, 1);
        // with bulk statements (COM_STMT_BULK_EXECUTE, MariaDB < 11.5) there is no per-row count
        assertThat(bulk).containsOnly(Statement.SUCCESS_NO_INFO);
    }

    @Test
    void postgresqlRewritesOnlyInsertsAndReportsUpdateCounts() throws SQLException {
        int[] rewritten = updateBatch(TestDatabase.POSTGRESQL, "reWriteBatchedInserts=true");
        Figures.report(
                "batched UPDATE row counts",
                TestDatabase.POSTGRESQL,
                "reWriteBatchedInserts=true %s",
                java.util.Arrays.toString(rewritten));
        assertThat(rewritten).containsExactly(1, 0, 1);
    }

    private static int[] updateBatch(TestDatabase database, String parameters) throws SQLException {
        String url = database.url();
        if (!parameters.isEmpty()) {
            url += (url.contains("?") ? "&" : "?") + parameters;
        }
        String finalUrl = url;
        try (HikariDataSource ds =
                        Pools.create(database, "batch", 1, config -> config.setJdbcUrl(finalUrl));
                Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS rel_batch");
            s.execute("CREATE TABLE rel_batch (id INT PRIMARY KEY, v INT)");
            try {
                s.execute("INSERT INTO rel_batch VALUES (1, 0), (2, 0)");
                try (PreparedStatement ps =
                        c.prepareStatement("UPDATE rel_batch SET v = v + 1 WHERE id = ?")) {
                    for (int id : new int[] {1, 3, 2}) {
                        ps.setInt(1, id);
                        ps.addBatch();
                    }
                    return ps.executeBatch();
                }
            } finally {
                s.execute("DROP TABLE rel_batch");
            }
        }
    }
}
