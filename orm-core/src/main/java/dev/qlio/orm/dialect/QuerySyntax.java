package dev.qlio.orm.dialect;

import org.jspecify.annotations.Nullable;

/**
 * How a dialect writes the parts of typed queries beyond rows of one table, so that each means the
 * same on every database: concatenation, text length, the current instant, integer division, where
 * {@code NULL}s sort, and row locks ({@code FOR UPDATE}). One role of a {@link Dialect}; extend it
 * for a dialect of your own.
 */
public class QuerySyntax {

    private final String dialect;

    private final boolean concatFunction;

    private final boolean nullsOrdering;

    /**
     * The syntax of a built-in dialect.
     *
     * @param dialect the dialect's name: {@code h2}, {@code postgresql}, {@code mariadb}, {@code
     *     mysql} or {@code sqlite} (any other gets standard SQL and no row locks)
     * @return its syntax
     */
    public static QuerySyntax of(String dialect) {
        return new QuerySyntax(dialect);
    }

    /**
     * The syntax of a dialect.
     *
     * @param dialect the dialect's name
     */
    protected QuerySyntax(String dialect) {
        this.dialect = dialect;
        this.concatFunction = mariaDbFamily();
        // MariaDB and MySQL have no NULLS FIRST / NULLS LAST
        this.nullsOrdering = !mariaDbFamily();
    }

    private boolean mariaDbFamily() {
        return "mariadb".equals(this.dialect) || "mysql".equals(this.dialect);
    }

    /**
     * Whether text is concatenated with a {@code CONCAT(a, b)} function rather than {@code a || b}
     * (MariaDB and MySQL, where {@code ||} means OR). Both give NULL when any part is NULL.
     *
     * @return {@code true} for {@code CONCAT}
     */
    public boolean concatFunction() {
        return this.concatFunction;
    }

    /**
     * The type a non-text part of a concatenation is cast to, or {@code null} when none is needed
     * (PostgreSQL's {@code ||} refuses two non-text operands).
     *
     * @return the SQL type name or {@code null}
     */
    public @Nullable String textCast() {
        return "postgresql".equals(this.dialect) ? "TEXT" : null;
    }

    /**
     * The function giving a text's length in characters: {@code CHAR_LENGTH} ({@code LENGTH} counts
     * bytes on MariaDB), {@code LENGTH} on SQLite.
     *
     * @return the function name
     */
    public String charLength() {
        return "sqlite".equals(this.dialect) ? "LENGTH" : "CHAR_LENGTH";
    }

    /**
     * The current instant, as a value comparable with the dialect's {@code TIMESTAMPTZ} columns:
     * MariaDB stores them in UTC, SQLite as ISO-8601 text with nine fraction digits.
     *
     * @return the SQL expression
     */
    public String currentTimestamp() {
        switch (this.dialect) {
            case "mariadb":
            case "mysql":
                return "UTC_TIMESTAMP(6)";
            case "sqlite":
                return "(strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000000Z')";
            default:
                return "CURRENT_TIMESTAMP";
        }
    }

    /**
     * The operator dividing two integers with the result truncated toward zero ({@code DIV} on
     * MariaDB and MySQL, whose {@code /} gives a decimal).
     *
     * @return the operator, with spaces around it
     */
    public String integerDivision() {
        return mariaDbFamily() ? " DIV " : " / ";
    }

    /**
     * The parameter of a {@code NUMERIC} value compared with a computed expression: SQLite stores
     * decimals as text, and a text parameter compares as greater than every number there.
     *
     * @return the parameter text
     */
    public String numericParameter() {
        return "sqlite".equals(this.dialect) ? "CAST(? AS NUMERIC)" : "?";
    }

    /**
     * Whether {@code NULLS FIRST} and {@code NULLS LAST} exist; where not, Qlio sorts on {@code
     * expression IS NULL} first.
     *
     * @return whether they exist
     */
    public boolean nullsOrdering() {
        return this.nullsOrdering;
    }

    /**
     * Appends the row lock of a select.
     *
     * @param sql the statement so far
     * @param share {@code true} for a shared lock ({@code FOR SHARE}), else {@code FOR UPDATE}
     * @param wait {@code NOWAIT}, {@code SKIP LOCKED}, or {@code null} to wait
     * @param ofQualifier the quoted qualifier of the table whose rows are locked when the select
     *     joins others (PostgreSQL locks only its rows), or {@code null}
     * @throws UnsupportedOperationException where the database has no such lock, saying what to do
     */
    public void appendLock(
            StringBuilder sql, boolean share, @Nullable String wait, @Nullable String ofQualifier) {
        switch (this.dialect) {
            case "postgresql":
                sql.append(share ? " FOR SHARE" : " FOR UPDATE");
                if (ofQualifier != null) {
                    sql.append(" OF ").append(ofQualifier);
                }
                break;
            case "mariadb":
                sql.append(share ? " LOCK IN SHARE MODE" : " FOR UPDATE");
                break;
            case "mysql":
                sql.append(share ? " FOR SHARE" : " FOR UPDATE");
                break;
            case "h2":
                if (share) {
                    throw new UnsupportedOperationException(
                            "H2 has no shared row locks (FOR SHARE): use forUpdate(), which locks"
                                    + " the rows exclusively");
                }
                sql.append(" FOR UPDATE");
                break;
            case "sqlite":
                throw new UnsupportedOperationException(
                        "SQLite has no row locks (FOR UPDATE / FOR SHARE): a write transaction"
                                + " locks the whole database. Leave out forUpdate()/forShare() on"
                                + " SQLite, or write first (an update takes the write lock)");
            default:
                throw new UnsupportedOperationException(
                        "Dialect " + this.dialect + " declares no row locks");
        }
        if (wait != null) {
            sql.append(' ').append(wait);
        }
    }
}
