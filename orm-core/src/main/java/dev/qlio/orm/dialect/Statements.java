package dev.qlio.orm.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The statement role of a dialect: paging, upsert, inserts returning generated keys, streaming,
 * what a JDBC batch reports, and how many parameters one statement may bind. The defaults are
 * standard SQL and JDBC; subclasses override what their database does differently. Thread-safe.
 */
public class Statements {

    /** Standard SQL and JDBC statements; subclass to change single behaviours. */
    protected Statements() {}

    /**
     * Appends paging: {@code LIMIT n OFFSET m}. Both are integers checked by the query, never user
     * text.
     *
     * @param sql the statement so far
     * @param limit the limit, or -1 for none
     * @param offset the offset, 0 for none
     */
    public void appendLimitOffset(StringBuilder sql, int limit, int offset) {
        if (limit >= 0) {
            sql.append(" LIMIT ").append(limit);
        }
        if (offset > 0) {
            String unbounded = unboundedLimit();
            if (limit < 0 && unbounded != null) {
                sql.append(" LIMIT ").append(unbounded);
            }
            sql.append(" OFFSET ").append(offset);
        }
    }

    /**
     * The {@code LIMIT} that means "all rows", for databases that need one before an {@code
     * OFFSET}; {@code null} when {@code OFFSET} may stand alone.
     *
     * @return the SQL text or {@code null}
     */
    protected @Nullable String unboundedLimit() {
        return null;
    }

    /**
     * The single-statement upsert of a row by key, with one parameter per column of {@code columns}
     * in that order, or {@code null} when the database has none (Qlio then updates, and inserts
     * when no row matched).
     *
     * @param table the quoted table name
     * @param columns the quoted columns written
     * @param keyColumns the quoted key columns (a subset of {@code columns})
     * @param updateColumns the quoted columns updated on conflict
     * @return the SQL, or {@code null}
     */
    public @Nullable String upsert(
            String table,
            List<String> columns,
            List<String> keyColumns,
            List<String> updateColumns) {
        return null;
    }

    /**
     * Prepares an {@code INSERT} that returns generated keys, named by column by default.
     *
     * @param connection the connection
     * @param sql the insert
     * @param keyColumns the generated columns' SQL names
     * @return the statement
     * @throws SQLException if the driver fails
     */
    public PreparedStatement prepareInsertReturningKeys(
            Connection connection, String sql, String[] keyColumns) throws SQLException {
        return connection.prepareStatement(sql, keyColumns);
    }

    /**
     * Prepares a statement for streaming: the driver reads {@code fetchSize} rows at a time.
     *
     * @param statement the statement
     * @param fetchSize the fetch size
     * @throws SQLException if the driver fails
     */
    public void prepareForStreaming(Statement statement, int fetchSize) throws SQLException {
        statement.setFetchSize(fetchSize);
    }

    /**
     * Whether streaming needs auto-commit off (PostgreSQL's cursors do).
     *
     * @return whether it does
     */
    public boolean streamingNeedsTransaction() {
        return false;
    }

    /**
     * Whether a batch of inserts returns the generated key of every row.
     *
     * @return whether it does
     */
    public boolean supportsBatchGeneratedKeys() {
        return true;
    }

    /**
     * An insert of {@code rows} rows in one statement that returns the generated key of each row,
     * for databases whose batches do not return every key ({@link #supportsBatchGeneratedKeys()}
     * false); {@code null} when there is none (rows are then inserted one statement each). The keys
     * may come back in any order: the database must assign them increasing in row order, so the
     * caller sorts them and checks they are consecutive.
     *
     * @param insert the single-row {@code INSERT ... VALUES (?, ...)}
     * @param rows the number of rows, at least 1
     * @return the SQL, with the parameters of every row in order, or {@code null}
     */
    public @Nullable String insertRowsReturningKey(String insert, int rows) {
        return null;
    }

