package dev.qlio.orm.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/** MariaDB's and MySQL's statements. */
final class MariaDbStatements extends Statements {

    /** The largest unsigned 64-bit integer: MariaDB has no {@code OFFSET} without a limit. */
    @Override
    protected String unboundedLimit() {
        return "18446744073709551615";
    }

    @Override
    public String upsert(
            String table,
            List<String> columns,
            List<String> keyColumns,
            List<String> updateColumns) {
        // with nothing to update, a no-op assignment of the key keeps the existing row
        List<String> update = updateColumns.isEmpty() ? keyColumns.subList(0, 1) : updateColumns;
        return insertValues(table, columns)
                + " ON DUPLICATE KEY UPDATE "
                + update.stream()
                        .map(c -> c + " = VALUES(" + c + ")")
                        .collect(Collectors.joining(", "));
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
}
