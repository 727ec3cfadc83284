package dev.qlio.orm.internal.render;

import dev.qlio.orm.dialect.Dialect;
import org.jspecify.annotations.Nullable;

/**
 * Where a statement's text goes while it is rendered, with text output that can be switched off: a
 * statement whose text is already cached is rendered again with text off, by the very same code, so
 * that its parameters are collected exactly as the cached text expects them.
 */
final class SqlWriter {

    private final Dialect dialect;

    private final @Nullable StringBuilder sql;

    private @Nullable StringBuilder scratch;

    private SqlWriter(Dialect dialect, @Nullable StringBuilder sql) {
        this.dialect = dialect;
        this.sql = sql;
    }

    /** A writer that writes text. */
    static SqlWriter text(Dialect dialect, int capacity) {
        return new SqlWriter(dialect, new StringBuilder(capacity));
    }

    /** A writer that only lets parameters be collected. */
    static SqlWriter paramsOnly(Dialect dialect) {
        return new SqlWriter(dialect, null);
    }

    /** Whether text is written: code that computes text only to append it may skip it when not. */
    boolean on() {
        return this.sql != null;
    }

    Dialect dialect() {
        return this.dialect;
    }

    SqlWriter append(String text) {
        if (this.sql != null) {
            this.sql.append(text);
        }
        return this;
    }

    SqlWriter append(char c) {
        if (this.sql != null) {
            this.sql.append(c);
        }
        return this;
    }

    /** Appends an identifier, quoted by the dialect. */
    SqlWriter quoted(String identifier) {
        if (this.sql != null) {
            this.sql.append(this.dialect.identifiers().quote(identifier));
        }
        return this;
    }

    /** Appends {@code "qualifier"."column"} of a quoted column name. */
    SqlWriter column(String qualifier, String quotedColumn) {
        if (this.sql != null) {
            this.sql
                    .append(this.dialect.identifiers().quote(qualifier))
                    .append('.')
                    .append(quotedColumn);
        }
        return this;
    }

    /**
     * The builder a dialect method appends to: the text itself, or with text off a scratch buffer
     * emptied each time (for methods whose answer decides the parameters, e.g. a large {@code IN}).
     */
    StringBuilder builder() {
        if (this.sql != null) {
            return this.sql;
        }
        StringBuilder s = this.scratch;
        if (s == null) {
            s = new StringBuilder(64);
            this.scratch = s;
        }
        s.setLength(0);
        return s;
    }

    /** Appends {@code LIMIT}/{@code OFFSET} as the dialect writes them. */
    SqlWriter limitOffset(int limit, int offset) {
        if (this.sql != null) {
            this.dialect.statements().appendLimitOffset(this.sql, limit, offset);
        }
        return this;
    }

    /** The current length, to cut back to (text on only). */
    int length() {
        return this.sql != null ? this.sql.length() : 0;
    }

    void setLength(int length) {
        if (this.sql != null) {
            this.sql.setLength(length);
        }
    }

    @Override
    public String toString() {
        return this.sql != null ? this.sql.toString() : "";
    }
}
