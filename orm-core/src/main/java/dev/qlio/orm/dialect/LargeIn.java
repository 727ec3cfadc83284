package dev.qlio.orm.dialect;

import dev.qlio.orm.schema.types.SqlType;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The large-{@code IN} role of a dialect: up to which size a list is bound as ordinary parameters
 * ({@code IN (?, ?, ...)}, in chunks of {@link #inlineChunk()}), and above it a test of a column
 * against a list bound as ONE parameter (an array, or a JSON document the database unpacks), how
 * that parameter is bound, and how many values it may hold. By default the database has no list
 * parameter, and Qlio binds the values one parameter each. Thread-safe.
 */
public class LargeIn {

    /** Longest list bound as ordinary parameters unless a dialect knows better. */
    public static final int DEFAULT_INLINE_LIMIT = 1000;

    /** No single-parameter lists; subclass for a database that has them. */
    protected LargeIn() {}

    /**
     * The longest list bound as ordinary parameters; longer ones go as list parameters where {@link
     * #append} takes the kind.
     *
     * @return the limit, at least 1
     */
    public int inlineLimit() {
        return DEFAULT_INLINE_LIMIT;
    }

    /**
     * How many ordinary parameters one {@code IN (...)} holds; longer inlined lists are several
     * {@code IN} lists combined with {@code OR} ({@code AND} when negated).
     *
     * @return the chunk size, at least 1
     */
    public int inlineChunk() {
        return DEFAULT_INLINE_LIMIT;
    }

    /**
     * The form of the list parameter these values need, when a dialect has several for a kind (e.g.
     * a column type wide enough for the longest string); part of the statement's shape.
     *
     * @param kind the element kind
     * @param dbValues the database values, none {@code null}
     * @return the variant, {@code 0} by default
     */
    public int variant(SqlType.Kind kind, List<?> dbValues) {
        return 0;
    }

    /**
     * Appends a test of a column against a list bound as a single parameter, in the given
     * {@linkplain #variant variant}, if the database can for this kind.
     *
     * @param sql the statement so far
     * @param columnSql the rendered column
     * @param kind the column's kind
     * @param negated whether this is {@code NOT IN}
     * @param variant the variant of {@link #variant}
     * @return {@code false} (and nothing appended) when the database cannot
     */
    public boolean append(
            StringBuilder sql, String columnSql, SqlType.Kind kind, boolean negated, int variant) {
        return append(sql, columnSql, kind, negated);
    }

    /**
     * Appends a test of a column against a list bound as a single parameter, if the database can
     * for this kind.
     *
     * @param sql the statement so far
     * @param columnSql the rendered column
     * @param kind the column's kind
     * @param negated whether this is {@code NOT IN}
     * @return {@code false} (and nothing appended) when the database cannot
     */
    public boolean append(StringBuilder sql, String columnSql, SqlType.Kind kind, boolean negated) {
        return false;
    }

    /**
     * Whether a long {@code IN} list that is one of a {@code SELECT}'s top-level conditions is
     * better joined as a derived table of its values ({@link #appendJoin}) than tested per row; by
     * default not.
     *
     * @param kind the column's kind
     * @return whether the dialect joins such lists
     */
    public boolean joins(SqlType.Kind kind) {
        return false;
    }

    /**
     * Appends {@code JOIN (<values of the list parameters>) alias ON column = alias.v}, for a
     * dialect whose {@link #joins} answers {@code true}; each part is bound by {@link #bind}, and
     * the values of all parts are distinct (Qlio removes repeated values before binding them).
     *
     * @param sql the statement so far, its {@code FROM} item written
     * @param columnSql the rendered column
     * @param kind the column's kind
     * @param parts how many list parameters the values take
     * @param alias the derived table's alias, unique in the statement
     */
    public void appendJoin(
            StringBuilder sql, String columnSql, SqlType.Kind kind, int parts, String alias) {
        throw new UnsupportedOperationException("no joined IN lists in this dialect");
    }

    /**
     * Binds the single parameter of {@link #append}: by default a JSON array as text, for databases
     * that unpack it ({@code JSON_TABLE}, {@code json_each}).
     *
     * @param statement the statement
     * @param index the parameter index
     * @param kind the element kind
     * @param values the database values of the kind, none {@code null}
     * @throws SQLException if the driver fails
     */
    public void bind(PreparedStatement statement, int index, SqlType.Kind kind, List<?> values)
            throws SQLException {
        List<Object> json = new ArrayList<>(values.size());
        for (Object v : values) {
            json.add(jsonValue(kind, v));
        }
        statement.setString(index, jsonArray(json));
    }

    /**
     * A value as the JSON array of {@link #bind} writes it: by default the value itself (numbers
     * and booleans as JSON numbers and literals, anything else as its text); a dialect maps a kind
     * to the form its unpacked column reads back as the column's own value.
     *
     * @param kind the element kind
     * @param value the database value, not {@code null}
     * @return a number, a boolean, or a value written as its text
     */
    protected Object jsonValue(SqlType.Kind kind, Object value) {
        return value;
    }

    /**
     * The most values one list parameter may hold; longer lists are split over several.
     *
     * @return the limit
     */
    public int maxListLength() {
        return Integer.MAX_VALUE;
    }

    /**
     * Whether the list is bound as a SQL array ({@code = ANY(?)}).
     *
     * @return whether it is
     */
    public boolean bindsArray() {
        return false;
    }

    /**
     * Writes values as a JSON array, for databases that unpack a list parameter from JSON.
     *
     * @param values strings, numbers or UUIDs
     * @return the JSON text
     */
    protected static String jsonArray(List<?> values) {
        StringBuilder sb = new StringBuilder(values.size() * 8 + 2).append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            Object v = values.get(i);
            if (v instanceof Number || v instanceof Boolean) {
                sb.append(v instanceof BigDecimal b ? b.toPlainString() : v.toString());
            } else {
                String s = v.toString();
                sb.append('"');
                for (int j = 0; j < s.length(); j++) {
                    char c = s.charAt(j);
                    if (c == '"' || c == '\\') {
                        sb.append('\\').append(c);
                    } else if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
                sb.append('"');
            }
        }
        return sb.append(']').toString();
    }
}
