package dev.qlio.benchmarks;

import dev.qlio.benchmarks.peers.Peer;
import dev.qlio.benchmarks.peers.Peers;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One peer on one database for a whole trial (fork), with the cycling ids every peer visits in the
 * same order.
 */
@State(Scope.Benchmark)
public class PeerState {

    /** {@code h2}, {@code postgresql} or {@code mariadb}. */
    @Param({"h2"})
    public String db;

    /** A name from {@link Peers#ALL}. */
    @Param({
        "jdbcIndex",
        "jdbcName",
        "jdbcClient",
        "qlio",
        "hibernate",
        "springDataJdbc",
        "jooq",
        "mybatis"
    })
    public String peer;

    /** Authors per {@code joinLoad}. */
    public static final int JOIN_AUTHORS = 100;

    /** Rows per {@code insertBatch}. */
    public static final int BATCH_ROWS = 1000;

    public Fixture fixture;

    public Peer impl;

    private long author;

    private long book;

    private long join;

    private long seq;

    @Setup(Level.Trial)
    public void setUp() {
        this.fixture = Fixture.open(DatabaseKind.of(this.db));
        this.impl = Peers.create(this.peer, this.fixture);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (this.impl != null) {
            this.impl.close();
        }
        if (this.fixture != null) {
            this.fixture.close();
        }
    }

    /** The next author id, cycling through the data set. */
    public long nextAuthorId() {
        this.author = this.author % DataSet.AUTHORS + 1;
        return this.author;
    }

    /** The next book id, cycling with a stride so consecutive deletes hit different pages. */
    public long nextBookId() {
        this.book = (this.book + 7919) % DataSet.BOOKS;
        return this.book + 1;
    }

    /** The first author of the next {@code joinLoad} window. */
    public long nextJoinFirst() {
        this.join = (this.join + JOIN_AUTHORS) % DataSet.AUTHORS;
        return this.join + 1;
    }

    /** A new number for inserted rows. */
    public long nextSeq(int rows) {
        long s = this.seq + DataSet.AUTHORS + 1;
        this.seq += rows;
        return s;
    }
}
