package dev.qlio.orm.dialect;

import dev.qlio.orm.schema.types.ValueNotStorableException;

/**
 * Refuses, before it is sent, a value the database would alter or cannot hold; built once per
 * column (or per kind) by {@link TypeMapping}, so checking an ordinary value costs a comparison or
 * two and allocates nothing.
 */
@FunctionalInterface
public interface ValueCheck {

    /**
     * Checks one non-null value.
     *
     * @param column names the column for the message: {@code table.column}, or a phrase such as
     *     {@code a raw SQL parameter}
     * @param value the value, never {@code null}
     * @throws ValueNotStorableException if the database would refuse or alter it
     */
    void check(String column, Object value);

    /**
     * This check, then {@code next}.
     *
     * @param next the check to run after this one
     * @return the combined check
     */
    default ValueCheck andThen(ValueCheck next) {
        return (column, value) -> {
            check(column, value);
            next.check(column, value);
        };
    }
}
