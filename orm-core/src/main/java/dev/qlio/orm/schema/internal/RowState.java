package dev.qlio.orm.schema.internal;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The state of one row, by column index: its values, which of them it has (telling "never set" from
 * SQL NULL), which changed since the row was loaded or last written and what they were before,
 * whether the row exists in the database, and its extra attributes and loaded relationships.
 *
 * <p>Every {@code Table} holds one; {@code Table}'s public methods check columns and values and
 * then work here, and sessions reach it through {@link Rows#access()}. Knows nothing of tables or
 * columns, so that this package does not depend on the schema. Not thread-safe, like rows.
 */
public final class RowState implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private static final byte HAS_VALUE = 1;

    private static final byte CHANGED = 2;

    private static final byte OLD_HAS_VALUE = 4;

    private final @Nullable Object[] values;

    /**
     * Per column, {@code HAS_VALUE | CHANGED | OLD_HAS_VALUE}; {@code null} while every column has
     * the same flags, {@link #uniform}: a row read from the database (every column has a value,
     * none changed) then costs no array.
     */
    private byte @Nullable [] flags;

    /** The flags of every column while {@link #flags} is {@code null}. */
    private byte uniform;

    /** Allocated on the first tracked change: most loaded rows are never changed. */
    private @Nullable Object @Nullable [] oldValues;

    private boolean persisted;

    private @Nullable Map<String, @Nullable Object> attributes;

    private @Nullable Map<String, Object> relationships;

    /**
     * The registry the row was read through (a {@code TableMetadata}); null for a new row, and
     * after Java serialization (a registry belongs to one application context).
     */
    private transient @Nullable Object registry;

    /**
     * The state of a row without values.
     *
     * @param columnCount the number of columns of the row's table
     */
    public RowState(int columnCount) {
        this.values = new Object[columnCount];
    }

    /**
     * The number of columns.
     *
     * @return the count
     */
    public int size() {
        return this.values.length;
    }

    /**
     * The value at a column index; {@code null} for SQL NULL or when the row has none.
     *
     * @param index the column index
     * @return the value
     */
    public @Nullable Object value(int index) {
        return this.values[index];
    }

    /**
     * Whether the row has a value at a column index (SQL NULL counts as a value).
     *
     * @param index the column index
     * @return whether it has one
     */
    public boolean hasValue(int index) {
        return (flag(index) & HAS_VALUE) != 0;
    }

    /**
     * Whether the value at a column index changed since the row was loaded or last written.
     *
     * @param index the column index
     * @return whether it changed
     */
    public boolean isChanged(int index) {
        return (flag(index) & CHANGED) != 0;
    }

    /**
     * The value before the first tracked change; the current value when nothing changed; {@code
     * null} when the row had none.
     *
     * @param index the column index
     * @return the old value
     */
    public @Nullable Object oldValue(int index) {
        byte f = flag(index);
        if ((f & CHANGED) != 0) {
            return (f & OLD_HAS_VALUE) != 0 && this.oldValues != null
                    ? this.oldValues[index]
                    : null;
        }
        return (f & HAS_VALUE) != 0 ? this.values[index] : null;
    }

    /**
     * Stores a value that counts as the loaded one: no change is recorded, and an earlier one is
     * forgotten.
     *
     * @param index the column index
     * @param value the value
     */
    public void load(int index, @Nullable Object value) {
        this.values[index] = value;
        flags()[index] = HAS_VALUE;
        if (this.oldValues != null) {
            this.oldValues[index] = null;
        }
    }

    /**
     * Stores a value and records the change; storing back the value from before the first change
     * undoes it.
     *
     * @param index the column index
     * @param value the value
     */
    public void store(int index, @Nullable Object value) {
        byte f = flag(index);
        if ((f & CHANGED) == 0) {
            // first tracked change: remember what was there
            if ((f & HAS_VALUE) != 0) {
                olds()[index] = this.values[index];
                f |= OLD_HAS_VALUE;
            } else {
                f &= ~OLD_HAS_VALUE;
            }
        }
        this.values[index] = value;
        f |= HAS_VALUE;
        boolean same =
                (f & OLD_HAS_VALUE) != 0
                        && this.oldValues != null
                        && valueEquals(this.oldValues[index], value);
        flags()[index] = (byte) (same ? f & ~CHANGED : f | CHANGED);
    }

    /**
     * Stores a value read from the database into a row being read: {@link #markRead} follows once
     * every column is stored. Records nothing per column.
     *
     * @param index the column index
     * @param value the value
     */
    public void loadRead(int index, @Nullable Object value) {
        this.values[index] = value;
        byte[] f = this.flags;
        if (f != null) {
            f[index] = HAS_VALUE;
        }
    }

    /** Marks a row whose every column was stored by {@link #loadRead} as read and persisted. */
    public void markRead() {
        if (this.flags == null) {
            this.uniform = HAS_VALUE;
        }
        markPersisted();
    }

    private byte flag(int index) {
        byte[] f = this.flags;
        return f == null ? this.uniform : f[index];
    }

    /** The per-column flags, made from the uniform ones on the first change of one column. */
    private byte[] flags() {
        byte[] f = this.flags;
        if (f == null) {
            f = new byte[this.values.length];
            Arrays.fill(f, this.uniform);
            this.flags = f;
        }
        return f;
    }

    private @Nullable Object[] olds() {
        @Nullable Object[] o = this.oldValues;
        if (o == null) {
            o = new Object[this.values.length];
            this.oldValues = o;
        }
        return o;
    }

    private static boolean valueEquals(@Nullable Object a, @Nullable Object b) {
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y);
        }
        return Objects.equals(a, b);
    }

    /**
     * Whether the row exists in the database (was loaded or written).
     *
     * @return whether it does
     */
    public boolean isPersisted() {
        return this.persisted;
    }

    /** Marks the row as written: history restarts. */
    public void markPersisted() {
        this.persisted = true;
        byte[] f = this.flags;
        if (f == null) {
            this.uniform &= HAS_VALUE;
        } else {
            for (int i = 0; i < f.length; i++) {
                f[i] &= HAS_VALUE;
            }
        }
        this.oldValues = null;
    }

    /** Marks the row as new again (after it was deleted): the next add inserts it. */
    public void markNew() {
        this.persisted = false;
    }

    /**
     * A copy of everything a session's write may change in this row: values, change flags and
     * history, the persisted flag, and the loaded relationships (the map, and the loaded state of
     * each collection). The session keeps it until its unit of work ends, to {@linkplain #restore
     * give the row back} if the unit of work does not commit.
     *
     * @return the snapshot
     */
    public Snapshot snapshot() {
        return new Snapshot(this);
    }

    /**
     * Puts the row back in the state of a snapshot taken from it.
     *
     * @param snapshot a snapshot of this row
     */
    public void restore(Snapshot snapshot) {
        System.arraycopy(snapshot.values, 0, this.values, 0, this.values.length);
        this.flags = snapshot.flags == null ? null : snapshot.flags.clone();
        this.uniform = snapshot.uniform;
        this.oldValues = snapshot.oldValues == null ? null : snapshot.oldValues.clone();
        this.persisted = snapshot.persisted;
        Map<String, Object> rels = snapshot.relationships;
        this.relationships = rels == null ? null : new LinkedHashMap<>(rels);
        snapshot.restoreCollections();
    }

    /** The state of a row at one moment, for {@link #restore}. Immutable once taken. */
    public static final class Snapshot {

        private final @Nullable Object[] values;

        private final byte @Nullable [] flags;

        private final byte uniform;

        private final @Nullable Object @Nullable [] oldValues;

        private final boolean persisted;

        private final @Nullable Map<String, Object> relationships;

        /** Each loaded collection with its loaded state; none for most rows. */
        private final @Nullable Map<LoadedList<?>, List<?>> collections;

        private Snapshot(RowState state) {
            this.values = state.values.clone();
            this.flags = state.flags == null ? null : state.flags.clone();
            this.uniform = state.uniform;
            this.oldValues = state.oldValues == null ? null : state.oldValues.clone();
            this.persisted = state.persisted;
            Map<String, Object> rels = state.relationships;
            if (rels == null || rels.isEmpty()) {
                this.relationships = rels == null ? null : Map.of();
                this.collections = null;
                return;
            }
            this.relationships = new LinkedHashMap<>(rels);
            Map<LoadedList<?>, List<?>> lists = null;
            for (Object value : rels.values()) {
                if (value instanceof LoadedList<?> list) {
                    if (lists == null) {
                        lists = new IdentityHashMap<>(4);
                    }
                    lists.put(list, list.original());
                }
            }
            this.collections = lists;
        }

        private void restoreCollections() {
            if (this.collections != null) {
                this.collections.forEach(Snapshot::restoreOriginal);
            }
        }

        @SuppressWarnings("unchecked")
        private static <E> void restoreOriginal(LoadedList<E> list, List<?> original) {
            list.restoreSnapshot((List<E>) original);
        }
    }

    /**
     * An extra attribute a query selected beyond the table's columns.
     *
     * @param name the attribute name
     * @return the value, or {@code null}
     */
    public @Nullable Object attribute(String name) {
        return this.attributes == null ? null : this.attributes.get(name);
    }

    /**
     * The extra attributes by name.
     *
     * @return the live map, or {@code null} when none
     */
    public @Nullable Map<String, @Nullable Object> attributes() {
        return this.attributes;
    }

    /**
     * Stores an extra attribute.
     *
     * @param name the name
     * @param value the value
     */
    public void setAttribute(String name, @Nullable Object value) {
        Map<String, @Nullable Object> attrs = this.attributes;
        if (attrs == null) {
            attrs = new LinkedHashMap<>();
            this.attributes = attrs;
        }
        attrs.put(name, value);
    }

    /**
     * The loaded (or set) relationships by name.
     *
     * @return the live map, or {@code null} when none
     */
    public @Nullable Map<String, Object> relationships() {
        return this.relationships;
    }

    /**
     * The loaded (or set) relationships by name, created empty when there are none.
     *
     * @return the live map
     */
    public Map<String, Object> relationshipsToWrite() {
        Map<String, Object> rels = this.relationships;
        if (rels == null) {
            rels = new LinkedHashMap<>();
            this.relationships = rels;
        }
        return rels;
    }

    /**
     * A loaded relationship value.
     *
     * @param name the relationship name
     * @return the value, {@link Rows#NULL_RELATION}, or {@code null} when not loaded
     */
    public @Nullable Object relationship(String name) {
        Map<String, Object> rels = this.relationships;
        return rels == null ? null : rels.get(name);
    }

    /**
     * Stores a loaded relationship value.
     *
     * @param name the relationship name
     * @param value the related row, list, or {@code null}
     */
    public void setRelationship(String name, @Nullable Object value) {
        relationshipsToWrite().put(name, value == null ? Rows.NULL_RELATION : value);
    }

    /**
     * The registry (a {@code TableMetadata}) the row was read through, which knows its
     * back-references.
     *
     * @return the registry, or {@code null} for a row never read
     */
    public @Nullable Object registry() {
        return this.registry;
    }

    /**
     * Records the registry the row was read through.
     *
     * @param registry a {@code TableMetadata}
     */
    public void readThrough(Object registry) {
        this.registry = registry;
    }
}
