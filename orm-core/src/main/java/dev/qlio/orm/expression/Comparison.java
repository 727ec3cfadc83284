package dev.qlio.orm.expression;

/** The comparison operators of a {@link Condition}. */
public enum Comparison {
    /** Equal. */
    EQ("="),
    /** Not equal. */
    NE("<>"),
    /** Less than. */
    LT("<"),
    /** Less than or equal. */
    LE("<="),
    /** Greater than. */
    GT(">"),
    /** Greater than or equal. */
    GE(">=");

    private final String sql;

    Comparison(String sql) {
        this.sql = sql;
    }

    /**
     * The SQL operator.
     *
     * @return the operator text
     */
    public String sql() {
        return this.sql;
    }
}
