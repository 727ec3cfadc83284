package dev.qlio.orm.schema;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * An index over one or more columns of a table. A single-column index comes from {@link
 * Column#index()}; a multi-column or named one is declared as a field:
 *
 * <pre>{@code
 * public static final Index BY_MAKE_MODEL = Index.on(MAKE, MODEL).unique();
 * }</pre>
 *
 * <p>Its default name is {@code <table>_<column>..._idx}.
 */
public final class Index {

    private final List<Column<?>> columns;

    private boolean unique;

    private @Nullable String explicitName;

    private @Nullable String tableName;

    private @Nullable String fieldName;

    private Index(List<Column<?>> columns) {
        this.columns = columns;
    }

    /**
     * An index over the given columns, in order.
     *
     * @param columns one or more columns of the declaring table
     * @return the index
     */
    public static Index on(Column<?>... columns) {
        if (columns.length == 0) {
            throw new IllegalArgumentException("An index needs at least one column");
        }
        return new Index(List.of(columns));
    }

    static Index forColumn(String tableName, Column<?> column) {
        Index index = new Index(List.of(column));
        index.tableName = tableName;
        return index;
    }

    /**
     * Makes the index unique.
     *
     * @return this index
     */
    public Index unique() {
        this.unique = true;
        return this;
    }

    /**
     * Gives the index an explicit name.
     *
     * @param name the name
     * @return this index
     */
    public Index named(String name) {
        this.explicitName = Objects.requireNonNull(name, "name must not be null");
        return this;
    }

    /**
     * The index's name.
     *
     * @return the name
     */
    public String name() {
        if (this.explicitName != null) {
            return this.explicitName;
        }
        String table = this.tableName != null ? this.tableName : this.columns.get(0).table().name();
        return table
                + "_"
                + this.columns.stream().map(Column::name).collect(Collectors.joining("_"))
                + "_idx";
    }

    /**
     * The indexed columns, in order.
     *
     * @return an unmodifiable list
     */
    public List<Column<?>> columns() {
        return this.columns;
    }

    /**
     * Whether the index is unique.
     *
     * @return whether it is
     */
    public boolean isUnique() {
        return this.unique;
    }

    @Nullable String fieldName() {
        return this.fieldName;
    }

    void assignField(String field) {
        this.fieldName = field;
    }

    void assignTable(String table) {
        this.tableName = table;
    }

    @Override
    public String toString() {
        return (this.unique ? "UNIQUE " : "")
                + "INDEX "
                + name()
                + " ("
                + this.columns.stream().map(Column::name).collect(Collectors.joining(", "))
                + ")";
    }
}
