package dev.qlio.benchmarks.peers;

import dev.qlio.benchmarks.DataSet;
import dev.qlio.benchmarks.Fixture;
import dev.qlio.benchmarks.model.AuthorRow;
import dev.qlio.benchmarks.model.BookRow;
import dev.qlio.orm.Database;
import dev.qlio.orm.schema.LoadStrategy;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.session.Session;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Qlio: one {@link Session} per operation, typed queries, rows written with {@code add}/{@code
 * addAll}. {@code joinLoad} loads {@link QAuthor#BOOKS} with the {@code JOINED} strategy (one
 * statement, peer {@code qlio}), the {@code SELECT} strategy (two statements, peer {@code
 * qlioSelect}) or the manual two-query grouping that predates relationship loading (peer {@code
 * qlioManual}); the other operations are the same for all three.
 */
public final class QlioPeer implements Peer {

    private final Fixture fixture;

    private final Database db;

    private final LoadStrategy strategy;

    /** {@code joinLoad} with the {@code JOINED} strategy. */
    public QlioPeer(Fixture fixture) {
        this(fixture, LoadStrategy.JOINED);
    }

    /**
     * @param strategy how {@code joinLoad} loads the books; {@code null} for the manual grouping
     */
    public QlioPeer(Fixture fixture, LoadStrategy strategy) {
        this.fixture = fixture;
        this.strategy = strategy;
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(QAuthor.class);
        metadata.registerTable(QBook.class);
        metadata.setupTables();
        this.db =
                Database.builder(fixture.dataSource(), metadata)
                        .batchSize(Fixture.BATCH_SIZE)
                        .fetchSize(Fixture.FETCH_SIZE)
                        .build();
    }

    /** The database, for tests. */
    public Database database() {
        return this.db;
    }

    @Override
    public QAuthor findById(long id) {
        try (Session s = this.db.session()) {
            return s.select(QAuthor.class).where(QAuthor.ID.eq(id)).first().orElse(null);
        }
    }

    @Override
    public List<QAuthor> list(int n) {
        try (Session s = this.db.session()) {
            return s.select(QAuthor.class)
                    .where(QAuthor.ID.le((long) n))
                    .orderBy(QAuthor.ID.asc())
                    .all();
        }
    }

    @Override
    public List<?> joinLoad(long firstId, int count) {
        if (this.strategy == null) {
            return manualJoinLoad(firstId, count);
        }
        try (Session s = this.db.session()) {
            return s.select(QAuthor.class)
                    .where(QAuthor.ID.ge(firstId).and(QAuthor.ID.le(firstId + count - 1)))
                    .load(QAuthor.BOOKS, this.strategy)
                    .orderBy(QAuthor.ID.asc())
                    .all();
        }
    }

    private List<AuthorWithBooks> manualJoinLoad(long firstId, int count) {
        try (Session s = this.db.session()) {
            List<QAuthor> authors =
                    s.select(QAuthor.class)
                            .where(QAuthor.ID.ge(firstId).and(QAuthor.ID.le(firstId + count - 1)))
                            .orderBy(QAuthor.ID.asc())
                            .all();
            List<Long> ids = new ArrayList<>(authors.size());
            Map<Long, AuthorWithBooks> byId = new HashMap<>(authors.size() * 2);
            List<AuthorWithBooks> result = new ArrayList<>(authors.size());
            for (QAuthor a : authors) {
                Long id = a.get(QAuthor.ID);
                ids.add(id);
                AuthorWithBooks graph = new AuthorWithBooks(a, new ArrayList<>());
                byId.put(id, graph);
                result.add(graph);
            }
            if (!ids.isEmpty()) {
                for (QBook b :
                        s.select(QBook.class)
                                .where(QBook.AUTHOR_ID.in(ids))
                                .orderBy(QBook.AUTHOR_ID.asc(), QBook.ID.asc())
                                .all()) {
                    byId.get(b.get(QBook.AUTHOR_ID)).books().add(b);
                }
            }
            return result;
        }
    }

    /** An author row with its books, grouped by the caller. */
    public record AuthorWithBooks(QAuthor author, List<QBook> books) {}

    @Override
    public long stream(Consumer<Object> sink) {
        long[] n = {0};
        try (Session s = this.db.session();
                Stream<QBook> books = s.select(QBook.class).stream()) {
            books.forEach(
                    b -> {
                        sink.accept(b);
                        n[0]++;
                    });
        }
        return n[0];
    }

    static QAuthor newAuthor(long seq) {
        AuthorRow r = DataSet.author(seq);
        QAuthor a = new QAuthor();
        a.set(QAuthor.NAME, r.name());
        a.set(QAuthor.EMAIL, r.email());
        a.set(QAuthor.BORN, r.born());
        a.set(QAuthor.RATING, r.rating());
        a.set(QAuthor.ACTIVE, r.active());
        a.set(QAuthor.CREATED_AT, r.createdAt());
        a.set(QAuthor.SCORE, r.score());
        return a;
    }

    @Override
    public long insertOne(long seq) {
        QAuthor a = newAuthor(seq);
        try (Session s = this.db.session()) {
            s.add(a);
            // read before the unit of work ends: a rolled-back insert gives its key back
            long id = a.get(QAuthor.ID);
            finish(s);
            return id;
        }
    }

    @Override
    public void insertBatch(long seq, int count) {
        List<QAuthor> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(newAuthor(seq + i));
        }
        try (Session s = this.db.session()) {
            s.addAll(rows);
            finish(s);
        }
    }

    @Override
    public void updateName(long id, String name) {
        try (Session s = this.db.session()) {
            QAuthor a = s.select(QAuthor.class).where(QAuthor.ID.eq(id)).first().orElseThrow();
            a.set(QAuthor.NAME, name);
            s.add(a);
            finish(s);
        }
    }

    @Override
    public void deleteBook(long id) {
        try (Session s = this.db.session()) {
            s.delete(QBook.class).where(QBook.ID.eq(id)).execute();
            finish(s);
        }
    }

    private void finish(Session s) {
        if (this.fixture.commitWrites()) {
            s.commit();
        }
        // otherwise close() rolls back
    }

    @Override
    public AuthorRow authorRow(Object author) {
        QAuthor a = author instanceof AuthorWithBooks g ? g.author() : (QAuthor) author;
        return new AuthorRow(
                a.get(QAuthor.ID),
                a.get(QAuthor.NAME),
                a.get(QAuthor.EMAIL),
                a.get(QAuthor.BORN),
                a.get(QAuthor.RATING),
                a.get(QAuthor.ACTIVE),
                a.get(QAuthor.CREATED_AT),
                a.get(QAuthor.SCORE));
    }

    @Override
    public List<BookRow> bookRows(Object authorWithBooks) {
        List<QBook> books =
                authorWithBooks instanceof AuthorWithBooks g
                        ? g.books()
                        : ((QAuthor) authorWithBooks).relatedList(QAuthor.BOOKS);
        return books.stream()
                .map(this::bookRow)
                .sorted(java.util.Comparator.comparingLong(BookRow::id))
                .toList();
    }

    @Override
    public BookRow bookRow(Object book) {
        QBook b = (QBook) book;
        return new BookRow(
                b.get(QBook.ID),
                b.get(QBook.AUTHOR_ID),
                b.get(QBook.TITLE),
                b.get(QBook.PAGES),
                b.get(QBook.PUBLISHED));
    }
}
