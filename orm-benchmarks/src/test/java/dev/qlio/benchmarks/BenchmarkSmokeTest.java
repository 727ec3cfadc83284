package dev.qlio.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.benchmarks.model.AuthorRow;
import dev.qlio.benchmarks.model.BookRow;
import dev.qlio.benchmarks.peers.Peer;
import dev.qlio.benchmarks.peers.Peers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Runs every benchmark method once on H2 for every peer and checks that each peer returns the same
 * rows (the data set's), and that its writes do what they claim when committed.
 */
class BenchmarkSmokeTest {

    private static Fixture fixture;

    private static final Map<String, Peer> PEERS = new LinkedHashMap<>();

    @BeforeAll
    static void openPeers() {
        fixture = Fixture.open(DatabaseKind.H2);
        for (String name : Peers.ALL) {
            PEERS.put(name, Peers.create(name, fixture));
        }
    }

    @AfterAll
    static void closePeers() {
        PEERS.values().forEach(Peer::close);
        PEERS.clear();
        if (fixture != null) {
            fixture.close();
        }
    }

    private static Blackhole blackhole() {
        return new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is"
                        + " dangerous.");
    }

    @Test
    void everyBenchmarkMethodRunsOnceForEveryPeerAndRolledBackWritesLeaveTheData()
            throws SQLException {
        OrmBenchmark benchmark = new OrmBenchmark();
        Blackhole bh = blackhole();
        for (Map.Entry<String, Peer> e : PEERS.entrySet()) {
            PeerState state = new PeerState();
            state.db = "h2";
            state.peer = e.getKey();
            state.fixture = fixture;
            state.impl = e.getValue();
            OrmBenchmark.ListSize size = new OrmBenchmark.ListSize();
            size.n = 10;
            assertThat(benchmark.findById(state)).as(e.getKey()).isNotNull();
            assertThat((List<?>) benchmark.list(state, size)).as(e.getKey()).hasSize(10);
            assertThat((List<?>) benchmark.joinLoad(state)).as(e.getKey()).hasSize(100);
            assertThat(benchmark.stream(state, bh)).as(e.getKey()).isEqualTo(DataSet.BOOKS);
            assertThat(benchmark.insertOne(state)).as(e.getKey()).isGreaterThan(DataSet.AUTHORS);
            benchmark.insertBatch(state);
            benchmark.updateOneChangedColumn(state);
            benchmark.deleteById(state);
        }
        bh.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
        try (Connection c = fixture.dataSource().getConnection();
                Statement st = c.createStatement();
                ResultSet rs =
                        st.executeQuery(
                                "SELECT (SELECT COUNT(*) FROM author), (SELECT COUNT(*) FROM book),"
                                        + " (SELECT name FROM author WHERE id = 1)")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(DataSet.AUTHORS);
            assertThat(rs.getLong(2)).isEqualTo(DataSet.BOOKS);
            assertThat(rs.getString(3)).isEqualTo("Author 1");
        }
    }

    @Test
    void inListFindsTheSameRowsThroughQlioAndTheHandWrittenForm() throws SQLException {
        for (String type : List.of("bigint", "varchar")) {
            for (String peer : List.of("jdbcBest", "qlio")) {
                InListBenchmark benchmark = new InListBenchmark();
                benchmark.db = "h2";
                benchmark.type = type;
                benchmark.size = 1500;
                benchmark.peer = peer;
                benchmark.setUp();
                try {
                    assertThat(benchmark.in()).as(type + " " + peer).isEqualTo(1500);
                    assertThat(benchmark.in()).as(type + " " + peer).isEqualTo(1500);
                } finally {
                    benchmark.tearDown();
                }
            }
        }
    }

    @Test
    void renderOnlyRendersTheSameSqlForQlioAndTheHandWrittenFloor() {
        for (String peer : List.of("handWritten", "qlio", "jooq")) {
            RenderBenchmark benchmark = new RenderBenchmark();
            benchmark.db = "h2";
            benchmark.peer = peer;
            benchmark.setUp();
            assertThat(benchmark.renderOnly()).as(peer).containsIgnoringCase(" where ");
        }
        assertThat(RenderBenchmark.renderer("qlio", DatabaseKind.H2).apply(7))
                .isEqualTo(RenderBenchmark.handWritten(7));
    }

    @Test
    void startupRegistersEveryGeneratedTable() throws Exception {
        StartupBenchmark benchmark = new StartupBenchmark();
        benchmark.tables = 50;
        benchmark.generate();
        assertThat(benchmark.startup().tables()).hasSize(50);
    }

    @Test
    void findByIdReturnsTheSameRowFromEveryPeer() {
        for (Map.Entry<String, Peer> e : PEERS.entrySet()) {
            for (long id : new long[] {1, 10, 42, DataSet.AUTHORS}) {
                assertThat(e.getValue().authorRow(e.getValue().findById(id)))
                        .as(e.getKey() + " author " + id)
                        .isEqualTo(DataSet.author(id));
            }
        }
    }

    @Test
    void listReturnsTheSameRowsFromEveryPeer() {
        for (int n : new int[] {10, 100, 1000}) {
            List<AuthorRow> expected =
                    LongStream.rangeClosed(1, n).mapToObj(DataSet::author).toList();
            for (Map.Entry<String, Peer> e : PEERS.entrySet()) {
                Peer peer = e.getValue();
                assertThat(peer.list(n).stream().map(peer::authorRow).toList())
                        .as(e.getKey() + " list " + n)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void joinLoadReturnsTheSameAuthorsAndBooksFromEveryPeer() {
        long first = 201;
        List<AuthorRow> expectedAuthors = new ArrayList<>();
        List<List<BookRow>> expectedBooks = new ArrayList<>();
        for (long id = first; id < first + 100; id++) {
            expectedAuthors.add(DataSet.author(id));
            List<BookRow> books = new ArrayList<>();
            for (long j = id; j <= DataSet.BOOKS; j += DataSet.AUTHORS) {
                books.add(DataSet.book(j));
            }
            expectedBooks.add(books);
        }
        Map<String, Peer> peers = new LinkedHashMap<>(PEERS);
        for (String variant : Peers.QLIO_JOIN_VARIANTS) {
            peers.put(variant, Peers.create(variant, fixture));
        }
        for (Map.Entry<String, Peer> e : peers.entrySet()) {
            Peer peer = e.getValue();
            List<?> graphs = peer.joinLoad(first, 100);
            assertThat(graphs.stream().map(peer::authorRow).toList())
                    .as(e.getKey())
                    .isEqualTo(expectedAuthors);
            assertThat(graphs.stream().map(peer::bookRows).toList())
                    .as(e.getKey())
                    .isEqualTo(expectedBooks);
        }
    }

    @Test
    void streamReadsEveryBookFromEveryPeer() {
        long expectedSum = 0;
        for (long j = 1; j <= DataSet.BOOKS; j++) {
            expectedSum += DataSet.book(j).hashCode();
        }
        for (Map.Entry<String, Peer> e : PEERS.entrySet()) {
            Peer peer = e.getValue();
            long[] sum = {0};
            long count = peer.stream(b -> sum[0] += peer.bookRow(b).hashCode());
            assertThat(count).as(e.getKey()).isEqualTo(DataSet.BOOKS);
            assertThat(sum[0]).as(e.getKey() + " checksum").isEqualTo(expectedSum);
        }
    }

    @Test
    void committedWritesOfEveryPeerAreReadBack() throws SQLException {
        try (Fixture writable = Fixture.open(DatabaseKind.H2)) {
            writable.setCommitWrites(true);
            int k = 0;
            for (String name : Peers.ALL) {
                k++;
                try (Peer peer = Peers.create(name, writable)) {
                    long seq = 20_000 + k;
                    long id = peer.insertOne(seq);
                    AuthorRow expected = DataSet.author(seq);
                    assertThat(readAuthor(writable, id))
                            .as(name + " insertOne")
                            .isEqualTo(
                                    new AuthorRow(
                                            id,
                                            expected.name(),
                                            expected.email(),
                                            expected.born(),
                                            expected.rating(),
                                            expected.active(),
                                            expected.createdAt(),
                                            expected.score()));

                    long before = count(writable, "author");
                    long batchSeq = 100_000L * k;
                    peer.insertBatch(batchSeq, 1000);
                    assertThat(count(writable, "author"))
                            .as(name + " insertBatch")
                            .isEqualTo(before + 1000);
                    assertThat(
                                    countWhere(
                                            writable,
                                            "SELECT COUNT(*) FROM author WHERE name = ?",
                                            DataSet.author(batchSeq + 999).name()))
                            .as(name + " insertBatch last row")
                            .isEqualTo(1);

                    long updated = 500 + k;
                    peer.updateName(updated, "Renamed by " + name);
                    AuthorRow row = readAuthor(writable, updated);
                    assertThat(row.name()).as(name + " update").isEqualTo("Renamed by " + name);
                    assertThat(row.score()).isEqualTo(DataSet.author(updated).score());

                    long book = 1000 + k;
                    peer.deleteBook(book);
                    assertThat(countWhere(writable, "SELECT COUNT(*) FROM book WHERE id = ?", book))
                            .as(name + " delete")
                            .isZero();
                }
            }
        }
    }

    private static long count(Fixture f, String table) throws SQLException {
        return countWhere(f, "SELECT COUNT(*) FROM " + table + " WHERE 1 = ?", 1);
    }

    private static long countWhere(Fixture f, String sql, Object value) throws SQLException {
        try (Connection c = f.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static AuthorRow readAuthor(Fixture f, long id) throws SQLException {
        try (Connection c = f.dataSource().getConnection();
                PreparedStatement ps =
                        c.prepareStatement(
                                "SELECT id, name, email, born, rating, active, created_at, score"
                                        + " FROM author WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("author " + id + " exists").isTrue();
                return new AuthorRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getDouble(5),
                        rs.getBoolean(6),
                        rs.getObject(7, LocalDateTime.class),
                        rs.getInt(8));
            }
        }
    }
}
