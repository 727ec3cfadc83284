package dev.qlio.orm.dialect;

import dev.qlio.orm.schema.types.SqlType;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;

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
 *
 * <p>The instance methods below the role accessors are transitional forwarders to the roles, kept
 * only so that existing call sites compile; the call-site sweep of issue 12 moves every caller to
 * the role and removes them. New code calls the roles.
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

    @Override
    public String toString() {
        return this.name;
    }

    // ---- transitional forwarders: removed by the call-site sweep; call the roles instead -----

    /**
     * Quotes an identifier; forwards to {@link Identifiers#quote}.
     *
     * @param identifier see the role
     * @return see the role
     * @deprecated transitional: call {@code identifiers().quote(...)}
     */
    @Deprecated
    public String quote(String identifier) {
        return this.identifiers.quote(identifier);
    }

    /**
     * The longest identifier the database accepts; forwards to {@link Identifiers#maxLength}.
     *
     * @return see the role
     * @deprecated transitional: call {@code identifiers().maxLength(...)}
     */
    @Deprecated
    public int maxIdentifierLength() {
        return this.identifiers.maxLength();
    }

    /**
     * The length of an identifier as the database counts it; forwards to {@link
     * Identifiers#length}.
     *
     * @param identifier see the role
     * @return see the role
     * @deprecated transitional: call {@code identifiers().length(...)}
     */
    @Deprecated
    public int identifierLength(String identifier) {
        return this.identifiers.length(identifier);
    }

    /**
     * Checks an identifier against the database's length limit; forwards to {@link
     * Identifiers#check}.
     *
     * @param what see the role
     * @param identifier see the role
     * @deprecated transitional: call {@code identifiers().check(...)}
     */
    @Deprecated
    public void checkIdentifier(String what, String identifier) {
        this.identifiers.check(what, identifier);
    }

    /**
     * A generated name made to fit the length limit; forwards to {@link Identifiers#fit}.
     *
     * @param name see the role
     * @return see the role
     * @deprecated transitional: call {@code identifiers().fit(...)}
     */
    @Deprecated
    public String fitIdentifier(String name) {
        return this.identifiers.fit(name);
    }

    /**
     * The type's name in DDL; forwards to {@link TypeMapping#typeName}.
     *
     * @param type see the role
     * @return see the role
     * @deprecated transitional: call {@code types().typeName(...)}
     */
    @Deprecated
    public String typeName(SqlType<?> type) {
        return this.types.typeName(type);
    }

    /**
     * The binder for a type; forwards to {@link TypeMapping#binder}.
     *
     * @param type see the role
     * @return see the role
     * @deprecated transitional: call {@code types().binder(...)}
     */
    @Deprecated
    public ValueBinder binder(SqlType<?> type) {
        return this.types.binder(type);
    }

    /**
     * The reader for a type; forwards to {@link TypeMapping#reader}.
     *
     * @param type see the role
     * @return see the role
     * @deprecated transitional: call {@code types().reader(...)}
     */
    @Deprecated
    public ValueReader reader(SqlType<?> type) {
        return this.types.reader(type);
    }

    /**
     * Checks that the database can store a value exactly; forwards to {@link
     * TypeMapping#checkValue}.
     *
     * @param column see the role
     * @param kind see the role
     * @param value see the role
     * @deprecated transitional: call {@code types().checkValue(...)}
     */
    @Deprecated
    public void checkValue(String column, SqlType.Kind kind, Object value) {
        this.types.checkValue(column, kind, value);
    }

    /**
     * Whether values need checking; forwards to {@link TypeMapping#checksValues}.
     *
     * @return see the role
     * @deprecated transitional: call {@code types().checksValues(...)}
     */
    @Deprecated
    public boolean checksValues() {
        return this.types.checksValues();
    }

    /**
     * The SQL type name of array elements; forwards to {@link TypeMapping#arrayElementType}.
     *
     * @param kind see the role
     * @return see the role
     * @deprecated transitional: call {@code types().arrayElementType(...)}
     */
    @Deprecated
    public String arrayElementType(SqlType.Kind kind) {
        return this.types.arrayElementType(kind);
    }

    /**
     * Appends paging; forwards to {@link Statements#appendLimitOffset}.
     *
     * @param sql see the role
     * @param limit see the role
     * @param offset see the role
     * @deprecated transitional: call {@code statements().appendLimitOffset(...)}
     */
    @Deprecated
    public void appendLimitOffset(StringBuilder sql, int limit, int offset) {
        this.statements.appendLimitOffset(sql, limit, offset);
    }

    /**
     * The most parameters one statement may bind; forwards to {@link Statements#maxBindParameters}.
     *
     * @return see the role
     * @deprecated transitional: call {@code statements().maxBindParameters(...)}
     */
    @Deprecated
    public int maxBindParameters() {
        return this.statements.maxBindParameters();
    }

    /**
     * Prepares an {@code INSERT} that returns generated keys; forwards to {@link
     * Statements#prepareInsertReturningKeys}.
     *
     * @param connection see the role
     * @param sql see the role
     * @param keyColumns see the role
     * @return see the role
     * @throws SQLException if the driver fails
     * @deprecated transitional: call {@code statements().prepareInsertReturningKeys(...)}
     */
    @Deprecated
    public PreparedStatement prepareInsertReturningKeys(
            Connection connection, String sql, String[] keyColumns) throws SQLException {
        return this.statements.prepareInsertReturningKeys(connection, sql, keyColumns);
    }

    /**
     * The single-statement upsert of a row by key, or {@code null}; forwards to {@link
     * Statements#upsert}.
     *
     * @param table see the role
     * @param columns see the role
     * @param keyColumns see the role
     * @param updateColumns see the role
     * @return see the role
     * @deprecated transitional: call {@code statements().upsert(...)}
     */
    @Deprecated
    public @Nullable String upsert(
            String table,
            List<String> columns,
            List<String> keyColumns,
            List<String> updateColumns) {
        return this.statements.upsert(table, columns, keyColumns, updateColumns);
    }

    /**
     * Prepares a statement for streaming; forwards to {@link Statements#prepareForStreaming}.
     *
     * @param statement see the role
     * @param fetchSize see the role
     * @throws SQLException if the driver fails
     * @deprecated transitional: call {@code statements().prepareForStreaming(...)}
     */
    @Deprecated
    public void prepareForStreaming(Statement statement, int fetchSize) throws SQLException {
        this.statements.prepareForStreaming(statement, fetchSize);
    }

    /**
     * Whether streaming needs auto-commit off; forwards to {@link
     * Statements#streamingNeedsTransaction}.
     *
     * @return see the role
     * @deprecated transitional: call {@code statements().streamingNeedsTransaction(...)}
     */
    @Deprecated
    public boolean streamingNeedsTransaction() {
        return this.statements.streamingNeedsTransaction();
    }

    /**
     * Whether a batch of inserts returns every generated key; forwards to {@link
     * Statements#supportsBatchGeneratedKeys}.
     *
     * @return see the role
     * @deprecated transitional: call {@code statements().supportsBatchGeneratedKeys(...)}
     */
    @Deprecated
    public boolean supportsBatchGeneratedKeys() {
        return this.statements.supportsBatchGeneratedKeys();
    }

    /**
     * Whether a batch reports each statement's row count; forwards to {@link
     * Statements#batchReportsRowCounts}.
     *
     * @return see the role
     * @deprecated transitional: call {@code statements().batchReportsRowCounts(...)}
     */
    @Deprecated
    public boolean batchReportsRowCounts() {
        return this.statements.batchReportsRowCounts();
    }

    /**
     * Appends a pattern match; forwards to {@link Like#append}.
     *
     * @param sql see the role
     * @param columnSql see the role
     * @param ignoreCase see the role
     * @deprecated transitional: call {@code like().append(...)}
     */
    @Deprecated
    public void appendLike(StringBuilder sql, String columnSql, boolean ignoreCase) {
        this.like.append(sql, columnSql, ignoreCase);
    }

    /**
     * The value bound for a pattern; forwards to {@link Like#parameter}.
     *
     * @param pattern see the role
     * @param ignoreCase see the role
     * @return see the role
     * @deprecated transitional: call {@code like().parameter(...)}
     */
    @Deprecated
    public String likeParameter(String pattern, boolean ignoreCase) {
        return this.like.parameter(pattern, ignoreCase);
    }

    /**
     * Whether the database has {@code ILIKE}; forwards to {@link Like#supportsIlike}.
     *
     * @return see the role
     * @deprecated transitional: call {@code like().supportsIlike(...)}
     */
    @Deprecated
    public boolean supportsIlike() {
        return this.like.supportsIlike();
    }

    /**
     * The escape clause after a {@code LIKE} pattern; forwards to {@link Like#escapeClause}.
     *
     * @return see the role
     * @deprecated transitional: call {@code like().escapeClause(...)}
     */
    @Deprecated
    public String likeEscape() {
        return this.like.escapeClause();
    }

    /**
     * Appends a test against a list bound as one parameter, if the database can; forwards to {@link
     * LargeIn#append}.
     *
     * @param sql see the role
     * @param columnSql see the role
     * @param kind see the role
     * @param negated see the role
     * @return see the role
     * @deprecated transitional: call {@code largeIn().append(...)}
     */
    @Deprecated
    public boolean appendLargeIn(
            StringBuilder sql, String columnSql, SqlType.Kind kind, boolean negated) {
        return this.largeIn.append(sql, columnSql, kind, negated);
    }

    /**
     * Binds the single parameter of a large {@code IN}; forwards to {@link LargeIn#bind}.
     *
     * @param statement see the role
     * @param index see the role
     * @param kind see the role
     * @param values see the role
     * @throws SQLException if the driver fails
     * @deprecated transitional: call {@code largeIn().bind(...)}
     */
    @Deprecated
    public void bindLargeIn(
            PreparedStatement statement, int index, SqlType.Kind kind, List<?> values)
            throws SQLException {
        this.largeIn.bind(statement, index, kind, values);
    }

    /**
     * The most values one list parameter may hold; forwards to {@link LargeIn#maxListLength}.
     *
     * @return see the role
     * @deprecated transitional: call {@code largeIn().maxListLength(...)}
     */
    @Deprecated
    public int maxListParameterLength() {
        return this.largeIn.maxListLength();
    }

    /**
     * Whether a large {@code IN} list is bound as one array; forwards to {@link
     * LargeIn#bindsArray}.
     *
     * @return see the role
     * @deprecated transitional: call {@code largeIn().bindsArray(...)}
     */
    @Deprecated
    public boolean supportsArrayIn() {
        return this.largeIn.bindsArray();
    }

    /**
     * The column type and clause of an auto-incrementing key; forwards to {@link
     * DdlSyntax#autoincrementType}.
     *
     * @param type see the role
     * @return see the role
     * @deprecated transitional: call {@code ddl().autoincrementType(...)}
     */
    @Deprecated
    public String autoincrementType(SqlType<?> type) {
        return this.ddl.autoincrementType(type);
    }

    /**
     * Whether {@code IF [NOT] EXISTS} works on tables; forwards to {@link
     * DdlSyntax#supportsIfExists}.
     *
     * @return see the role
     * @deprecated transitional: call {@code ddl().supportsIfExists(...)}
     */
    @Deprecated
    public boolean supportsIfExists() {
        return this.ddl.supportsIfExists();
    }

    /**
     * The inline definition of an auto-incrementing key, or {@code null}; forwards to {@link
     * DdlSyntax#inlineAutoincrementKey}.
     *
     * @param type see the role
     * @return see the role
     * @deprecated transitional: call {@code ddl().inlineAutoincrementKey(...)}
     */
    @Deprecated
    public @Nullable String inlineAutoincrementKey(SqlType<?> type) {
        return this.ddl.inlineAutoincrementKey(type);
    }

    /**
     * Text after the closing parenthesis of {@code CREATE TABLE}; forwards to {@link
     * DdlSyntax#tableOptions}.
     *
     * @return see the role
     * @deprecated transitional: call {@code ddl().tableOptions(...)}
     */
    @Deprecated
    public String tableOptions() {
        return this.ddl.tableOptions();
    }

    /**
     * Whether foreign keys can be added and dropped by {@code ALTER TABLE}; forwards to {@link
     * DdlSyntax#supportsAlterForeignKeys}.
     *
     * @return see the role
     * @deprecated transitional: call {@code ddl().supportsAlterForeignKeys(...)}
     */
    @Deprecated
    public boolean supportsAlterForeignKeys() {
        return this.ddl.supportsAlterForeignKeys();
    }

    /**
     * The statement dropping a foreign key; forwards to {@link DdlSyntax#dropForeignKey}.
     *
     * @param quotedTable see the role
     * @param quotedConstraint see the role
     * @return see the role
     * @deprecated transitional: call {@code ddl().dropForeignKey(...)}
     */
    @Deprecated
    public String dropForeignKey(String quotedTable, String quotedConstraint) {
        return this.ddl.dropForeignKey(quotedTable, quotedConstraint);
    }

    /**
     * Whether dropping a column drops its indexes; forwards to {@link
     * DdlSyntax#dropsIndexesWithColumn}.
     *
     * @return see the role
     * @deprecated transitional: call {@code ddl().dropsIndexesWithColumn(...)}
     */
    @Deprecated
    public boolean dropsIndexesWithColumn() {
        return this.ddl.dropsIndexesWithColumn();
    }

    /**
     * The statement dropping an index; forwards to {@link DdlSyntax#dropIndex}.
     *
     * @param quotedTable see the role
     * @param quotedIndex see the role
     * @return see the role
     * @deprecated transitional: call {@code ddl().dropIndex(...)}
     */
    @Deprecated
    public String dropIndex(String quotedTable, String quotedIndex) {
        return this.ddl.dropIndex(quotedTable, quotedIndex);
    }

    /**
     * Translates an error Spring's translator does not know; forwards to {@link
     * ErrorTranslation#translate}.
     *
     * @param task see the role
     * @param sql see the role
     * @param ex see the role
     * @return see the role
     * @deprecated transitional: call {@code errors().translate(...)}
     */
    @Deprecated
    public @Nullable DataAccessException translate(
            String task, @Nullable String sql, SQLException ex) {
        return this.errors.translate(task, sql, ex);
    }

    /**
     * Removes bound values a driver copied into an error message; forwards to {@link
     * ErrorTranslation#redact}.
     *
     * @param message see the role
     * @return see the role
     * @deprecated transitional: call {@code errors().redact(...)}
     */
    @Deprecated
    public String redactMessage(String message) {
        return this.errors.redact(message);
    }
}
