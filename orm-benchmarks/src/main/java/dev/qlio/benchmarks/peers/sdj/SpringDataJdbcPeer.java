package dev.qlio.benchmarks.peers.sdj;

import dev.qlio.benchmarks.DataSet;
import dev.qlio.benchmarks.DatabaseKind;
import dev.qlio.benchmarks.Fixture;
import dev.qlio.benchmarks.model.AuthorRow;
import dev.qlio.benchmarks.model.BookRow;
import dev.qlio.benchmarks.peers.Peer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Data JDBC through its {@link JdbcAggregateTemplate} (what repositories delegate to), in a
 * minimal Spring context ({@link AbstractJdbcConfiguration}), single-query loading enabled for the
 * aggregate with books. Writes run in a {@link TransactionTemplate}. Its update writes every column
 * (aggregates are saved whole).
 */
public final class SpringDataJdbcPeer implements Peer {

    private final Fixture fixture;

    private final AnnotationConfigApplicationContext context;

    private final JdbcAggregateTemplate template;

    private final TransactionTemplate tx;

    public SpringDataJdbcPeer(Fixture fixture) {
        this.fixture = fixture;
        this.context = new AnnotationConfigApplicationContext();
        // wrapped: closing the context must not close the shared pool
        DataSource dataSource = new DelegatingDataSource(fixture.dataSource());
        this.context.registerBean(DataSource.class, () -> dataSource);
        // the same DataSource object as the transaction manager's, so queries join transactions
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        if (fixture.kind() == DatabaseKind.POSTGRESQL) {
            // one template for every query: the fetch size lets streamAll use a cursor
            jdbc.setFetchSize(Fixture.FETCH_SIZE);
        }
        this.context.registerBean(
                NamedParameterJdbcOperations.class, () -> new NamedParameterJdbcTemplate(jdbc));
        this.context.register(Config.class);
        this.context.refresh();
        JdbcMappingContext mapping = this.context.getBean(JdbcMappingContext.class);
        mapping.setSingleQueryLoadingEnabled(true);
        // case

        this.template = this.context.getBean(JdbcAggregateTemplate.class);
        this.tx = new TransactionTemplate(this.context.getBean(PlatformTransactionManager.class));
    }

    /** The minimal Spring Data JDBC configuration. */
    @Configuration(proxyBeanMethods = false)
    static class Config extends AbstractJdbcConfiguration {

        @Bean
        PlatformTransactionManager transactionManager(DataSource dataSource) {
            return new DataSourceTransactionManager(dataSource);
        }
    }

    @Override
    public SdjAuthor findById(long id) {
        return this.template.findById(id, SdjAuthor.class);
    }

    @Override
    public List<SdjAuthor> list(int n) {
        return this.template.findAll(
                Query.query(Criteria.where("id").lessThanOrEquals((long) n)).sort(Sort.by("id")),
                SdjAuthor.class);
    }

    @Override
    public List<SdjAuthorGraph> joinLoad(long firstId, int count) {
        List<Long> ids = LongStream.range(firstId, firstId + count).boxed().toList();
        List<SdjAuthorGraph> authors = new ArrayList<>();
        this.template.findAllById(ids, SdjAuthorGraph.class).forEach(authors::add);
        authors.sort(Comparator.comparing(a -> a.id));
        return authors;
    }

    @Override
    public long stream(Consumer<Object> sink) {
        return this.tx.execute(
                status -> {
                    long n = 0;
                    try (Stream<SdjBook> books = this.template.streamAll(SdjBook.class)) {
                        for (var it = books.iterator(); it.hasNext(); ) {
                            sink.accept(it.next());
                            n++;
                        }
                    }
                    return n;
                });
    }

    private void finish(TransactionStatus status) {
        if (!this.fixture.commitWrites()) {
            status.setRollbackOnly();
        }
    }

    static SdjAuthor newAuthor(long seq) {
        AuthorRow r = DataSet.author(seq);
        SdjAuthor a = new SdjAuthor();
        a.name = r.name();
        a.email = r.email();
        a.born = r.born();
        a.rating = r.rating();
        a.active = r.active();
        a.createdAt = r.createdAt();
        a.score = r.score();
        return a;
    }

    @Override
    public long insertOne(long seq) {
        SdjAuthor a = newAuthor(seq);
        return this.tx.execute(
                status -> {
                    SdjAuthor saved = this.template.insert(a);
                    finish(status);
                    return saved.id;
                });
    }

    @Override
    public void insertBatch(long seq, int count) {
        List<SdjAuthor> authors = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            authors.add(newAuthor(seq + i));
        }
        this.tx.executeWithoutResult(
                status -> {
                    this.template.insertAll(authors);
                    finish(status);
                });
    }

    @Override
    public void updateName(long id, String name) {
        this.tx.executeWithoutResult(
                status -> {
                    SdjAuthor a = this.template.findById(id, SdjAuthor.class);
                    a.name = name;
                    this.template.update(a);
                    finish(status);
                });
    }

    @Override
    public void deleteBook(long id) {
        this.tx.executeWithoutResult(
                status -> {
                    this.template.deleteById(id, SdjBook.class);
                    finish(status);
                });
    }

    @Override
    public AuthorRow authorRow(Object author) {
        if (author instanceof SdjAuthorGraph a) {
            return new AuthorRow(
                    a.id, a.name, a.email, a.born, a.rating, a.active, a.createdAt, a.score);
        }
        SdjAuthor a = (SdjAuthor) author;
        return new AuthorRow(
                a.id, a.name, a.email, a.born, a.rating, a.active, a.createdAt, a.score);
    }

    @Override
    public List<BookRow> bookRows(Object authorWithBooks) {
        SdjAuthorGraph a = (SdjAuthorGraph) authorWithBooks;
        return a.books.stream()
                .map(b -> new BookRow(b.id, a.id, b.title, b.pages, b.published))
                .sorted(Comparator.comparingLong(BookRow::id))
                .toList();
    }

    @Override
    public BookRow bookRow(Object book) {
        SdjBook b = (SdjBook) book;
        return new BookRow(b.id, b.authorId, b.title, b.pages, b.published);
    }

    @Override
    public void close() {
        this.context.close();
    }
}
