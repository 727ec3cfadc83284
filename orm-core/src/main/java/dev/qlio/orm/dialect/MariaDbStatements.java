package dev.qlio.orm.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** MariaDB's and MySQL's statements. */
final class MariaDbStatements extends Statements {

    /** The largest unsigned 64-bit integer: MariaDB has no {@code OFFSET} without a limit. */
    @Override
    protected String unboundedLimit() {
        return "18446744073709551615";
    }

    /**
     * {@code ON DUPLICATE KEY UPDATE} fires on a conflict of <em>any</em> unique key, so an upsert
     * of row 2 carrying row 1's unique e-mail would overwrite row 1. A merge must act on the
     * primary key only: Qlio updates by primary key and inserts when no row matched, so a conflict
     * on another unique key fails the insert with {@code DuplicateKeyException} and no other row is
     * touched. Only a row that writes nothing but its key keeps the single statement: its no-op
     * assignment changes no row whichever key conflicts.
     */
    @Override
    public @Nullable String upsert(
            String table,
            List<String> columns,
            List<String> keyColumns,
            List<String> updateColumns) {
        if (!updateColumns.isEmpty()) {
            return null;
        }
        String key = keyColumns.get(0);
        return insertValues(table, columns) + " ON DUPLICATE KEY UPDATE " + key + " = " + key;
    }

    /** The driver returns the AUTO_INCREMENT value, whatever columns are named. */
    @Override
    public PreparedStatement prepareInsertReturningKeys(
            Connection connection, String sql, String[] keyColumns) throws SQLException {
        return connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
    }

    /**
     * With bulk statements ({@code useBulkStmts=true}, off by default in Connector/J 3.5 for
     * updates) a batch reports no row counts; a URL can switch them on, so versioned rows are
     * written one statement each.
     */
    @Override
    public boolean batchReportsRowCounts() {
        return false;
    }

    @Override
    public int maxBindParameters() {
        return 65_535;
    }

    /**
     * A shared lock is {@code LOCK IN SHARE MODE}; {@code NOWAIT} and {@code SKIP LOCKED} follow.
     */
    @Override
    public String rowLock(
            boolean share, boolean noWait, boolean skipLocked, @Nullable String qualifier) {
        return (share ? " LOCK IN SHARE MODE" : " FOR UPDATE")
                + (noWait ? " NOWAIT" : skipLocked ? " SKIP LOCKED" : "");
    }
}
