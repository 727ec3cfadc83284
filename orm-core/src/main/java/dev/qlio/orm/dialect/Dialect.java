package dev.qlio.orm.dialect;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

/**
 * What Qlio needs to know about one database, composed of one object per role (as Exposed composes
 * a dialect from its data-type and function providers, and SQLAlchemy from its statement, DDL and
 * type compilers): {@link #identifiers()} quoting and length limits, {@link #types()} DDL names,
 * binders, readers and value checks, {@link #statements()} paging, upserts, generated keys,
 * streaming and batches, {@link #like()} pattern matching, {@link #largeIn()} lists bound as one
 * parameter, {@link #ddl()} DDL syntax, and {@link #errors()} error translation and message
 * redaction. Methods that must agree live in one role.
 *
 * <p>The built-in dialects are {@link #H2}, {@link #POSTGRESQL}, {@link #MARIADB}, {@link #MYSQL}
 * and {@link #SQLITE}; {@link #detect(Connection)} picks one from a connection. To support another
 * database, subclass the roles that differ and pass them to the constructor. Dialects are immutable
 * and thread-safe.
 */
public class Dialect {

    /** H2, the embedded default. */
    public static final Dialect H2 = BuiltInDialects.h2();

    /** PostgreSQL. */
    public static final Dialect POSTGRESQL = BuiltInDialects.postgresql();

    /** MariaDB. */
    public static final Dialect MARIADB = BuiltInDialects.mariaDb("mariadb");

    /** MySQL, through the MariaDB dialect. */
    public static final Dialect MYSQL = BuiltInDialects.mariaDb("mysql");

    /** SQLite. */
    public static final Dialect SQLITE = BuiltInDialects.sqlite();

    private final String name;

    private final Identifiers identifiers;

    private final TypeMapping types;

    private final Statements statements;

    private final Like like;

    private final LargeIn largeIn;

    private final DdlSyntax ddl;

    private final ErrorTranslation errors;

    private final QuerySyntax querySyntax;

    /**
     * A dialect from its roles.
     *
     * @param name the dialect's name, as the {@code qlio.orm.dialect} property spells it
     * @param identifiers quoting and identifier limits
     * @param types DDL names, binders, readers and value checks
     * @param statements paging, upserts, generated keys, streaming and batches
     * @param like pattern matching
     * @param largeIn lists bound as one parameter
     * @param ddl DDL syntax
     * @param errors error translation and message redaction
     */
    protected Dialect(
            String name,
            Identifiers identifiers,
            TypeMapping types,
            Statements statements,
            Like like,
            LargeIn largeIn,
            DdlSyntax ddl,
            ErrorTranslation errors) {
        this.name = name;
        this.identifiers = identifiers;
        this.types = types;
        this.statements = statements;
        this.like = like;
        this.largeIn = largeIn;
        this.ddl = ddl;
        this.errors = errors;
        this.querySyntax = QuerySyntax.of(name);
    }

    /**
     * A built-in dialect by name: {@code h2}, {@code postgresql}, {@code mariadb}, {@code mysql} or
     * {@code sqlite} (case-insensitive).
     *
     * @param name the name
     * @return the dialect
     * @throws IllegalArgumentException naming the known dialects
     */
    public static Dialect forName(String name) {
        switch (name.toLowerCase(Locale.ROOT).trim()) {
            case "h2":
                return H2;
            case "postgresql":
            case "postgres":
                return POSTGRESQL;
            case "mariadb":
                return MARIADB;
            case "mysql":
                return MYSQL;
            case "sqlite":
                return SQLITE;
            default:
                throw new IllegalArgumentException(
                        "Unknown dialect '"
                                + name
                                + "' (known: h2, postgresql, mariadb, mysql, sqlite)");
        }
    }

    /**
     * The dialect of the database behind a connection, from its product name.
     *
     * @param connection an open connection
     * @return the dialect
     * @throws IllegalArgumentException if the database is not supported
     */
    public static Dialect detect(Connection connection) {
        try {
            DatabaseMetaData md = connection.getMetaData();
            String product = md.getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("h2")) {
                return H2;
            }
            if (product.contains("postgres")) {
                return POSTGRESQL;
            }
            if (product.contains("mariadb")) {
                return MARIADB;
            }
            if (product.contains("mysql")) {
                // MariaDB servers may call themselves MySQL through older drivers
                String version = md.getDatabaseProductVersion().toLowerCase(Locale.ROOT);
                return version.contains("mariadb") ? MARIADB : MYSQL;
            }
            if (product.contains("sqlite")) {
                return SQLITE;
            }
            throw new IllegalArgumentException(
                    "No Qlio dialect for database '"
                            + md.getDatabaseProductName()
                            + "': set one explicitly (Database.builder(...).dialect(...)); built in: h2, postgresql,"
                            + " mariadb, mysql, sqlite");
        } catch (SQLException ex) {
            throw new IllegalStateException(
                    "Cannot read the database product name to detect the dialect", ex);
        }
    }

    /**
     * The dialect's name, as the {@code qlio.orm.dialect} property spells it.
     *
     * @return the name
     */
    public String name() {
        return this.name;
    }

    /**
     * How identifiers are quoted, and how long they may be.
     *
     * @return the identifier role
     */
    public Identifiers identifiers() {
        return this.identifiers;
    }

    /**
     * How each type is named in DDL, bound, read and checked.
     *
     * @return the type role
     */
    public TypeMapping types() {
        return this.types;
    }

    /**
     * Paging, upserts, generated keys, streaming, batches and parameter limits.
     *
     * @return the statement role
     */
    public Statements statements() {
        return this.statements;
    }

    /**
     * The SQL of a {@code LIKE} and the value bound for its pattern.
     *
     * @return the pattern-matching role
     */
    public Like like() {
        return this.like;
    }

    /**
     * Long {@code IN} lists bound as one parameter.
     *
     * @return the large-{@code IN} role
     */
    public LargeIn largeIn() {
        return this.largeIn;
    }

    /**
     * Auto-increment keys, {@code IF EXISTS}, table options, dropping keys and indexes.
     *
     * @return the DDL role
     */
    public DdlSyntax ddl() {
        return this.ddl;
    }

    /**
     * Error translation and message redaction.
     *
     * @return the error role
     */
    public ErrorTranslation errors() {
        return this.errors;
    }

    /**
     * How typed queries beyond rows are written: functions, null ordering, row locks.
     *
     * @return the query syntax
     */
    public QuerySyntax querySyntax() {
        return this.querySyntax;
    }

    @Override
    public String toString() {
        return this.name;
    }
}
