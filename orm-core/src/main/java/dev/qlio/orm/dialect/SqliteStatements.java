package dev.qlio.orm.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** SQLite's statements. */
final class SqliteStatements extends Statements {

    /** SQLite needs a {@code LIMIT} before an {@code OFFSET}; -1 means none. */
    @Override
    protected String unboundedLimit() {
        return "-1";
    }

    @Override
    public String upsert(
            String table,
            List<String> columns,
            List<String> keyColumns,
            List<String> updateColumns) {
        return onConflictUpsert(table, columns, keyColumns, updateColumns);
    }

    /** sqlite-jdbc reports {@code last_insert_rowid()}, whatever columns are named. */
    @Override
    public PreparedStatement prepareInsertReturningKeys(
            Connection connection, String sql, String[] keyColumns) throws SQLException {
        return connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
    }

    /** sqlite-jdbc returns only the last row's key from a batch. */
    @Override
    public boolean supportsBatchGeneratedKeys() {
        return false;
    }

    @Override
    public int maxBindParameters() {
        return 32_766;
    }
}
