package dev.qlio.orm.internal.session;

import dev.qlio.orm.schema.internal.RowState;
import dev.qlio.orm.schema.internal.Rows;
import dev.qlio.orm.session.UnitOfWorkFailedException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a session's current unit of work did to rows and whether it may still commit.
 *
 * <p><b>The journal.</b> The first time a statement writes a row in a unit of work — before the
 * session changes anything in it (client defaults, generated key, version, history, persisted flag,
 * loaded collections) — the row's state is copied here. When the unit of work commits the copies
 * are dropped: only then is a row's write state final. When it does not commit (rollback, close
 * without commit, a Spring transaction rolled back, a failed attempt of a retry) every row is put
 * back, newest first, exactly as it was before — so running the work again writes it again instead
 * of finding a "persisted", unchanged row and writing nothing. A savepoint opens a scope: a row
 * written after it is copied again, and rolling back to the savepoint restores only what was
 * written since. Rows that are only read cost nothing; a written row costs one identity-map entry
 * per unit of work (per savepoint scope).
 *
 * <p><b>Doom.</b> A statement that failed inside the transaction dooms it: PostgreSQL aborts the
 * transaction (and would then "commit" nothing without saying so) while H2, MariaDB and SQLite
 * would commit the statements around the failed one. Qlio makes every database behave the same: a
 * doomed unit of work never commits — {@link #doomed()} is what commit throws — unless the failure
 * came after a savepoint that was then rolled back.
 *
 * <p>One per session; not thread-safe, like the session.
 */
final class UnitOfWork {

    private static final Rows.Accessor ROWS = Rows.access();

    /** Copies of written rows, oldest first; {@code null} until the first write. */
    private @Nullable List<Entry> entries;

    /** The newest copy of each written row. */
    private @Nullable IdentityHashMap<Object, Entry> latest;

    /** The open savepoints, oldest first; {@code null} when none was set. */
    private @Nullable List<Mark> marks;

    /** The scope of the innermost open savepoint; 0 outside any. */
    private int generation;

    private int nextGeneration = 1;

    /** The failure that dooms the unit of work (the one in the outermost scope). */
    private @Nullable Throwable failure;

    private int failureGeneration;

    /**
     * A unit of work.
     *
     * @param joined whether it is part of the Spring-managed transaction bound to the thread, which
     *     ends it: a {@link JoinedCompletion} registered with that transaction now (not at the
     *     first write, which might run while another transaction is current) tells it how it ended
     */
    UnitOfWork(boolean joined) {
        if (joined) {
            JoinedCompletion.register(this);
        }
    }

    /**
     * Records a row before a statement (or the session) changes it, once per unit of work and
     * savepoint scope.
     *
     * @param row the row (a {@code Table})
     */
    void written(Object row) {
        IdentityHashMap<Object, Entry> map = this.latest;
        if (map == null) {
            map = new IdentityHashMap<>();
            this.latest = map;
            this.entries = new ArrayList<>();
        }
        Entry previous = map.get(row);
        if (previous != null && previous.generation >= this.generation) {
            return; // already copied in this scope (or in one opened after it and since released)
        }
        Entry entry = new Entry(row, ROWS.snapshot(row), this.generation, previous);
        entries().add(entry);
        map.put(row, entry);
    }

    /**
     * Records that a statement failed inside the transaction: the unit of work can no longer
     * commit.
     *
     * @param error the failure
     */
    void failed(Throwable error) {
        if (this.failure == null || this.generation < this.failureGeneration) {
            // keep the failure of the outermost scope: only a rollback that undoes it undoes all
            this.failure = error;
            this.failureGeneration = this.generation;
        }
    }

    /**
     * The failure that dooms the unit of work.
     *
     * @return the failure, or {@code null} when it may commit
     */
    @Nullable Throwable failure() {
        return this.failure;
    }

    /**
     * The exception a doomed unit of work's commit throws, after rolling back.
     *
     * @return the exception, caused by the failure
     */
    UnitOfWorkFailedException doomed() {
        Throwable cause = Objects.requireNonNull(this.failure, "not doomed");
        return new UnitOfWorkFailedException(
                "Rolled back instead of committing: a statement of this unit of work failed ("
                        + cause.getClass().getSimpleName()
                        + "), and a transaction with a failed statement is never committed, on any"
                        + " database. Nothing was committed and its rows are as before it. To go on"
                        + " after a failure you expect, set a savepoint before the statement and"
                        + " roll back to it",
                cause);
    }

    /**
     * Opens a savepoint scope.
     *
     * @return its mark, for {@link #rolledBackTo} and {@link #released}
     */
    Mark savepoint() {
        List<Mark> open = this.marks;
        if (open == null) {
            open = new ArrayList<>(2);
            this.marks = open;
        }
        Mark mark = new Mark(this.nextGeneration++, size(), this.generation);
        open.add(mark);
        this.generation = mark.generation;
        return mark;
    }

    /**
     * The transaction rolled back to a savepoint: rows written since are restored, savepoints set
     * after it are gone, and a failure since no longer dooms the unit of work. The savepoint itself
     * stays open, as in SQL.
     *
     * @param mark the savepoint's mark
     */
    void rolledBackTo(Mark mark) {
        restoreDownTo(mark.size);
        closeAfter(mark);
        this.generation = mark.generation;
        if (this.failure != null && this.failureGeneration >= mark.generation) {
            this.failure = null;
        }
    }

    /**
     * A savepoint was released: what was written since it belongs to the enclosing scope.
     *
     * @param mark the savepoint's mark
     */
    void released(Mark mark) {
        closeAfter(mark);
        List<Mark> open = this.marks;
        if (open != null) {
            open.remove(mark);
        }
        this.generation = mark.parent;
    }

    /** The unit of work committed: its rows' write state is final; a new one begins. */
    void committed() {
        reset();
    }

    /** The unit of work did not commit: every row it wrote is put back as it was before. */
    void rolledBack() {
        try {
            restoreDownTo(0);
        } finally {
            reset();
        }
    }

    private void reset() {
        this.entries = null;
        this.latest = null;
        this.marks = null;
        this.generation = 0;
        this.failure = null;
    }

    private int size() {
        List<Entry> e = this.entries;
        return e == null ? 0 : e.size();
    }

    private List<Entry> entries() {
        List<Entry> e = this.entries;
        if (e == null) {
            e = new ArrayList<>();
            this.entries = e;
        }
        return e;
    }

    /** Restores rows newest first until {@code size} copies remain. */
    private void restoreDownTo(int size) {
        List<Entry> e = this.entries;
        IdentityHashMap<Object, Entry> map = this.latest;
        if (e == null || map == null) {
            return;
        }
        for (int i = e.size() - 1; i >= size; i--) {
            Entry entry = e.remove(i);
            ROWS.restore(entry.row, entry.snapshot);
            if (entry.previous == null) {
                map.remove(entry.row);
            } else {
                map.put(entry.row, entry.previous);
            }
        }
    }

    /** Forgets the savepoints set after {@code mark} (the database forgot them too). */
    private void closeAfter(Mark mark) {
        List<Mark> open = this.marks;
        if (open == null) {
            return;
        }
        open.removeIf(m -> m.generation > mark.generation);
    }

    /** A copy of one row, taken in one savepoint scope. */
    private record Entry(
            Object row, RowState.Snapshot snapshot, int generation, @Nullable Entry previous) {}

    /**
     * Where a savepoint was set: its scope, the number of copies before it, the enclosing scope.
     *
     * @param generation the savepoint's scope
     * @param size copies taken before it
     * @param parent the scope it was set in
     */
    record Mark(int generation, int size, int parent) {

        /** Before anything the unit of work recorded. */
        static final Mark START = new Mark(0, 0, 0);
    }
}
