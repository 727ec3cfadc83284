package dev.qlio.orm.dialect;

import dev.qlio.orm.schema.types.SqlType;

/** MariaDB's and MySQL's DDL. */
final class MariaDbDdl extends DdlSyntax {

    private final String collation;

    MariaDbDdl(TypeMapping types, String collation) {
        super(types);
        this.collation = collation;
    }

    @Override
    public String autoincrementType(SqlType<?> type) {
        return types().typeName(type) + " AUTO_INCREMENT";
    }

    /**
     * InnoDB (foreign keys, transactions), utf8mb4 (all of Unicode, not MySQL's 3-byte "utf8"), and
     * a binary collation so that {@code =}, {@code LIKE} and unique keys compare strings exactly,
     * case- and accent-sensitive, as PostgreSQL, H2 and SQLite do; the engine's {@code eq} relies
     * on it. The default collations are case- and accent-insensitive ({@code 'A' = 'a'}). {@code
     * utf8mb4_bin} is also a PAD SPACE collation, which ignores trailing spaces in {@code =}
     * ({@code 'a' = 'a '}), so MariaDB (10.2+) uses its NO PAD variant {@code utf8mb4_nopad_bin};
     * MySQL keeps {@code utf8mb4_bin} (available everywhere; trailing spaces stay a caveat there).
     */
    @Override
    public String tableOptions() {
        return " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=" + this.collation;
    }

    @Override
    public String dropIndex(String quotedTable, String quotedIndex) {
        // index names are scoped to their table here, not to the schema
        return "DROP INDEX " + quotedIndex + " ON " + quotedTable;
    }

    @Override
    public String dropForeignKey(String quotedTable, String quotedConstraint) {
        // MariaDB and MySQL before 8.0.19 have no DROP CONSTRAINT for foreign keys
        return "ALTER TABLE " + quotedTable + " DROP FOREIGN KEY " + quotedConstraint;
    }
}
