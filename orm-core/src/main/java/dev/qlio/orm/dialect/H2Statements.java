package dev.qlio.orm.dialect;

import java.util.List;

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
}
