package dev.qlio.orm.dialect;

/**
 * The pattern-matching role of a dialect: the SQL of a {@code LIKE} and the value bound for its
 * pattern, which must agree, so they live in one object. Patterns use {@code %} and {@code _}, with
 * {@code \} escaping them and itself. Thread-safe.
 */
public class Like {

    private final boolean ilike;

    private final String escapeClause;

    /**
     * {@code LIKE} with a backslash escape; case-insensitive with {@code ILIKE} where the database
     * has it, else by lowering both sides with the database's {@code LOWER}: both sides must fold
     * the same way, and Java's lower case differs from a database's for characters such as {@code
     * İ} or a final {@code Σ}, so the pattern is never lowered in Java.
     *
     * @param ilike whether the database has {@code ILIKE}
     * @param escapeClause the clause after the pattern making {@code \} the escape character, as
     *     the database's string literals spell it
     */
    public Like(boolean ilike, String escapeClause) {
        this.ilike = ilike;
        this.escapeClause = escapeClause;
    }

    /**
     * Appends a pattern match on a rendered column, with one parameter for the pattern (see {@link
     * #parameter}).
     *
     * @param sql the statement so far
     * @param columnSql the rendered column
     * @param ignoreCase whether the match ignores case
     */
    public void append(StringBuilder sql, String columnSql, boolean ignoreCase) {
        if (!ignoreCase) {
            sql.append(columnSql).append(" LIKE ?");
        } else if (this.ilike) {
            sql.append(columnSql).append(" ILIKE ?");
        } else {
            sql.append("LOWER(").append(columnSql).append(") LIKE LOWER(?)");
        }
        sql.append(this.escapeClause);
    }

    /**
     * The value bound for a pattern rendered by {@link #append}.
     *
     * @param pattern the pattern, {@code \} escaping {@code %}, {@code _} and itself
     * @param ignoreCase whether the match ignores case
     * @return the parameter value
     */
    public String parameter(String pattern, boolean ignoreCase) {
        // the database folds the pattern (LOWER(?) or ILIKE), as it folds the column
        return pattern;
    }

    /**
     * Whether the database has {@code ILIKE}.
     *
     * @return whether it does
     */
    public boolean supportsIlike() {
        return this.ilike;
    }

    /**
     * The escape clause after a {@code LIKE} pattern, making {@code \} the escape character.
     *
     * @return the SQL text
     */
    public String escapeClause() {
        return this.escapeClause;
    }
}
