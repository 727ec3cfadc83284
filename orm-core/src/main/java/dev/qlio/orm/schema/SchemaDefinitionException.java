package dev.qlio.orm.schema;

import org.jspecify.annotations.Nullable;

/**
 * A table class or the set of registered tables is not a valid schema: thrown by {@link
 * TableMetadata#registerTable} and {@link TableMetadata#setupTables()}, naming the class and the
 * field at fault.
 */
public class SchemaDefinitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient @Nullable Class<?> tableClass;

    /** The field of the table class the problem is in, if it is in one. */
    private final @Nullable String fieldName;

    /**
     * A problem with a table class or one of its fields.
     *
     * @param tableClass the class at fault
     * @param fieldName the field at fault, or {@code null} for the class as a whole
     * @param problem what is wrong and how to fix it
     */
    public SchemaDefinitionException(
            Class<?> tableClass, @Nullable String fieldName, String problem) {
        this(tableClass, fieldName, problem, null);
    }

    /**
     * A problem with a table class or one of its fields, with its cause.
     *
     * @param tableClass the class at fault
     * @param fieldName the field at fault, or {@code null}
     * @param problem what is wrong and how to fix it
     * @param cause the cause
     */
    public SchemaDefinitionException(
            Class<?> tableClass,
            @Nullable String fieldName,
            String problem,
            @Nullable Throwable cause) {
        super(
                "Table class "
                        + tableClass.getName()
                        + (fieldName != null ? ", field " + fieldName : "")
                        + ": "
                        + problem,
                cause);
        this.tableClass = tableClass;
        this.fieldName = fieldName;
    }

    /**
     * The table class at fault.
     *
     * @return the class, or {@code null} when deserialised
     */
    public @Nullable Class<?> getTableClass() {
        return this.tableClass;
    }

    /**
     * The field at fault.
     *
     * @return the field name, or {@code null} for the class as a whole
     */
    public @Nullable String getFieldName() {
        return this.fieldName;
    }
}