    /**
     * Whether the driver stops a statement at its {@link Statement#setQueryTimeout query timeout};
     * when not, Qlio cancels the statement ({@link Statement#cancel()}) at the deadline itself.
     *
     * @return whether it does
     */
    public boolean driverEnforcesQueryTimeout() {
        return true;
    }

    /**
     * Readies a connection a session is about to use, e.g. turns on a setting the database keeps
     * per connection. By default nothing.
     *
     * @param connection the connection, as the pool (or Spring's transaction) gave it
     * @throws SQLException if the driver fails
     * @throws IllegalStateException when the connection cannot be made safe to use
     */
    public void prepareConnection(Connection connection) throws SQLException {}

    /**
     * Whether the database has savepoints ({@code Session.savepoint()}, Spring's {@code
     * Propagation.NESTED}). All built-in databases do; some distributed ones (Aurora DSQL) do not:
     * a dialect for them answers {@code false}, and Qlio then refuses a savepoint before sending
     * anything, saying what to do instead.
     *
     * @return whether savepoints work
     */
    public boolean supportsSavepoints() {
        return true;
    }

    /**
     * Whether a JDBC batch of updates reports each statement's row count (an optimistic lock needs
     * them); when not, versioned rows are updated one statement at a time.
     *
     * @return whether it does
     */
    public boolean batchReportsRowCounts() {
        return true;
    }

    /**
     * The most parameters one statement may bind; longer {@code IN} lists are chunked.
     *
     * @return the limit
     */
    public int maxBindParameters() {
        return 32_000;
    }

    /**
     * Whether {@code ORDER BY} puts NULL below every value (first when ascending, last when
     * descending), as H2, MariaDB and SQLite do; PostgreSQL puts it above.
     *
     * @return whether NULLs sort low
     */
    public boolean sortsNullsLow() {
        return true;
    }

    /**
     * The clause that locks the rows a select reads, appended after its paging: standard {@code FOR
     * UPDATE} / {@code FOR SHARE}, then {@code NOWAIT} or {@code SKIP LOCKED}.
     *
     * @param share a shared lock instead of an exclusive one
     * @param noWait fail at once on a row another transaction locked
     * @param skipLocked leave out rows another transaction locked
     * @param qualifier the alias of the selected table when the select joins others (the lock is
     *     taken on its rows only where the database can say so), or {@code null}
     * @return the clause, starting with a space
     * @throws UnsupportedOperationException with what to do instead, where the database has no such
     *     lock
     */
    public String rowLock(
            boolean share, boolean noWait, boolean skipLocked, @Nullable String qualifier) {
        return (share ? " FOR SHARE" : " FOR UPDATE")
                + (noWait ? " NOWAIT" : skipLocked ? " SKIP LOCKED" : "");
    }

    /**
     * {@code INSERT INTO table (columns) VALUES (?, ...)}.
     *
     * @param table the quoted table
     * @param columns the quoted columns
     * @return the SQL
     */
    protected static String insertValues(String table, List<String> columns) {
        return "INSERT INTO "
                + table
                + " ("
                + String.join(", ", columns)
                + ") VALUES ("
                + "?, ".repeat(columns.size() - 1)
                + "?)";
    }

    /**
     * The standard {@code INSERT ... ON CONFLICT (keys) DO UPDATE SET c = EXCLUDED.c} (or {@code DO
     * NOTHING}) of PostgreSQL and SQLite.
     *
     * @param table the quoted table
     * @param columns the quoted columns
     * @param keyColumns the quoted conflict columns
     * @param updateColumns the quoted columns to update
     * @return the SQL
     */
    protected static String onConflictUpsert(
            String table,
            List<String> columns,
            List<String> keyColumns,
            List<String> updateColumns) {
        String insert =
                insertValues(table, columns)
                        + " ON CONFLICT ("
                        + String.join(", ", keyColumns)
                        + ")";
        if (updateColumns.isEmpty()) {
            return insert + " DO NOTHING";
        }
        return insert
                + " DO UPDATE SET "
                + updateColumns.stream()
                        .map(c -> c + " = EXCLUDED." + c)
                        .collect(Collectors.joining(", "));
    }
}
