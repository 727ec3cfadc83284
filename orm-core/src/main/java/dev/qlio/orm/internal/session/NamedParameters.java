package dev.qlio.orm.internal.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Raw SQL with {@code :name} parameters turned into positional {@code ?} ones, read the way the
 * database reads it: a {@code :name} inside a string literal, quoted identifier, comment or
 * PostgreSQL dollar-quoted body is text, not a parameter. Spring JDBC's parser knows only standard
 * SQL, so it misreads PostgreSQL's {@code E'\''} and {@code $$...$$}, and MariaDB's {@code '\''}
 * and {@code # comments}. A collection value becomes one {@code ?} per element.
 */
final class NamedParameters {

    private final String sql;

    private final boolean mariaDb;

    private final boolean postgres;

    private final StringBuilder out;

    private final List<@Nullable Object> args = new ArrayList<>();

    private int plainPlaceholders;

    private int named;

    private NamedParameters(String sql, String dialect) {
        this.sql = sql;
        this.mariaDb = "mariadb".equals(dialect) || "mysql".equals(dialect);
        this.postgres = "postgresql".equals(dialect);
        this.out = new StringBuilder(sql.length() + 16);
    }

    /**
     * Parses SQL for a dialect and binds the parameters.
     *
     * @param sql the SQL with {@code :name} parameters
     * @param dialect the dialect's name
     * @param params the values by name
     * @return the JDBC SQL and its arguments in order
     * @throws IllegalArgumentException for a parameter without a value, a literal or comment that
     *     does not end, or named parameters mixed with {@code ?}
     */
    static Parsed parse(String sql, String dialect, Map<String, ?> params) {
        NamedParameters p = new NamedParameters(sql, dialect);
        p.scan(params);
        return new Parsed(p.out.toString(), p.args);
    }

    /** The JDBC SQL and its arguments. */
    record Parsed(String sql, List<@Nullable Object> args) {}

    private void scan(Map<String, ?> params) {
        int i = 0;
        int n = this.sql.length();
        while (i < n) {
            char c = this.sql.charAt(i);
            int end;
            if (c == '\'') {
                end = quoted(i, '\'', this.mariaDb || escapeString(i));
            } else if (c == '"') {
                end = quoted(i, '"', this.mariaDb);
            } else if (c == '`' && this.mariaDb) {
                end = quoted(i, '`', false);
            } else if (c == '-' && next(i) == '-') {
                end = lineEnd(i);
            } else if (c == '#' && this.mariaDb) {
                end = lineEnd(i);
            } else if (c == '/' && next(i) == '*') {
                end = blockCommentEnd(i);
            } else if (c == '$' && this.postgres && dollarTag(i) != null) {
                end = dollarQuoted(i, dollarTag(i));
            } else if (c == ':' && (next(i) == ':' || next(i) == '=')) {
                end = i + 2; // a PostgreSQL cast or a MariaDB assignment
            } else if (c == ':' && Character.isJavaIdentifierStart(next(i))) {
                end = parameter(i, params);
                i = end;
                continue;
            } else {
                if (c == '?') {
                    this.plainPlaceholders++;
                }
                end = i + 1;
            }
            this.out.append(this.sql, i, end);
            i = end;
        }
        if (this.named > 0 && this.plainPlaceholders > 0) {
            throw new IllegalArgumentException(
                    "Raw SQL mixes :named parameters with ? placeholders; use one kind: "
                            + excerpt(0));
        }
    }

    /** Whether the literal at {@code i} is PostgreSQL's {@code E'...'} with backslash escapes. */
    private boolean escapeString(int i) {
        if (!this.postgres || i == 0) {
            return false;
        }
        char prefix = this.sql.charAt(i - 1);
        return (prefix == 'E' || prefix == 'e')
                && (i == 1 || !Character.isJavaIdentifierPart(this.sql.charAt(i - 2)));
    }

    private int quoted(int start, char quote, boolean backslashEscapes) {
        int i = start + 1;
        while (i < this.sql.length()) {
            char c = this.sql.charAt(i);
            if (c == '\\' && backslashEscapes) {
                i += 2;
            } else if (c == quote) {
                if (next(i) != quote) {
                    return i + 1;
                }
                i += 2;
            } else {
                i++;
            }
        }
        throw unterminated(start, "quoted text");
    }

    private int lineEnd(int start) {
        int nl = this.sql.indexOf('\n', start);
        return nl < 0 ? this.sql.length() : nl;
    }

    private int blockCommentEnd(int start) {
        int close = this.sql.indexOf("*/", start + 2);
        if (close < 0) {
            throw unterminated(start, "comment");
        }
        return close + 2;
    }

    /** The tag of a PostgreSQL dollar quote ({@code $$} or {@code $tag$}) at {@code i}, if any. */
    private @Nullable String dollarTag(int i) {
        if (i > 0 && Character.isJavaIdentifierPart(this.sql.charAt(i - 1))) {
            return null; // part of an identifier such as a$b
        }
        int j = i + 1;
        while (j < this.sql.length()
                && (Character.isLetter(this.sql.charAt(j))
                        || this.sql.charAt(j) == '_'
                        || (j > i + 1 && Character.isDigit(this.sql.charAt(j))))) {
            j++;
        }
        return j < this.sql.length() && this.sql.charAt(j) == '$'
                ? this.sql.substring(i, j + 1)
                : null;
    }

    private int dollarQuoted(int start, @Nullable String tag) {
        String t = tag == null ? "$$" : tag;
        int close = this.sql.indexOf(t, start + t.length());
        if (close < 0) {
            throw unterminated(start, "dollar-quoted text");
        }
        return close + t.length();
    }

    private int parameter(int start, Map<String, ?> params) {
        int j = start + 1;
        while (j < this.sql.length() && Character.isJavaIdentifierPart(this.sql.charAt(j))) {
            j++;
        }
        String name = this.sql.substring(start + 1, j);
        if (!params.containsKey(name)) {
            throw new IllegalArgumentException(
                    "No value supplied for the SQL parameter '"
                            + name
                            + "' at offset "
                            + start
                            + " ("
                            + excerpt(start)
                            + "); given: "
                            + params.keySet()
                            + ". A :name inside a string literal, quoted name or comment is text;"
                            + " if this one should be, check that the literal before it is closed");
        }
        this.named++;
        Object value = params.get(name);
        if (value instanceof Iterable<?> values) {
            boolean first = true;
            for (Object v : values) {
                this.out.append(first ? "?" : ", ?");
                this.args.add(v);
                first = false;
            }
        } else {
            this.out.append('?');
            this.args.add(value);
        }
        return j;
    }

    private char next(int i) {
        return i + 1 < this.sql.length() ? this.sql.charAt(i + 1) : '\0';
    }

    private IllegalArgumentException unterminated(int start, String what) {
        return new IllegalArgumentException(
                "Raw SQL has "
                        + what
                        + " that does not end, starting at offset "
                        + start
                        + ": "
                        + excerpt(start));
    }

    private String excerpt(int start) {
        int end = Math.min(this.sql.length(), start + 40);
        return this.sql.substring(start, end) + (end < this.sql.length() ? "..." : "");
    }
}
