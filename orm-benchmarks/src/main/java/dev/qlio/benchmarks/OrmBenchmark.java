package dev.qlio.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The database operations, each peer on each database in its own fork. Results go to the Blackhole
 * (returned values are consumed by JMH). Writes are rolled back, so every invocation sees the same
 * data.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class OrmBenchmark {

    /** Rows per {@code list}. */
    @State(Scope.Benchmark)
    public static class ListSize {
        @Param({"10", "100", "1000"})
        public int n;
    }

    @Benchmark
    public Object findById(PeerState s) {
        return s.impl.findById(s.nextAuthorId());
    }

    @Benchmark
    public Object list(PeerState s, ListSize size) {
        return s.impl.list(size.n);
    }

    @Benchmark
    public Object joinLoad(PeerState s) {
        return s.impl.joinLoad(s.nextJoinFirst(), PeerState.JOIN_AUTHORS);
    }

    @Benchmark
    public long stream(PeerState s, Blackhole bh) {
        return s.impl.stream(row -> bh.consume(row));
    }

    @Benchmark
    public long insertOne(PeerState s) {
        return s.impl.insertOne(s.nextSeq(1));
    }

    @Benchmark
    public void insertBatch(PeerState s) {
        s.impl.insertBatch(s.nextSeq(PeerState.BATCH_ROWS), PeerState.BATCH_ROWS);
    }

    @Benchmark
    public void updateOneChangedColumn(PeerState s) {
        long id = s.nextAuthorId();
        s.impl.updateName(id, "Renamed " + id);
    }

    @Benchmark
    public void deleteById(PeerState s) {
        s.impl.deleteBook(s.nextBookId());
    }
}
