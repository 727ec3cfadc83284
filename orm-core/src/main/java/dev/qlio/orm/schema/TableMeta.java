package dev.qlio.orm.schema;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Describes one table: its SQL name, its columns in declaration order, its primary key, indexes and
 * declared relationships, built once per table class from the class's {@code public static final}
 * fields (asyncqlio's table metaclass). {@link TableMetadata}, by contrast, is the registry of all
 * tables.
 *
 * <p>Obtain it with {@link #of(Class)}. It may be adjusted ({@link #setPrimaryKey}) until it is
 * registered in a {@link TableMetadata}; from then on it is frozen and thread-safe.
 *
 * @param <T> the table class
 */
public final class TableMeta<T extends Table> {

    /**
     * One description per table class, stored with the class itself: fast to look up for every row,
     * and unloaded with the class (no leak across class loaders, e.g. DevTools restarts).
     */
    private static final ClassValue<TableMeta<?>> CACHE =
            new ClassValue<>() {
                @Override
                @SuppressWarnings({"unchecked", "rawtypes"})
                protected TableMeta<?> computeValue(Class<?> type) {
                    if (!Table.class.isAssignableFrom(type)) {
                        throw new IllegalArgumentException(
                                type.getName() + " is not a Table class");
                    }
                    // one description at a time: building one names the columns it reads
                    synchronized (BUILD_LOCK) {
                        return new TableMeta(type);
                    }
                }
            };

    private static final Object BUILD_LOCK = new Object();

    private final Class<T> tableClass;

    private final String name;

    private final List<Column<?>> columns;

    private final Map<String, Column<?>> columnsByName;

    private final List<Relationship<?>> relationships;

    private final List<Index> indexes;

    private final @Nullable Column<?> versionColumn;

    private final @Nullable Column<?> softDeleteColumn;

    private final @Nullable Column<?> tenantColumn;

    private final Supplier<T> constructor;

    private volatile @Nullable PrimaryKey primaryKey;

    private volatile boolean frozen;

    private TableMeta(Class<T> tableClass) {
        this.tableClass = tableClass;
        TableHierarchy.check(tableClass);
        this.name = Names.tableName(tableClass);
        TableScan scan = new TableScan(tableClass, this.name);
        this.columns = List.copyOf(scan.columns);
        this.columnsByName = Map.copyOf(scan.columnsByName);
        this.relationships = List.copyOf(scan.relationships);
        this.indexes = List.copyOf(scan.indexes);
        this.versionColumn = scan.versionColumn;
        this.softDeleteColumn = scan.softDeleteColumn;
        this.tenantColumn = scan.tenantColumn;
        this.primaryKey = scan.primaryKey.isEmpty() ? null : new PrimaryKey(this, scan.primaryKey);
        this.constructor = RowFactory.of(tableClass);
    }

    /**
     * The description of a table class, built on first use and cached. Never throws for a missing
     * primary key ({@link #setPrimaryKey} may follow).
     *
     * @param tableClass the table class
     * @param <T> the table class
     * @return its description
     * @throws SchemaDefinitionException if the class is not a valid table class
     */
    @SuppressWarnings("unchecked")
    public static <T extends Table> TableMeta<T> of(Class<T> tableClass) {
        return (TableMeta<T>) CACHE.get(tableClass);
    }

    /**
     * The table's SQL name ({@link TableName} or the snake_case class name).
     *
     * @return the unquoted name
     */
    public String name() {
        return this.name;
    }

    /**
     * The table class.
     *
     * @return the class
     */
    public Class<T> tableClass() {
        return this.tableClass;
    }

    /**
     * The columns in declaration order.
     *
     * @return an unmodifiable list
     */
    public List<Column<?>> columns() {
        return this.columns;
    }

    /**
     * The relationships declared on the table class (back-references created by a registry are
     * listed by {@link TableMetadata#relationships(TableMeta)}).
     *
     * @return an unmodifiable list
     */
    public List<Relationship<?>> relationships() {
        return this.relationships;
    }

    /**
     * The indexes: one per {@link Column#index()} column, then those declared as {@link Index}
     * fields.
     *
     * @return an unmodifiable list
     */
    public List<Index> indexes() {
        return this.indexes;
    }

    /**
     * A column by SQL name, field name or alias name ({@code <table>_<column>}).
     *
     * @param name the name
     * @return the column, if any
     */
    public Optional<Column<?>> getColumn(String name) {
        Column<?> c = this.columnsByName.get(name);
        if (c != null) {
            return Optional.of(c);
        }
        for (Column<?> col : this.columns) {
            if (col.fieldName().equals(name) || (this.name + "_" + col.name()).equals(name)) {
                return Optional.of(col);
            }
        }
        return Optional.empty();
    }

    /**
     * A column by name, failing when there is none.
     *
     * @param name the name
     * @return the column
     * @throws NoSuchElementException listing the known column names
     */
    public Column<?> requireColumn(String name) {
        return getColumn(name)
                .orElseThrow(
                        () ->
                                new NoSuchElementException(
                                        "Table "
                                                + this.name
                                                + " has no column '"
                                                + name
                                                + "' (known: "
                                                + String.join(", ", this.columnsByNameInOrder())
                                                + ")"));
    }

    private List<String> columnsByNameInOrder() {
        return this.columns.stream().map(Column::name).toList();
    }

    /**
     * A declared relationship by name.
     *
     * @param name the relationship's name
     * @return the relationship, if any
     */
    public Optional<Relationship<?>> getRelationship(String name) {
        for (Relationship<?> r : this.relationships) {
            if (r.name().equals(name)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * The primary key, or {@code null} when none is declared yet.
     *
     * @return the key
     */
    public @Nullable PrimaryKey primaryKey() {
        return this.primaryKey;
    }

    /**
     * Sets the primary key, before the table is registered.
     *
     * @param primaryKey a key over columns of this table
     * @throws IllegalStateException once the table is registered
     */
    public void setPrimaryKey(PrimaryKey primaryKey) {
        if (this.frozen) {
            throw new IllegalStateException(
                    "Table "
                            + this.name
                            + " is registered and frozen: set its primary key"
                            + " before registerTable");
        }
        if (primaryKey.table() != this) {
            throw new IllegalArgumentException(
                    "Primary key " + primaryKey + " is not over columns of table " + this.name);
        }
        synchronized (this) {
            for (Column<?> c : this.columns) {
                c.setPrimaryKeyFlag(primaryKey.columns().contains(c));
            }
            this.primaryKey = primaryKey;
        }
    }

    /**
     * The optimistic-locking version column, if declared.
     *
     * @return the column
     */
    public Optional<Column<?>> versionColumn() {
        return Optional.ofNullable(this.versionColumn);
    }

    /**
     * The {@link Column#softDelete() soft-delete} column, if declared.
     *
     * @return the column, or {@code null}
     */
    public @Nullable Column<?> softDeleteColumn() {
        return this.softDeleteColumn;
    }

    /**
     * The {@link Column#tenant() tenant} column, if declared.
     *
     * @return the column, or {@code null}
     */
    public @Nullable Column<?> tenantColumn() {
        return this.tenantColumn;
    }

    /**
     * A new, empty row.
     *
     * @return the row
     */
    public T newRow() {
        return this.constructor.get();
    }

    /**
     * A new row holding the given values (recorded as changes, as {@code set} would).
     *
     * @param values column values; each column must belong to this table
     * @return the row
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public T newRow(Map<Column<?>, ?> values) {
        T row = newRow();
        for (Map.Entry<Column<?>, ?> e : values.entrySet()) {
            row.set((Column) e.getKey(), e.getValue());
        }
        return row;
    }

    /**
     * A new row holding a record's values (a request body, a form): each component sets the column
     * of its name (property name or SQL name), checked as {@code set} checks it.
     *
     * @param record the record
     * @return the row, every component's column recorded as changed
     * @throws IllegalArgumentException naming a component that names no column, or whose value the
     *     column refuses
     */
    public T newRow(Record record) {
        return RecordMapping.newRow(this, record);
    }

    /**
     * Whether the table is registered (and so frozen).
     *
     * @return whether it is
     */
    public boolean isFrozen() {
        return this.frozen;
    }

    void freeze() {
        if (this.frozen) {
            return;
        }
        synchronized (this) {
            for (Column<?> c : this.columns) {
                c.freeze();
            }
            for (Relationship<?> r : this.relationships) {
                r.freeze();
            }
            this.frozen = true;
        }
    }

    @Override
    public String toString() {
        return "TableMeta[" + this.name + " <- " + this.tableClass.getName() + "]";
    }

    /** Name derivation lives in {@link Names}; kept here for its tests. */
    static String snakeCase(String javaName) {
        return Names.snakeCase(javaName);
    }
}
