package dev.qlio.orm.dialect;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** H2's statements: its own {@code MERGE ... KEY} upsert. */
final class H2Statements extends Statements {

    @Override
    public String upsert(
            String table,
            List<String> columns,
            List<String> keyColumns,
            List<String> updateColumns) {
        // H2 has no ON CONFLICT; its MERGE ... KEY works in every compatibility mode
        return "MERGE INTO "
                + table
                + " ("
                + String.join(", ", columns)
                + ") KEY ("
                + String.join(", ", keyColumns)
                + ") VALUES ("
                + "?, ".repeat(columns.size() - 1)
                + "?)";
    }

    /** H2 takes exclusive row locks only. */
    @Override
    public String rowLock(
            boolean share, boolean noWait, boolean skipLocked, @Nullable String qualifier) {
        if (share) {
            throw new UnsupportedOperationException(
                    "H2 has no shared row locks (forShare()): use forUpdate(), which H2 supports");
        }
        return super.rowLock(false, noWait, skipLocked, qualifier);
    }
}
