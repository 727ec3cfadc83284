package dev.qlio.benchmarks.peers;

import dev.qlio.benchmarks.DataSet;
import dev.qlio.benchmarks.Fixture;
import dev.qlio.benchmarks.model.AuthorRow;
import dev.qlio.benchmarks.model.BookRow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.Transaction;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * Hibernate ORM 7 without Spring: a plain {@link SessionFactory} over the shared pool, JDBC batch
 * size and fetch size set. Reads use a {@link StatelessSession} (no persistence context: the
 * documented fast path for read-only work), {@code joinLoad} one {@code join fetch}; the update is
 * a stateful load, dirty check and flush ({@code @DynamicUpdate}); the delete one mutation query.
 * Inserts cannot be JDBC-batched with {@code IDENTITY} keys (Hibernate's documented limitation), so
 * the batch is 1,000 inserts through a {@link StatelessSession}.
 */
public final class HibernatePeer implements Peer {

    private final Fixture fixture;

    private final SessionFactory factory;

    public HibernatePeer(Fixture fixture) {
        this.fixture = fixture;
        Configuration config = new Configuration();
        config.addAnnotatedClass(JpaAuthor.class);
        config.addAnnotatedClass(JpaBook.class);
        config.getProperties()
                .put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, fixture.dataSource());
        config.setProperty(AvailableSettings.HBM2DDL_AUTO, "none");
        config.setProperty(
                AvailableSettings.STATEMENT_BATCH_SIZE, String.valueOf(Fixture.BATCH_SIZE));
        config.setProperty(
                AvailableSettings.STATEMENT_FETCH_SIZE, String.valueOf(Fixture.FETCH_SIZE));
        config.setProperty(AvailableSettings.ORDER_INSERTS, "true");
        config.setProperty(AvailableSettings.ORDER_UPDATES, "true");
        config.setProperty(AvailableSettings.GENERATE_STATISTICS, "false");
        config.setProperty(AvailableSettings.SHOW_SQL, "false");
        config.setProperty(AvailableSettings.USE_SECOND_LEVEL_CACHE, "false");
        config.setProperty(AvailableSettings.USE_QUERY_CACHE, "false");
        this.factory = config.buildSessionFactory();
    }

    @Override
    public JpaAuthor findById(long id) {
        try (StatelessSession s = this.factory.openStatelessSession()) {
            return s.get(JpaAuthor.class, id);
        }
    }

    @Override
    public List<JpaAuthor> list(int n) {
        try (StatelessSession s = this.factory.openStatelessSession()) {
            return s.createSelectionQuery(
                            "from JpaAuthor a where a.id <= :n order by a.id", JpaAuthor.class)
                    .setParameter("n", (long) n)
                    .getResultList();
        }
    }

    @Override
    public List<JpaAuthor> joinLoad(long firstId, int count) {
        try (StatelessSession s = this.factory.openStatelessSession()) {
            return s.createSelectionQuery(
                            "from JpaAuthor a left join fetch a.books"
                                    + " where a.id between :first and :last order by a.id",
                            JpaAuthor.class)
                    .setParameter("first", firstId)
                    .setParameter("last", firstId + count - 1)
                    .getResultList();
        }
    }

    @Override
    public long stream(Consumer<Object> sink) {
        try (StatelessSession s = this.factory.openStatelessSession()) {
            Transaction tx = s.beginTransaction();
            long n = 0;
            try (Stream<JpaBook> books =
                    s.createSelectionQuery("from JpaBook", JpaBook.class)
                            .setFetchSize(Fixture.FETCH_SIZE)
                            .getResultStream()) {
                for (var it = books.iterator(); it.hasNext(); ) {
                    sink.accept(it.next());
                    n++;
                }
            }
            tx.commit();
            return n;
        }
    }

    static JpaAuthor newAuthor(long seq) {
        AuthorRow r = DataSet.author(seq);
        JpaAuthor a = new JpaAuthor();
        a.name = r.name();
        a.email = r.email();
        a.born = r.born();
        a.rating = r.rating();
        a.active = r.active();
        a.createdAt = r.createdAt();
        a.score = r.score();
        return a;
    }

    private void finish(Transaction tx) {
        if (this.fixture.commitWrites()) {
            tx.commit();
        } else {
            tx.rollback();
        }
    }

    @Override
    public long insertOne(long seq) {
        JpaAuthor a = newAuthor(seq);
        try (Session s = this.factory.openSession()) {
            Transaction tx = s.beginTransaction();
            s.persist(a);
            s.flush();
            finish(tx);
        }
        return a.id;
    }

    @Override
    public void insertBatch(long seq, int count) {
        List<JpaAuthor> authors = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            authors.add(newAuthor(seq + i));
        }
        try (StatelessSession s = this.factory.openStatelessSession()) {
            Transaction tx = s.beginTransaction();
            s.insertMultiple(authors);
            finish(tx);
        }
    }

    @Override
    public void updateName(long id, String name) {
        try (Session s = this.factory.openSession()) {
            Transaction tx = s.beginTransaction();
            JpaAuthor a = s.find(JpaAuthor.class, id);
            a.name = name;
            s.flush();
            finish(tx);
        }
    }

    @Override
    public void deleteBook(long id) {
        try (Session s = this.factory.openSession()) {
            Transaction tx = s.beginTransaction();
            s.createMutationQuery("delete from JpaBook b where b.id = :id")
                    .setParameter("id", id)
                    .executeUpdate();
            finish(tx);
        }
    }

    @Override
    public AuthorRow authorRow(Object author) {
        JpaAuthor a = (JpaAuthor) author;
        return new AuthorRow(
                a.id, a.name, a.email, a.born, a.rating, a.active, a.createdAt, a.score);
    }

    @Override
    public List<BookRow> bookRows(Object authorWithBooks) {
        return ((JpaAuthor) authorWithBooks).books.stream().map(this::bookRow).toList();
    }

    @Override
    public BookRow bookRow(Object book) {
        JpaBook b = (JpaBook) book;
        return new BookRow(b.id, b.authorId, b.title, b.pages, b.published);
    }

    @Override
    public void close() {
        this.factory.close();
    }
}
