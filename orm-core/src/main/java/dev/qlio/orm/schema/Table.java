package dev.qlio.orm.schema;

import dev.qlio.orm.schema.internal.LoadedList;
import dev.qlio.orm.schema.internal.Rows;
import dev.qlio.orm.schema.types.SqlType;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 */
public abstract class Table {

    private static final byte HAS_VALUE = 1;

    private static final byte CHANGED = 2;

    private static final byte OLD_HAS_VALUE = 4;

    static {
        Rows.install(new RowAccessor());
    }

    private final TableMeta<?> meta;

    private final @Nullable Object[] values;

    private @Nullable Object @Nullable [] oldValues;

    private final byte[] flags;

    private boolean persisted;

    private @Nullable Map<String, @Nullable Object> attributes;

    private @Nullable Map<String, Object> relationships;

    /** Creates an empty row of the subclass's table. */
    protected Table() {
        this.meta = TableMeta.of(getClass());
        int n = this.meta.columns().size();
        this.values = new Object[n];
        this.flags = new byte[n];
    }

    /**
     * Declares a column of the calling table class; see {@link Column} for the modifiers.
     *
     * @param type the column's SQL type
     * @param <V> the Java type of its values
     * @return the new column
     */
    protected static <V> Column<V> column(SqlType<V> type) {
        Class<?> caller =
                StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                        .walk(
                                frames ->
                                        frames.map(StackWalker.StackFrame::getDeclaringClass)
                                                .filter(c -> c != Table.class)
                                                .findFirst()
                                                .orElseThrow());
        if (!Table.class.isAssignableFrom(caller)) {
            throw new IllegalStateException(
                    "column(...) must be called in a static field initialiser of a"
                            + " Table subclass, not from "
                            + caller.getName());
        }
        return new Column<>(type, caller.asSubclass(Table.class));
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
        if ((this.flags[i] & HAS_VALUE) != 0) {
            return (V) this.values[i];
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
        checkValue(column, value);
        if (trackHistory) {
            storeTracked(i, value);
        } else {
            this.values[i] = value;
            this.flags[i] = HAS_VALUE;
            if (this.oldValues != null) {
                this.oldValues[i] = null;
            }
        }
    }

    private void storeTracked(int i, @Nullable Object value) {
        byte f = this.flags[i];
        if ((f & CHANGED) == 0) {
            // first tracked change: remember what was there
            if ((f & HAS_VALUE) != 0) {
                olds()[i] = this.values[i];
                f |= OLD_HAS_VALUE;
            } else {
                f &= ~OLD_HAS_VALUE;
            }
        }
        this.values[i] = value;
        f |= HAS_VALUE;
        boolean same =
                (f & OLD_HAS_VALUE) != 0
                        && this.oldValues != null
                        && valueEquals(this.oldValues[i], value);
        this.flags[i] = (byte) (same ? f & ~CHANGED : f | CHANGED);
    }

    private @Nullable Object[] olds() {
        @Nullable Object[] o = this.oldValues;
        if (o == null) {
            o = new Object[this.values.length];
            this.oldValues = o;
        }
        return o;
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
        int i = indexOf(column);
        byte f = this.flags[i];
        if ((f & CHANGED) != 0) {
            return (f & OLD_HAS_VALUE) != 0 && this.oldValues != null
                    ? (V) this.oldValues[i]
                    : null;
        }
        return (f & HAS_VALUE) != 0 ? (V) this.values[i] : null;
    }

    /**
     * Whether the row has a value for the column (SQL NULL counts as a value).
     *
     * @param column a column of this table
     * @return whether a value was loaded or stored
     */
    public boolean hasValue(Column<?> column) {
        return (this.flags[indexOf(column)] & HAS_VALUE) != 0;
    }

    /**
     * Whether the column's value changed since the row was loaded or last written.
     *
     * @param column a column of this table
     * @return whether it changed
     */
    public boolean isChanged(Column<?> column) {
        return (this.flags[indexOf(column)] & CHANGED) != 0;
    }

    /**
     * The columns changed since the row was loaded or last written, in column order.
     *
     * @return the changed columns
     */
    public Set<Column<?>> changedColumns() {
        Set<Column<?>> changed = new LinkedHashSet<>();
        List<Column<?>> columns = this.meta.columns();
        for (int i = 0; i < this.flags.length; i++) {
            if ((this.flags[i] & CHANGED) != 0) {
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
        Map<String, Object> loaded = this.relationships;
        if (loaded != null && loaded.containsKey(name)) {
            Object value = loaded.get(name);
            return value == Rows.NULL_RELATION || value == Rows.SET_NULL_RELATION ? null : value;
        }
        Optional<Relationship<?>> declared = this.meta.getRelationship(name);
        if (declared.isPresent() && declared.get().isCollection() && !this.persisted) {
            return relatedList(declared.get());
        }
        if (declared.isEmpty()) {
            throw new java.util.NoSuchElementException(
                    "Table "
                            + this.meta.name()
                            + " declares no relationship '"
                            + name
                            + "' (declared: "
                            + this.meta.relationships().stream().map(Relationship::name).toList()
                            + "), and no back-reference of that name was loaded with this row");
        }
        throw notLoaded(name);
    }

    private IllegalStateException notLoaded(String name) {
        return new IllegalStateException(
                "Relationship '"
                        + name
                        + "' of table "
                        + this.meta.name()
                        + " was not loaded with this row: add .load(...) to the query that read it"
                        + " (Qlio never runs a hidden query per row)");
    }

    /**
     * The row a many-to-one relationship points at, as loaded with this row (or set with {@link
     * #setRelated}).
     *
     * @param relationship a many-to-one relationship of this table
     * @param <R> the related table
     * @return the related row, or {@code null} when the foreign key is NULL
     * @throws IllegalStateException if it was not loaded
     */
    @SuppressWarnings("unchecked")
    public <R extends Table> @Nullable R related(Relationship<R> relationship) {
        checkOwn(relationship);
        if (relationship.isCollection()) {
            throw new IllegalArgumentException(
                    "Relationship '"
                            + relationship.name()
                            + "' is a collection: use"
                            + " relatedList(...)");
        }
        Map<String, Object> loaded = this.relationships;
        if (loaded == null || !loaded.containsKey(relationship.name())) {
            throw notLoaded(relationship.name());
        }
        Object value = loaded.get(relationship.name());
        return value == Rows.NULL_RELATION || value == Rows.SET_NULL_RELATION ? null : (R) value;
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
        checkOwn(relationship);
        if (relationship.isCollection()) {
            throw new IllegalArgumentException(
                    "Relationship '"
                            + relationship.name()
                            + "' is a collection: add"
                            + " to relatedList(...) instead");
        }
        Map<String, Object> rels = this.relationships;
        if (rels == null) {
            rels = new LinkedHashMap<>();
            this.relationships = rels;
        }
        rels.put(relationship.name(), target == null ? Rows.SET_NULL_RELATION : target);
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
    @SuppressWarnings("unchecked")
    public <R extends Table> List<R> relatedList(Relationship<R> relationship) {
        checkOwn(relationship);
        if (!relationship.isCollection()) {
            throw new IllegalArgumentException(
                    "Relationship '"
                            + relationship.name()
                            + "' is many-to-one: use"
                            + " related(...)");
        }
        Map<String, Object> rels = this.relationships;
        Object value = rels == null ? null : rels.get(relationship.name());
        if (value == null) {
            if (this.persisted) {
                throw notLoaded(relationship.name());
            }
            if (rels == null) {
                rels = new LinkedHashMap<>();
                this.relationships = rels;
            }
            value = new LoadedList<R>(List.of());
            rels.put(relationship.name(), value);
        }
        return (List<R>) value;
    }

    private void checkOwn(Relationship<?> relationship) {
        if (relationship.owner() != getClass()) {
            throw new IllegalArgumentException(
                    "Relationship '"
                            + relationship.name()
                            + "' belongs to "
                            + relationship.owner().getName()
                            + ", not to "
                            + getClass().getName());
        }
    }

    /**
     * The row's column values, in column order (columns without a value are left out).
     *
     * @return an ordered map from column to value
     */
    public Map<Column<?>, @Nullable Object> toDict() {
        Map<Column<?>, @Nullable Object> dict = new LinkedHashMap<>();
        List<Column<?>> columns = this.meta.columns();
        for (int i = 0; i < this.values.length; i++) {
            if ((this.flags[i] & HAS_VALUE) != 0) {
                dict.put(columns.get(i), this.values[i]);
            }
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
        if (includeAttrs && this.attributes != null) {
            dict.putAll(this.attributes);
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
        return this.attributes == null ? null : this.attributes.get(name);
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

    private static void checkValue(Column<?> column, @Nullable Object value) {
        if (value == null) {
            return;
        }
        SqlType<?> type = column.type();
        if (!type.javaType().isInstance(value)) {
            throw new IllegalArgumentException(
                    "Column "
                            + column.describe()
                            + " holds "
                            + type.javaType().getName()
                            + ", not "
                            + value.getClass().getName());
        }
        if (type.kind() == SqlType.Kind.VARCHAR
                && value instanceof String s
                && s.codePointCount(0, s.length()) > type.length()) {
            throw new IllegalArgumentException(
                    "Column "
                            + column.describe()
                            + " is "
                            + type
                            + ": a value of "
                            + s.codePointCount(0, s.length())
                            + " characters does not fit; shorten it or widen the column");
        }
    }

    private static boolean valueEquals(@Nullable Object a, @Nullable Object b) {
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y);
        }
        return Objects.equals(a, b);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(getClass().getSimpleName()).append('{');
        List<Column<?>> columns = this.meta.columns();
        boolean first = true;
        for (int i = 0; i < this.values.length; i++) {
            if ((this.flags[i] & HAS_VALUE) != 0) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                Object v = this.values[i];
                sb.append(columns.get(i).name())
                        .append('=')
                        .append(v instanceof byte[] b ? b.length + " bytes" : v);
            }
        }
        return sb.append('}').toString();
    }

    /** The session's view of a row's state; see {@link Rows}. */
    private static final class RowAccessor implements Rows.Accessor {

        @Override
        public @Nullable Object value(Table row, int index) {
            return row.values[index];
        }

        @Override
        public boolean hasValue(Table row, int index) {
            return (row.flags[index] & HAS_VALUE) != 0;
        }

        @Override
        public boolean isChanged(Table row, int index) {
            return (row.flags[index] & CHANGED) != 0;
        }

        @Override
        public void load(Table row, int index, @Nullable Object value) {
            row.values[index] = value;
            row.flags[index] = HAS_VALUE;
        }

        @Override
        public void store(Table row, int index, @Nullable Object value) {
            row.storeTracked(index, value);
        }

        @Override
        public boolean isPersisted(Table row) {
            return row.persisted;
        }

        @Override
        public void markPersisted(Table row) {
            row.persisted = true;
            byte[] f = row.flags;
            for (int i = 0; i < f.length; i++) {
                f[i] &= HAS_VALUE;
            }
            row.oldValues = null;
        }

        @Override
        public void markNew(Table row) {
            row.persisted = false;
        }

        @Override
        public void setAttribute(Table row, String name, @Nullable Object value) {
            Map<String, @Nullable Object> attrs = row.attributes;
            if (attrs == null) {
                attrs = new LinkedHashMap<>();
                row.attributes = attrs;
            }
            attrs.put(name, value);
        }

        @Override
        public void setRelationship(Table row, String name, @Nullable Object value) {
            Map<String, Object> rels = row.relationships;
            if (rels == null) {
                rels = new LinkedHashMap<>();
                row.relationships = rels;
            }
            rels.put(name, value == null ? Rows.NULL_RELATION : value);
        }

        @Override
        public @Nullable Map<String, Object> relationships(Table row) {
            return row.relationships;
        }

        @Override
        public @Nullable Object relationship(Table row, String name) {
            Map<String, Object> rels = row.relationships;
            return rels == null ? null : rels.get(name);
        }
    }
}
