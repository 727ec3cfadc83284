package dev.qlio.orm.schema.internal;

import dev.qlio.orm.schema.Table;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Internal access to a row's state for sessions and loaders: raw values by column index, change
 * flags and persistence. Not for applications; may change without notice.
 */
public final class Rows {

    /** Marks a loaded relationship whose value is {@code null}. */
    public static final Object NULL_RELATION = new Object();

    /**
     * Marks a many-to-one relationship the application cleared with {@code setRelated(r, null)}.
     */
    public static final Object SET_NULL_RELATION = new Object();

    private static volatile @Nullable Accessor accessor;

    private Rows() {}

    /**
     * Installed once by {@link Table}'s static initialiser.
     *
     * @param rowAccessor the accessor
     */
    public static void install(Accessor rowAccessor) {
        accessor = rowAccessor;
    }

    /**
     * The accessor; {@link Table} is initialised whenever a row exists.
     *
     * @return the accessor
     */
    public static Accessor access() {
        Accessor a = accessor;
        if (a == null) {
            try {
                // Table's static initialiser installs the accessor
                Class.forName(Table.class.getName(), true, Table.class.getClassLoader());
            } catch (ClassNotFoundException ex) {
                throw new IllegalStateException(ex);
            }
            a = accessor;
        }
        return Objects.requireNonNull(a, "Table did not install its row accessor");
    }

    /** Operations on a row's internal state. */
    public interface Accessor {

        /**
         * The raw value at a column index.
         *
         * @param row the row
         * @param index the column index
         * @return the value
         */
        @Nullable Object value(Table row, int index);

        /**
         * Whether the row has a value at a column index.
         *
         * @param row the row
         * @param index the column index
         * @return whether it has one
         */
        boolean hasValue(Table row, int index);

        /**
         * Whether the value at a column index changed.
         *
         * @param row the row
         * @param index the column index
         * @return whether it changed
         */
        boolean isChanged(Table row, int index);

        /**
         * Stores a value read from the database, without history.
         *
         * @param row the row
         * @param index the column index
         * @param value the value
         */
        void load(Table row, int index, @Nullable Object value);

        /**
         * Stores a value with history, without type checks.
         *
         * @param row the row
         * @param index the column index
         * @param value the value
         */
        void store(Table row, int index, @Nullable Object value);

        /**
         * Whether the row exists in the database (was loaded or written).
         *
         * @param row the row
         * @return whether it does
         */
        boolean isPersisted(Table row);

        /**
         * Marks the row as written: history restarts.
         *
         * @param row the row
         */
        void markPersisted(Table row);

        /**
         * Marks the row as new again (after it was deleted): the next add inserts it.
         *
         * @param row the row
         */
        void markNew(Table row);

        /**
         * Stores an extra attribute.
         *
         * @param row the row
         * @param name the name
         * @param value the value
         */
        void setAttribute(Table row, String name, @Nullable Object value);

        /**
         * Stores a loaded relationship value.
         *
         * @param row the row
         * @param name the relationship name
         * @param value the related row, list, or {@code null}
         */
        void setRelationship(Table row, String name, @Nullable Object value);

        /**
         * The loaded (or set) relationships of a row by name.
         *
         * @param row the row
         * @return the live map, or {@code null} when none
         */
        @Nullable Map<String, Object> relationships(Table row);

        /**
         * A loaded relationship value.
         *
         * @param row the row
         * @param name the relationship name
         * @return the value, {@link #NULL_RELATION}, or {@code null} when not loaded
         */
        @Nullable Object relationship(Table row, String name);
    }
}
