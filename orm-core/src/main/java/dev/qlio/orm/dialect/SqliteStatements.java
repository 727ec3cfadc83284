package dev.qlio.orm.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jspecify.annotations.Nullable;

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

    /**
     * {@code INSERT ... VALUES (...), (...) RETURNING rowid} (SQLite 3.35+): the generated key is
     * the rowid ({@code INTEGER PRIMARY KEY}), which SQLite assigns increasing in the order of the
     * {@code VALUES} rows.
     */
    @Override
    public @Nullable String insertRowsReturningKey(String insert, int rows) {
        int values = insert.lastIndexOf(" VALUES (");
        if (values < 0 || !insert.endsWith(")")) {
            return null;
        }
        String row = insert.substring(values + " VALUES ".length());
        return insert + (", " + row).repeat(rows - 1) + " RETURNING rowid";
    }

    /**
     * SQLite enforces foreign keys only on a connection where {@code PRAGMA foreign_keys} is on,
     * and it is off by default: Qlio turns it on for every connection a session uses. The pragma
     * does nothing inside a transaction, so a connection a Spring transaction already began on must
     * come with it on (sqlite-jdbc: {@code foreign_keys=true} in the URL or data source properties,
     * {@code SQLiteConfig.enforceForeignKeys(true)}); Qlio refuses one without.
     */
    @Override
    public void prepareConnection(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            if (foreignKeysOn(st)) {
                return;
            }
            st.execute("PRAGMA foreign_keys = ON");
            if (foreignKeysOn(st)) {
                return;
            }
        }
        throw new IllegalStateException(
                "SQLite enforces foreign keys only where PRAGMA foreign_keys is on, and this"
                        + " connection is inside a transaction, where the pragma cannot be"
                        + " changed: configure the data source with foreign_keys=true (URL"
                        + " jdbc:sqlite:file.db?foreign_keys=true, or SQLiteConfig"
                        + ".enforceForeignKeys(true)) so every connection enforces them");
    }

    private static boolean foreignKeysOn(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA foreign_keys")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    /**
     * sqlite-jdbc's query timeout only bounds the wait for a lock, not a running statement; its
     * {@code cancel()} interrupts the statement.
     */
    @Override
    public boolean driverEnforcesQueryTimeout() {
        return false;
    }

    @Override
    public int maxBindParameters() {
        return 32_766;
    }

    /** SQLite locks the whole database, never a row. */
    @Override
    public String rowLock(
            boolean share, boolean noWait, boolean skipLocked, @Nullable String qualifier) {
        throw new UnsupportedOperationException(
                "SQLite has no row locks ("
                        + (share ? "forShare()" : "forUpdate()")
                        + "): a write transaction locks the whole database. Leave the lock out;"
                        + " the session's first write takes SQLite's database lock");
    }
}
