package dev.qlio.orm.schema.types;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * A value refused before it was sent, because the database would have altered it (rounded a
 * decimal, replaced a character) or cannot hold it (NaN on MariaDB). The message names the table,
 * the column, the kind of value (never the value) and the fix. Nothing of the statement was sent.
 */
public class ValueNotStorableException extends DataIntegrityViolationException {

    private static final long serialVersionUID = 1L;

    /**
     * A refusal.
     *
     * @param message names the table, the column, the kind of value and the fix
     */
    public ValueNotStorableException(String message) {
        super(message);
    }
}
