package dev.qlio.orm.schema.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The rows of a loaded collection relationship: an ordinary mutable list that remembers what was
 * loaded, so that adding the parent can insert new children and handle removed ones.
 *
 * @param <E> the row type
 */
public final class LoadedList<E> extends ArrayList<E> {

    private static final long serialVersionUID = 1L;

    /** The rows as loaded: kept through serialization, so removed rows are still handled. */
    @SuppressWarnings("serial") // an unmodifiable List.copyOf of rows, which are serializable
    private List<E> original;

    /**
     * A list of loaded rows.
     *
     * @param loaded the rows as loaded
     */
    public LoadedList(Collection<? extends E> loaded) {
        super(loaded);
        this.original = List.copyOf(loaded);
    }

    /**
     * An empty list to fill with loaded rows, then {@linkplain #loaded() mark as loaded}: saves the
     * copy {@link #LoadedList(Collection)} makes when rows are read one at a time.
     */
    public LoadedList() {
        this.original = List.of();
    }

    /**
     * Makes the rows added so far the loaded state.
     *
     * @return this list
     */
    public LoadedList<E> loaded() {
        this.original = List.copyOf(this);
        return this;
    }

    /**
     * The rows as loaded (or as last written).
     *
     * @return an unmodifiable snapshot
     */
    public List<E> original() {
        return this.original;
    }

    /** Makes the current contents the loaded state, after they were written. */
    public void resetSnapshot() {
        this.original = List.copyOf(this);
    }

    /**
     * Makes an earlier loaded state current again (its unit of work did not commit).
     *
     * @param loaded the rows as loaded before, from {@link #original()}
     */
    public void restoreSnapshot(List<E> loaded) {
        this.original = loaded;
    }
}
