package dev.qlio.orm.dialect;

import dev.qlio.orm.schema.types.SqlType;

/** SQLite's DDL: rowid keys, no constraint changes after creation. */
final class SqliteDdl extends DdlSyntax {

    SqliteDdl(TypeMapping types) {
        super(types);
    }

    @Override
    public String autoincrementType(SqlType<?> type) {
        // only INTEGER PRIMARY KEY aliases the rowid, which SQLite generates
        return "INTEGER";
    }

    /**
     * Only a column declared exactly {@code INTEGER PRIMARY KEY} aliases the rowid, which SQLite
     * generates; {@code AUTOINCREMENT} keeps it from reusing the keys of deleted rows, as sequences
     * elsewhere never do.
     */
    @Override
    public String inlineAutoincrementKey(SqlType<?> type) {
        return "INTEGER PRIMARY KEY AUTOINCREMENT";
    }

    /** SQLite refuses to drop a column an index covers ("error in index ... after drop column"). */
    @Override
    public boolean dropsIndexesWithColumn() {
        return false;
    }

    @Override
    public String dropIndex(String quotedTable, String quotedIndex) {
        return "DROP INDEX IF EXISTS " + quotedIndex;
    }

    /** SQLite's ALTER TABLE cannot add or drop constraints; it resolves foreign keys lazily. */
    @Override
    public boolean supportsAlterForeignKeys() {
        return false;
    }
}
