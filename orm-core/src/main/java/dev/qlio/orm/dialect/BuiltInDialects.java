package dev.qlio.orm.dialect;

import dev.qlio.orm.dialect.Identifiers.Unit;

/** Composes the built-in dialects from their roles. */
final class BuiltInDialects {

    /** {@code \} as the LIKE escape, in a standard SQL string literal. */
    private static final String ESCAPE = " ESCAPE '\\'";

    private BuiltInDialects() {}

    static Dialect h2() {
        TypeMapping types = new H2Types();
        return new Dialect(
                "h2",
                new Identifiers("h2", '"', 256, Unit.CHARACTERS),
                types,
                new H2Statements(),
                new Like(true, ESCAPE),
                new H2LargeIn(),
                new DdlSyntax(types),
                new H2Errors());
    }

    static Dialect postgresql() {
        TypeMapping types = new PostgresTypes();
        return new Dialect(
                "postgresql",
                // NAMEDATALEN counts bytes, not characters
                new Identifiers("postgresql", '"', 63, Unit.UTF8_BYTES),
                types,
                new PostgresStatements(),
                new Like(true, ESCAPE),
                new PostgresLargeIn(types),
                new DdlSyntax(types),
                new PostgresErrors());
    }

    /**
     * MariaDB, or MySQL through the same SQL. The collation of Qlio's tables (see {@link
     * MariaDbDdl#tableOptions()}) is also the one large {@code IN} lists compare in.
     */
    static Dialect mariaDb(String name) {
        String collation = "mysql".equals(name) ? "utf8mb4_bin" : "utf8mb4_nopad_bin";
        TypeMapping types = new MariaDbTypes(name);
        return new Dialect(
                name,
                new Identifiers(name, '`', 64, Unit.CHARACTERS),
                types,
                new MariaDbStatements(),
                // a backslash is an escape character inside MariaDB string literals
                new Like(false, " ESCAPE '\\\\'"),
                new MariaDbLargeIn(collation),
                new MariaDbDdl(types, collation),
                new MariaDbErrors());
    }

    static Dialect sqlite() {
        TypeMapping types = new SqliteTypes();
        return new Dialect(
                "sqlite",
                new Identifiers("sqlite", '"', Integer.MAX_VALUE, Unit.CHARACTERS),
                types,
                new SqliteStatements(),
                new SqliteLike(),
                new SqliteLargeIn(),
                new SqliteDdl(types),
                new SqliteErrors());
    }
}
