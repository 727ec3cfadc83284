package dev.qlio.orm.session;

/** A point inside a session's transaction to roll back to. */
public interface Savepoint {

    /** Undoes everything done since the savepoint was set; the savepoint is then released. */
    void rollback();

    /** Keeps everything done since the savepoint and forgets it. */
    void release();
}
