package dev.qlio.orm.schema.types;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.TypeMismatchDataAccessException;

/**
 * A value read from the database that does not fit its column's Java type: an integer out of the
 * type's range in SQLite's dynamically typed columns, text where a number belongs, an enum name the
 * enum no longer has. Qlio never hands out a wrapped-around or guessed value instead. The message
 * names the table, the column and the row's key (when thrown from a row being read).
 */
public class ValueNotReadableException extends TypeMismatchDataAccessException {

    private static final long serialVersionUID = 1L;

    /**
     * A value that does not fit.
     *
     * @param message what was found and, once known, where
     */
    public ValueNotReadableException(String message) {
        super(message);
    }

    /**
     * A value that does not fit, with the failure it caused.
     *
     * @param message what was found and where
     * @param cause the conversion's failure
     */
    public ValueNotReadableException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
