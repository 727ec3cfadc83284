package dev.qlio.orm.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * A second name for a table, for self-joins: columns seen through it ({@link #column}) are
 * qualified by the alias.
 *
 * <pre>{@code
 * AliasedTable<Employee> manager = new AliasedTable<>("manager", Employee.class);
 * Condition c = manager.column(Employee.NAME).eq("Grace");
 * }</pre>
 *
 * @param <T> the table class
 */
public final class AliasedTable<T extends Table> {

    private final String aliasName;

    private final Class<T> tableClass;

    /**
     * An alias of a table.
     *
     * @param aliasName the alias, unique within a query
     * @param table the table class
     */
    public AliasedTable(String aliasName, Class<T> table) {
        Objects.requireNonNull(aliasName, "aliasName must not be null");
        if (aliasName.isEmpty() || aliasName.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(
                    "Alias name must be non-empty and free of NUL characters");
        }
        this.aliasName = aliasName;
        this.tableClass = Objects.requireNonNull(table, "table must not be null");
    }

    /**
     * The alias.
     *
     * @return the alias name
     */
    public String aliasName() {
        return this.aliasName;
    }

    /**
     * The aliased table.
     *
     * @return its description
     */
    public TableMeta<T> table() {
        return TableMeta.of(this.tableClass);
    }

    /**
     * A column by name, field name, or alias name ({@code <alias>_<column>} or {@code
     * <table>_<column>}), seen through this alias.
     *
     * @param name the name
     * @return the aliased column, if any
     */
    public Optional<Column<?>> getColumn(String name) {
        Optional<Column<?>> direct = table().getColumn(name);
        if (direct.isPresent()) {
            return direct.map(this::aliased);
        }
        String prefix = this.aliasName + "_";
        if (name.startsWith(prefix)) {
            return table().getColumn(name.substring(prefix.length())).map(this::aliased);
        }
        return Optional.empty();
    }

    /**
     * The column as seen through this alias, for conditions and ordering in self-joins.
     *
     * @param column a column of the aliased table
     * @param <V> the value type
     * @return the aliased column
     */
    public <V> Column<V> column(Column<V> column) {
        if (column.declaringClass() != this.tableClass) {
            throw new IllegalArgumentException(
                    "Column "
                            + column
                            + " does not belong to "
                            + this.tableClass.getName()
                            + ", the table of alias "
                            + this.aliasName);
        }
        return column.origin().aliased(this.aliasName);
    }

    private Column<?> aliased(Column<?> column) {
        return column.aliased(this.aliasName);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AliasedTable<?> that
                && this.aliasName.equals(that.aliasName)
                && this.tableClass == that.tableClass;
    }

    @Override
    public int hashCode() {
        return this.aliasName.hashCode() * 31 + this.tableClass.hashCode();
    }

    @Override
    public String toString() {
        return "AliasedTable[" + this.aliasName + " -> " + this.tableClass.getSimpleName() + "]";
    }
}
