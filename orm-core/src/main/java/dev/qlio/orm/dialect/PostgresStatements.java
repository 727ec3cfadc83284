package dev.qlio.orm.dialect;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** PostgreSQL's statements: {@code ON CONFLICT} upserts and cursors that need a transaction. */
final class PostgresStatements extends Statements {

    @Override
    public String upsert(
            String table,
            List<String> columns,
            List<String> keyColumns,
            List<String> updateColumns) {
        return onConflictUpsert(table, columns, keyColumns, updateColumns);
    }

    /** The driver only fetches in chunks inside a transaction; else it reads every row at once. */
    @Override
    public boolean streamingNeedsTransaction() {
        return true;
    }

    /** The wire protocol counts parameters in a signed 16-bit integer. */
    @Override
    public int maxBindParameters() {
        return 32_767;
    }

    /**
     * {@code FOR UPDATE OF root}: PostgreSQL refuses to lock the nullable side of an outer join.
     */
    @Override
    public String rowLock(
            boolean share, boolean noWait, boolean skipLocked, @Nullable String qualifier) {
        return (share ? " FOR SHARE" : " FOR UPDATE")
                + (qualifier != null ? " OF \"" + qualifier.replace("\"", "\"\"") + "\"" : "")
                + (noWait ? " NOWAIT" : skipLocked ? " SKIP LOCKED" : "");
    }

    /** PostgreSQL sorts NULL above every value: last ascending, first descending. */
    @Override
    public boolean sortsNullsLow() {
        return false;
    }
}
