package dev.qlio.orm.schema;

/**
 * A resolved foreign key: {@code column} references {@code target}. Declared with {@link
 * Column#references(String)} as a floating {@code "table.column"} reference and resolved by {@link
 * TableMetadata#setupTables()}, per registry.
 *
 * @param column the referencing column
 * @param target the referenced column
 */
public record ForeignKey(Column<?> column, Column<?> target) {

    /**
     * The default constraint name, {@code fk_<table>_<column>}.
     *
     * @return the name
     */
    public String constraintName() {
        return "fk_" + this.column.table().name() + "_" + this.column.name();
    }
}
