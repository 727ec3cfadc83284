package dev.qlio.orm.schema;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The primary key of a table: one column or several (a composite key). Derived from the columns
 * marked {@link Column#primaryKey()}, or set with {@link TableMeta#setPrimaryKey}:
 *
 * <pre>{@code
 * TableMeta.of(Membership.class).setPrimaryKey(new PrimaryKey(Membership.USER_ID, Membership.GROUP_ID));
 * }</pre>
 */
public final class PrimaryKey {

    private final List<Column<?>> columns;

    private volatile @Nullable TableMeta<?> table;

    /**
     * A key over the given columns, all of one table.
     *
     * @param columns one or more columns
     */
    public PrimaryKey(Column<?>... columns) {
        if (columns.length == 0) {
            throw new IllegalArgumentException("A primary key needs at least one column");
        }
        Class<?> owner = columns[0].declaringClass();
        for (Column<?> c : columns) {
            if (c.declaringClass() != owner || c.aliasQualifier() != null) {
                throw new IllegalArgumentException(
                        "Primary key columns must all belong to " + owner.getName() + ", not " + c);
            }
        }
        this.columns = List.of(columns);
        if (this.columns.stream().distinct().count() != this.columns.size()) {
            throw new IllegalArgumentException("Primary key " + this + " names a column twice");
        }
    }

    PrimaryKey(TableMeta<?> table, List<Column<?>> columns) {
        this.columns = List.copyOf(columns);
        this.table = table;
    }

    /**
     * The key's columns, in key order.
     *
     * @return an unmodifiable list
     */
    public List<Column<?>> columns() {
        return this.columns;
    }

    /**
     * The table the key belongs to.
     *
     * @return the table description
     */
    public TableMeta<?> table() {
        TableMeta<?> t = this.table;
        if (t == null) {
            t = TableMeta.of(this.columns.get(0).declaringClass());
            this.table = t;
        }
        return t;
    }

    /**
     * Whether the key has more than one column.
     *
     * @return whether it is composite
     */
    public boolean isComposite() {
        return this.columns.size() > 1;
    }

    @Override
    public String toString() {
        return "PrimaryKey("
                + this.columns.stream().map(Column::name).collect(Collectors.joining(", "))
                + ")";
    }
}
