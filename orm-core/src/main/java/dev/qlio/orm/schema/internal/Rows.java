package dev.qlio.orm.schema.internal;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Internal access to a row's state for sessions and loaders: raw values by column index, change
 * flags and persistence. Not for applications; may change without notice.
 *
 * <p>Rows are passed as {@code Object}: this package sits below the schema and must not name {@code
 * Table}, which installs the one function from a row to its {@link RowState} when it initialises.
 * Every call passes a row, so {@code Table} is initialised by then and no lookup is needed per row.
 */
public final class Rows {

    /** Marks a loaded relationship whose value is {@code null}. */
    public static final Object NULL_RELATION = Marker.NULL_RELATION;

    /**
     * Marks a many-to-one relationship the application cleared with {@code setRelated(r, null)}.
     */
    public static final Object SET_NULL_RELATION = Marker.SET_NULL_RELATION;

    /** The markers as an enum: they keep their identity through Java serialization. */
    private enum Marker {
        NULL_RELATION,
        SET_NULL_RELATION
    }

    private static final Accessor ACCESSOR = new StateAccessor();

    private static volatile @Nullable Function<Object, RowState> states;

    private Rows() {}

    /**
     * Installed once by {@code Table}'s static initialiser.
     *
     * @param stateOfRow returns the state of a row (a {@code Table})
     */
    public static void install(Function<Object, RowState> stateOfRow) {
        states = Objects.requireNonNull(stateOfRow, "stateOfRow must not be null");
    }

    /**
     * The accessor.
     *
     * @return the accessor
     */
    public static Accessor access() {
        return ACCESSOR;
    }

    /**
     * The state of a row.
     *
     * @param row a row (a {@code Table})
     * @return its state
     */
    public static RowState state(Object row) {
        Function<Object, RowState> f = states;
        if (f == null) {
            f = installedBy(row);
        }
        return f.apply(row);
    }

    private static Function<Object, RowState> installedBy(Object row) {
        // a row exists, so Table is initialised; this thread may just not have seen the write yet
        Class<?> rowClass = row.getClass();
        try {
            Class.forName(rowClass.getName(), true, rowClass.getClassLoader());
        } catch (ClassNotFoundException ex) {
            throw new IllegalStateException(ex);
        }
        return Objects.requireNonNull(states, "Table did not install its row state access");
    }

    /** Operations on a row's internal state; every {@code row} is a {@code Table}. */
    public interface Accessor {

        /**
         * The raw value at a column index.
         *
         * @param row the row
         * @param index the column index
         * @return the value
         */
        @Nullable Object value(Object row, int index);

        /**
         * Whether the row has a value at a column index.
         *
         * @param row the row
         * @param index the column index
         * @return whether it has one
         */
        boolean hasValue(Object row, int index);

        /**
         * Whether the value at a column index changed.
         *
         * @param row the row
         * @param index the column index
         * @return whether it changed
         */
        boolean isChanged(Object row, int index);

        /**
         * Stores a value into a row being read from the database ({@link #markRead} follows once
         * every column is stored).
         *
         * @param row the row, new from its table
         * @param index the column index
         * @param value the value
         */
        void loadRead(Object row, int index, @Nullable Object value);

        /**
         * Stores a value read from the database, without history.
         *
         * @param row the row
         * @param index the column index
         * @param value the value
         */
        void load(Object row, int index, @Nullable Object value);

        /**
         * Stores a value with history, without type checks.
         *
         * @param row the row
         * @param index the column index
         * @param value the value
         */
        void store(Object row, int index, @Nullable Object value);

        /**
         * Whether the row exists in the database (was loaded or written).
         *
         * @param row the row
         * @return whether it does
         */
        boolean isPersisted(Object row);

        /**
         * Marks the row as written: history restarts.
         *
         * @param row the row
         */
        void markPersisted(Object row);

        /**
         * Marks a row read from the database: persisted, and read through the given registry.
         *
         * @param row the row
         * @param registry the {@code TableMetadata} of the database it was read from
         */
        void markRead(Object row, Object registry);

        /**
         * Marks the row as new again (after it was deleted): the next add inserts it.
         *
         * @param row the row
         */
        void markNew(Object row);

        /**
         * Stores an extra attribute.
         *
         * @param row the row
         * @param name the name
         * @param value the value
         */
        void setAttribute(Object row, String name, @Nullable Object value);

        /**
         * Stores a loaded relationship value.
         *
         * @param row the row
         * @param name the relationship name
         * @param value the related row, list, or {@code null}
         */
        void setRelationship(Object row, String name, @Nullable Object value);

        /**
         * The loaded (or set) relationships of a row by name.
         *
         * @param row the row
         * @return the live map, or {@code null} when none
         */
        @Nullable Map<String, Object> relationships(Object row);

        /**
         * A loaded relationship value.
         *
         * @param row the row
         * @param name the relationship name
         * @return the value, {@link #NULL_RELATION}, or {@code null} when not loaded
         */
        @Nullable Object relationship(Object row, String name);

        /**
         * A copy of the row's state, to give it back when a unit of work does not commit.
         *
         * @param row the row
         * @return the snapshot
         */
        RowState.Snapshot snapshot(Object row);

        /**
         * Puts a row back in the state of a snapshot taken from it.
         *
         * @param row the row
         * @param snapshot its snapshot
         */
        void restore(Object row, RowState.Snapshot snapshot);
    }

    /** The one accessor: each operation on the row's {@link RowState}. */
    private static final class StateAccessor implements Accessor {

        @Override
        public @Nullable Object value(Object row, int index) {
            return state(row).value(index);
        }

        @Override
        public boolean hasValue(Object row, int index) {
            return state(row).hasValue(index);
        }

        @Override
        public boolean isChanged(Object row, int index) {
            return state(row).isChanged(index);
        }

        @Override
        public void loadRead(Object row, int index, @Nullable Object value) {
            state(row).loadRead(index, value);
        }

        @Override
        public void load(Object row, int index, @Nullable Object value) {
            state(row).load(index, value);
        }

        @Override
        public void store(Object row, int index, @Nullable Object value) {
            state(row).store(index, value);
        }

        @Override
        public boolean isPersisted(Object row) {
            return state(row).isPersisted();
        }

        @Override
        public void markPersisted(Object row) {
            state(row).markPersisted();
        }

        @Override
        public void markRead(Object row, Object registry) {
            RowState s = state(row);
            s.markRead();
            s.readThrough(registry);
        }

        @Override
        public void markNew(Object row) {
            state(row).markNew();
        }

        @Override
        public void setAttribute(Object row, String name, @Nullable Object value) {
            state(row).setAttribute(name, value);
        }

        @Override
        public void setRelationship(Object row, String name, @Nullable Object value) {
            state(row).setRelationship(name, value);
        }

        @Override
        public @Nullable Map<String, Object> relationships(Object row) {
            return state(row).relationships();
        }

        @Override
        public @Nullable Object relationship(Object row, String name) {
            return state(row).relationship(name);
        }

        @Override
        public RowState.Snapshot snapshot(Object row) {
            return state(row).snapshot();
        }

        @Override
        public void restore(Object row, RowState.Snapshot snapshot) {
            state(row).restore(snapshot);
        }
    }
}
