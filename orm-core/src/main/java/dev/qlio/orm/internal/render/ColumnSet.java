package dev.qlio.orm.internal.render;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * An immutable set of column positions: the columns a write sets. It keys the cache of statement
 * shapes, so its equality is by content; tables of any width are supported.
 */
public final class ColumnSet {

    private final long[] words;

    private final int size;

    private ColumnSet(long[] words) {
        this.words = words;
        int n = 0;
        for (long w : words) {
            n += Long.bitCount(w);
        }
        this.size = n;
    }

    /**
     * Whether the set holds a column.
     *
     * @param position the column's position
     * @return whether it is in the set
     */
    public boolean contains(int position) {
        int word = position >>> 6;
        return word < this.words.length && (this.words[word] & (1L << position)) != 0;
    }

    /**
     * Whether the set is empty.
     *
     * @return whether no column is in it
     */
    public boolean isEmpty() {
        return this.size == 0;
    }

    /**
     * The number of columns in the set.
     *
     * @return the count
     */
    public int size() {
        return this.size;
    }

    /**
     * This set without one column.
     *
     * @param position the column to leave out; negative for none
     * @return the set without it
     */
    public ColumnSet without(int position) {
        if (position < 0 || !contains(position)) {
            return this;
        }
        long[] copy = this.words.clone();
        copy[position >>> 6] &= ~(1L << position);
        return new ColumnSet(copy);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ColumnSet set && Arrays.equals(this.words, set.words);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(this.words);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < this.words.length * 64; i++) {
            if (contains(i)) {
                sb.append(sb.length() > 1 ? ", " : "").append(i);
            }
        }
        return sb.append(']').toString();
    }

    /**
     * Builds a set for a table of a given width.
     *
     * @param columns the table's number of columns
     * @return a builder
     */
    public static Builder builder(int columns) {
        return new Builder(columns);
    }

    /** Collects the positions of a set. Not thread-safe; one per write. */
    public static final class Builder {

        private final long[] words;

        private Builder(int columns) {
            this.words = new long[Math.max(1, (columns + 63) >>> 6)];
        }

        /**
         * Adds a column.
         *
         * @param position its position
         * @return this builder
         */
        public Builder add(int position) {
            this.words[position >>> 6] |= 1L << position;
            return this;
        }

        /**
         * The set.
         *
         * @return the immutable set
         */
        public ColumnSet build() {
            return new ColumnSet(this.words.clone());
        }
    }
}
