package dev.qlio.benchmarks.peers;

import dev.qlio.benchmarks.model.AuthorRow;
import dev.qlio.benchmarks.model.BookRow;
import java.util.List;
import java.util.function.Consumer;

/**
 * One library doing the benchmarked operations on its fastest documented path. Every operation is
 * one unit of work on a connection from the shared pool; writes end as the fixture says (rolled
 * back while benchmarking). The {@code *Row} methods turn the peer's own entities into canonical
 * rows for the smoke test's comparison.
 */
public interface Peer extends AutoCloseable {

    /** The author with this id. */
    Object findById(long id);

    /** The authors with {@code id <= n}, by id. */
    List<?> list(int n);

    /** The authors {@code firstId .. firstId + count - 1}, by id, each with its books by id. */
    List<?> joinLoad(long firstId, int count);

    /** Every book, read through a cursor and handed to {@code sink} one by one; the count. */
    long stream(Consumer<Object> sink);

    /** Inserts the author {@link dev.qlio.benchmarks.DataSet#author(long) seq}; its new id. */
    long insertOne(long seq);

    /** Inserts {@code count} authors in one batch, numbered from {@code seq}. */
    void insertBatch(long seq, int count);

    /** Loads an author, changes its name, writes it (only that column where the peer can). */
    void updateName(long id, String name);

    /** Deletes a book by id, in one statement. */
    void deleteBook(long id);

    /** An author entity of this peer, canonical. */
    AuthorRow authorRow(Object author);

    /** The books of an author entity returned by {@link #joinLoad}, canonical, by id. */
    List<BookRow> bookRows(Object authorWithBooks);

    /** A book entity handed to the {@link #stream} sink, canonical. */
    BookRow bookRow(Object book);

    @Override
    default void close() {}
}
