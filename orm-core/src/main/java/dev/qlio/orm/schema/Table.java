package dev.qlio.orm.schema;

import dev.qlio.orm.schema.internal.RowState;
import dev.qlio.orm.schema.internal.Rows;
import dev.qlio.orm.schema.types.SqlType;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The base class of every row class: a table class extends it, declares its columns as {@code
 * public static final Column} fields, and each instance is one row.
 *
 * <pre>{@code
 * @TableName("users")
 * public class User extends Table {
 *     public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
 *     public static final Column<String> USERNAME = column(SqlType.varchar(64)).notNull().unique();
 * }
 * }</pre>
 *
 * <p>A row remembers, per column, whether it has a value (telling "never set" from SQL NULL),
 * whether the value changed since the row was loaded or last written, and the value before the
 * first change ({@link #getOldValue}); a session updates only the changed columns. Rows are not
 * thread-safe. Subclasses need a no-argument constructor.
 *
 * <p>Rows are {@link Serializable} (HTTP sessions, Spring Cache on Redis, distributed caches): a
 * row comes back with its values, change history — so adding it writes only what changed — and the
 * relationships loaded with it; values of a custom type must be serializable themselves.
 */
public abstract class Table implements Serializable {

    private static final long serialVersionUID = 1L;

    static {
        // sessions reach a row's state through Rows, which cannot name Table
        Rows.install(row -> ((Table) row).state);
    }

    /** Found again from the class after Java serialization ({@link #readObject}). */
    private transient TableMeta<?> meta;

    /** Values, change history, loaded relationships: what Java serialization keeps of a row. */
    private final RowState state;

    /** Creates an empty row of the subclass's table. */
    protected Table() {
        this.meta = TableMeta.of(getClass());
        this.state = new RowState(this.meta.columns().size());
    }

    /**
     * Restores a row from Java serialization: its values, change history, persisted flag and loaded
     * relationships come from the stream; its table is found again from its class.
     *
     * @param in the stream
     * @throws IOException if the stream fails, or the table class now has another number of columns
     *     than when the row was written
     * @throws ClassNotFoundException if a value's class is missing
     */
    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        TableMeta<?> table = TableMeta.of(getClass());
        if (this.state == null || this.state.size() != table.columns().size()) {
            throw new InvalidObjectException(
                    "A row of "
                            + getClass().getName()
                            + " was serialized with "
                            + (this.state == null ? "no state" : this.state.size() + " columns")
                            + " but the table now has "
                            + table.columns().size()
                            + ": read it again from the database instead of a cache written"
                            + " by an older version of the class");
        }
        this.meta = table;
    }

    /**
     * Declares a column of the table class being initialised; see {@link Column} for the modifiers.
     *
     * <p>The column belongs to the table class whose static initialiser is running, so a helper
     * method (say, on an abstract base class that declares no columns) may build columns for the
     * table that calls it.
     *
     * @param type the column's SQL type
     * @param <V> the Java type of its values
     * @return the new column
     */
    protected static <V> Column<V> column(SqlType<V> type) {
        return new Column<>(type, initialisingTable());
    }

    /**
     * Declares a column of the table class being initialised as a copy of a shared definition: the
     * copy is this table's own column, named after its field unless the template is {@code
     * named(...)}, and takes further modifiers of its own.
     *
     * <pre>{@code
     * public static final Column<Long> ID = column(Shared.ID);
     * }</pre>
     *
     * @param template the shared definition
     * @param <V> the Java type of its values
     * @return the new column
     */
    protected static <V> Column<V> column(ColumnTemplate<V> template) {
        Objects.requireNonNull(template, "template must not be null");
        return new Column<>(template, initialisingTable());
    }

    /**
     * The table class whose static initialiser calls {@code column(...)}, directly or through a
     * helper method; without one, the direct caller when it is a concrete table class.
     */
    private static Class<? extends Table> initialisingTable() {
        Class<?> table =
                StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                        .walk(
                                frames ->
                                        frames.filter(
                                                        f ->
                                                                f.getMethodName().equals("<clinit>")
                                                                        && isTableClass(
                                                                                f
                                                                                        .getDeclaringClass()))
                                                .map(StackWalker.StackFrame::getDeclaringClass)
                                                .findFirst()
                                                .orElse(null));
        if (table == null) {
            Class<?> caller =
                    StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                            .walk(
                                    frames ->
                                            frames.map(StackWalker.StackFrame::getDeclaringClass)
                                                    .filter(c -> c != Table.class)
                                                    .findFirst()
                                                    .orElseThrow());
            if (!isTableClass(caller) || Modifier.isAbstract(caller.getModifiers())) {
                throw new IllegalStateException(
                        "column(...) must be called while a table class initialises (in a static"
                                + " field initialiser of a Table subclass, or a helper it calls),"
                                + " not from "
                                + caller.getName()
                                + "; to share a definition outside table classes, declare a"
                                + " ColumnTemplate and copy it with column(template)");
            }
            table = caller;
        }
        return table.asSubclass(Table.class);
    }

    private static boolean isTableClass(Class<?> c) {
        return c != Table.class && Table.class.isAssignableFrom(c);
    }

    /**
     * The table this row belongs to.
     *
     * @return the table description
     */
    public TableMeta<?> table() {
        return this.meta;
    }

    /**
     * The column's current value; {@code null} for SQL NULL or when the row has none.
     *
     * @param column a column of this table
     * @param <V> the value type
     * @return the value
     */
    public <V> @Nullable V get(Column<V> column) {
        return getColumnValue(column, false);
    }

    /**
     * Sets the column's value, recording the change for the next update.
     *
     * @param column a column of this table
     * @param value the value, {@code null} for SQL NULL
     * @param <V> the value type
     */
    public <V> void set(Column<V> column, @Nullable V value) {
        storeColumnValue(column, value, true);
    }

    /**
     * The column's value, or its client default when the row has none.
     *
     * @param column a column of this table
     * @param <V> the value type
     * @return the value
     */
    public <V> @Nullable V getColumnValue(Column<V> column) {
        return getColumnValue(column, true);
    }

    /**
     * The column's value; without one, its client default if {@code returnDefault}, else {@code
     * null}.
     *
     * @param column a column of this table
     * @param returnDefault whether to fall back to the column's default
     * @param <V> the value type
     * @return the value
     */
    @SuppressWarnings("unchecked")
    public <V> @Nullable V getColumnValue(Column<V> column, boolean returnDefault) {
        int i = indexOf(column);
        if (this.state.hasValue(i)) {
            return (V) this.state.value(i);
        }
        return returnDefault ? column.defaultValueFor() : null;
    }

    /**
     * Stores a value, recording the change.
     *
     * @param column a column of this table
     * @param value the value
     * @param <V> the value type
     */
    public <V> void storeColumnValue(Column<V> column, @Nullable V value) {
        storeColumnValue(column, value, true);
    }

    /**
     * Stores a value. With {@code trackHistory} the change is recorded (and the update will write
     * it); without, the value counts as the loaded one.
     *
     * @param column a column of this table
     * @param value the value
     * @param trackHistory whether to record the change
     * @param <V> the value type
     */
    public <V> void storeColumnValue(Column<V> column, @Nullable V value, boolean trackHistory) {
        int i = indexOf(column);
        ColumnValues.checkStorable(column, value);
        if (trackHistory) {
            this.state.store(i, value);
        } else {
            this.state.load(i, value);
        }
    }

    /**
     * The value before the first tracked change since the row was loaded or last written; the
     * current value when nothing changed; {@code null} on a row never loaded nor stored.
     *
     * @param column a column of this table
     * @param <V> the value type
     * @return the old value
     */
    @SuppressWarnings("unchecked")
    public <V> @Nullable V getOldValue(Column<V> column) {
        return (V) this.state.oldValue(indexOf(column));
    }

    /**
     * Whether the row has a value for the column (SQL NULL counts as a value).
     *
     * @param column a column of this table
     * @return whether a value was loaded or stored
     */
    public boolean hasValue(Column<?> column) {
        return this.state.hasValue(indexOf(column));
    }

    /**
     * Whether the column's value changed since the row was loaded or last written.
     *
     * @param column a column of this table
     * @return whether it changed
     */
    public boolean isChanged(Column<?> column) {
        return this.state.isChanged(indexOf(column));
    }

    /**
     * The columns changed since the row was loaded or last written, in column order.
     *
     * @return the changed columns
     */
    public Set<Column<?>> changedColumns() {
        Set<Column<?>> changed = new LinkedHashSet<>();
        List<Column<?>> columns = this.meta.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (this.state.isChanged(i)) {
                changed.add(columns.get(i));
            }
        }
        return Collections.unmodifiableSet(changed);
    }

    /**
     * The loaded value of a relationship of this row: the related row (or {@code null}) for a
     * many-to-one, the list of rows for a collection.
     *
     * @param name the relationship's name
     * @return the loaded value
     * @throws java.util.NoSuchElementException if the table has no such relationship
     * @throws IllegalStateException if the relationship was not loaded with this row
     */
    public @Nullable Object getRelationshipInstance(String name) {
        return RowRelationships.instance(this, this.state, name);
    }

    /**
     * The row a many-to-one relationship points at, as loaded with this row (or set with {@link
     * #setRelated}).
     *
     * @param relationship a many-to-one relationship of this table
     * @param <R> the related table
     * @return the related row, or {@code null} when the foreign key is NULL or the row is new and
     *     points nowhere yet
     * @throws IllegalStateException if it was not loaded with this loaded row (ask {@link
     *     #isLoaded} first when unsure)
     */
    public <R extends Table> @Nullable R related(Relationship<R> relationship) {
        return RowRelationships.related(this, this.state, relationship);
    }

    /**
     * Points a many-to-one relationship at a row; adding this row sets its foreign key from the
     * target's key (adding the target first when it is new).
     *
     * @param relationship a many-to-one relationship of this table
     * @param target the related row, or {@code null} to clear the foreign key
     * @param <R> the related table
     */
    public <R extends Table> void setRelated(Relationship<R> relationship, @Nullable R target) {
        RowRelationships.setRelated(this, this.state, relationship, target);
    }

    /**
     * The rows of a collection relationship (one-to-many or many-to-many) as loaded with this row:
     * a mutable list; rows added to it are written, with their foreign key or link row, when this
     * row is added; rows removed from it are deleted (or unlinked) as the relationship declares. A
     * new row starts with an empty list.
     *
     * @param relationship a collection relationship of this table
     * @param <R> the related table
     * @return the live list
     * @throws IllegalStateException if this loaded row's collection was not loaded
     */
    public <R extends Table> List<R> relatedList(Relationship<R> relationship) {
        return RowRelationships.relatedList(this, this.state, relationship);
    }

    /**
     * Whether a relationship can be read on this row without an exception: it was loaded with the
     * row (or set on it), or the row is new (a new row's collection starts empty and its
     * many-to-one points nowhere). Reading never runs a query, so code that may get rows with or
     * without a relationship asks this instead of catching.
     *
     * @param relationship a relationship of this table
     * @return whether {@link #related} / {@link #relatedList} answer for it
     * @throws IllegalArgumentException if the relationship belongs to another table
     */
    public boolean isLoaded(Relationship<?> relationship) {
        return RowRelationships.isLoaded(this, this.state, relationship);
    }

    /**
     * Whether the row is in the database as far as this row knows: it was read by a query, or a
     * session wrote it. A new row (and one a rolled-back unit of work put back) is not; adding it
     * inserts it.
     *
     * @return whether the row was loaded or written
     */
    public boolean isPersisted() {
        return this.state.isPersisted();
    }

    /**
     * Copies this row into a record: each component gets the value of the column of its name (the
     * column's property name, {@code LAST_NAME} -> {@code lastName}, or its SQL name); numbers
     * convert when they fit exactly. Columns without a component are left out.
     *
     * @param recordClass the record class
     * @param <R> its type
     * @return the record
     * @throws IllegalArgumentException naming a component that no column matches, or whose type
     *     does not fit the column's value
     */
    public <R> R into(Class<R> recordClass) {
        return RecordMapping.into(this, recordClass);
    }

    /**
     * The row's column values, every column in column order: a column without a value (never set
     * nor loaded) maps to {@code null}, as a SQL NULL does — {@link #hasValue} tells them apart.
     *
     * @return an ordered map from column to value
     */
    public Map<Column<?>, @Nullable Object> toDict() {
        Map<Column<?>, @Nullable Object> dict = new LinkedHashMap<>();
        List<Column<?>> columns = this.meta.columns();
        for (int i = 0; i < columns.size(); i++) {
            dict.put(columns.get(i), this.state.hasValue(i) ? this.state.value(i) : null);
        }
        return dict;
    }

    /**
     * The row's column values in column order, and with {@code includeAttrs} also the extra
     * attributes a query selected beyond the columns, keyed by name.
     *
     * @param includeAttrs whether to include the extra attributes
     * @return an ordered map from column (or attribute name) to value
     */
    public Map<Object, @Nullable Object> toDict(boolean includeAttrs) {
        Map<Object, @Nullable Object> dict = new LinkedHashMap<>(toDict());
        Map<String, @Nullable Object> attributes = this.state.attributes();
        if (includeAttrs && attributes != null) {
            dict.putAll(attributes);
        }
        return dict;
    }

    /**
     * An extra attribute a query selected beyond the table's columns.
     *
     * @param name the attribute name
     * @return the value, or {@code null}
     */
    public @Nullable Object getAttribute(String name) {
        return this.state.attribute(name);
    }

    private int indexOf(Column<?> column) {
        Column<?> origin = column.origin();
        int i = origin.position();
        if (origin.declaringClass() != this.meta.tableClass()) {
            throw new IllegalArgumentException(
                    "Column "
                            + origin.describe()
                            + " does not belong to table "
                            + this.meta.name()
                            + " ("
                            + this.meta.tableClass().getName()
                            + ")");
        }
        return i;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(getClass().getSimpleName()).append('{');
        List<Column<?>> columns = this.meta.columns();
        boolean first = true;
        for (int i = 0; i < columns.size(); i++) {
            if (this.state.hasValue(i)) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                Object v = this.state.value(i);
                sb.append(columns.get(i).name())
                        .append('=')
                        .append(v instanceof byte[] b ? b.length + " bytes" : v);
            }
        }
        return sb.append('}').toString();
    }
}
