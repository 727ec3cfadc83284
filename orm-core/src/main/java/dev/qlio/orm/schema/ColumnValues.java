package dev.qlio.orm.schema;

import dev.qlio.orm.schema.types.SqlType;
import org.jspecify.annotations.Nullable;

/**
 * Checks of values against a column's type, for a row ({@link Table#set}) and for a condition
 * ({@link Column#eq} and the other operators), each failing with a message that names the column.
 */
final class ColumnValues {

    private ColumnValues() {}

    /**
     * A value a row may hold: {@code null}, or of the column's Java type, and for a {@code
     * VARCHAR(n)} no longer than n characters.
     */
    static void checkStorable(Column<?> column, @Nullable Object value) {
        if (value == null) {
            return;
        }
        SqlType<?> type = column.type();
        if (!type.javaType().isInstance(value)) {
            throw new IllegalArgumentException(
                    "Column "
                            + column.describe()
                            + " holds "
                            + type.javaType().getName()
                            + ", not "
                            + value.getClass().getName());
        }
        if (type.kind() == SqlType.Kind.VARCHAR
                && value instanceof String s
                && s.codePointCount(0, s.length()) > type.length()) {
            throw new IllegalArgumentException(
                    "Column "
                            + column.describe()
                            + " is "
                            + type
                            + ": a value of "
                            + s.codePointCount(0, s.length())
                            + " characters does not fit; shorten it or widen the column");
        }
    }

    /**
     * An operand of a condition: never {@code null} (SQL NULL is tested with {@code isNull()}), and
     * of the column's Java type.
     *
     * @param nullAlternative the operator to suggest for a {@code null}, if there is one
     */
    static void checkOperand(
            Column<?> column,
            @Nullable Object value,
            String operator,
            @Nullable String nullAlternative) {
        if (value == null) {
            throw new IllegalArgumentException(
                    "Column "
                            + column.describe()
                            + ": "
                            + operator
                            + " got null; "
                            + (nullAlternative != null
                                    ? "use " + nullAlternative + " to test for SQL NULL"
                                    : "comparisons with NULL match no row, use isNull() or isNotNull()"));
        }
        if (!column.type().javaType().isInstance(value)) {
            throw new IllegalArgumentException(
                    "Column "
                            + column.describe()
                            + ": "
                            + operator
                            + " got a "
                            + value.getClass().getName()
                            + ", expected "
                            + column.type().javaType().getName());
        }
    }
}
