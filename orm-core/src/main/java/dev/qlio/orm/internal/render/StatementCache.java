package dev.qlio.orm.internal.render;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;

/**
 * The SQL text of each statement {@linkplain ShapeKey shape} one database has rendered, so that a
 * query repeated with other values renders its text once and then only collects its parameters.
 * Bounded: when full, about a quarter of the shapes (an arbitrary quarter, cheaply) are dropped, so
 * an application generating unbounded shapes costs re-rendering, never memory. Thread-safe without
 * a lock on the read path.
 */
public final class StatementCache {

    /** Shapes kept per database unless configured otherwise. */
    public static final int DEFAULT_CAPACITY = 4096;

    private final Map<ShapeKey, String> texts = new ConcurrentHashMap<>();

    private final int capacity;

    private final LongAdder hits = new LongAdder();

    private final LongAdder misses = new LongAdder();

    StatementCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
    }

    /** The cached text of a shape, counting a hit or a miss. */
    @Nullable String get(ShapeKey key) {
        String text = this.texts.get(key);
        (text != null ? this.hits : this.misses).increment();
        return text;
    }

    /** Keeps the text of a shape; returns the text kept (another thread's, if it was first). */
    String put(ShapeKey key, String text) {
        if (this.texts.size() >= this.capacity) {
            evict();
        }
        String previous = this.texts.putIfAbsent(key, text);
        return previous != null ? previous : text;
    }

    private void evict() {
        int target = this.capacity - Math.max(1, this.capacity / 4);
        Iterator<ShapeKey> it = this.texts.keySet().iterator();
        while (this.texts.size() > target && it.hasNext()) {
            it.next();
            it.remove();
        }
    }

    /**
     * The number of shapes held.
     *
     * @return the size, at most the capacity
     */
    public int size() {
        return this.texts.size();
    }

    /**
     * The number of statements whose text came from the cache.
     *
     * @return the hits since the database was built
     */
    public long hits() {
        return this.hits.sum();
    }

    /**
     * The number of statements whose text was rendered.
     *
     * @return the misses since the database was built
     */
    public long misses() {
        return this.misses.sum();
    }

    /** Drops every shape (tests, and a future schema reload). */
    public void clear() {
        this.texts.clear();
    }
}
