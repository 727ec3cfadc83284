package dev.qlio.benchmarks.peers;

import dev.qlio.benchmarks.DataSet;
import dev.qlio.benchmarks.DatabaseKind;
import dev.qlio.benchmarks.Fixture;
import dev.qlio.benchmarks.model.Author;
import dev.qlio.benchmarks.model.AuthorRow;
import dev.qlio.benchmarks.model.Book;
import dev.qlio.benchmarks.model.BookRow;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring's {@link JdbcClient} with hand-written {@link RowMapper}s (by index), writes in a {@link
 * TransactionTemplate}; the batch through {@link NamedParameterJdbcTemplate#batchUpdate} with a key
 * holder, as {@code JdbcClient} has no batch API.
 */
public final class JdbcClientPeer implements Peer {

    static final RowMapper<Author> AUTHOR =
            (rs, i) ->
                    new Author(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getObject(4, LocalDate.class),
                            rs.getDouble(5),
                            rs.getBoolean(6),
                            rs.getObject(7, LocalDateTime.class),
                            rs.getInt(8));

    static final RowMapper<Book> BOOK =
            (rs, i) ->
                    new Book(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getInt(4),
                            rs.getObject(5, LocalDate.class));

    private static final String INSERT =
            "INSERT INTO author (name, email, born, rating, active, created_at, score)"
                    + " VALUES (:name, :email, :born, :rating, :active, :createdAt, :score)";

    private final Fixture fixture;

    private final JdbcClient client;

    private final NamedParameterJdbcTemplate named;

    private final TransactionTemplate tx;

    private final String[] keyColumns;

    public JdbcClientPeer(Fixture fixture) {
        this.fixture = fixture;
        JdbcTemplate jdbc = new JdbcTemplate(fixture.dataSource());
        jdbc.setFetchSize(0);
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.client = JdbcClient.create(this.named);
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(fixture.dataSource()));
        this.keyColumns = fixture.kind() == DatabaseKind.MARIADB ? null : new String[] {"id"};
    }

    @Override
    public Author findById(long id) {
        return this.client.sql(Sql.FIND_AUTHOR).param(id).query(AUTHOR).optional().orElse(null);
    }

    @Override
    public List<Author> list(int n) {
        return this.client.sql(Sql.LIST_AUTHORS).param((long) n).query(AUTHOR).list();
    }

    @Override
    public List<Author> joinLoad(long firstId, int count) {
        List<Author> result = new ArrayList<>(count);
        this.client
                .sql(Sql.JOIN)
                .param(firstId)
                .param(firstId + count - 1)
                .query(
                        (ResultSet rs) -> {
                            long id = rs.getLong(1);
                            Author current =
                                    result.isEmpty() ? null : result.get(result.size() - 1);
                            if (current == null || current.getId() != id) {
                                current = AUTHOR.mapRow(rs, 0);
                                current.setBooks(new ArrayList<>());
                                result.add(current);
                            }
                            long bookId = rs.getLong(9);
                            if (!rs.wasNull()) {
                                current.getBooks()
                                        .add(
                                                new Book(
                                                        bookId,
                                                        id,
                                                        rs.getString(10),
                                                        rs.getInt(11),
                                                        rs.getObject(12, LocalDate.class)));
                            }
                        });
        return result;
    }

    @Override
    public long stream(Consumer<Object> sink) {
        // a cursor needs a transaction on PostgreSQL; the stream holds the connection until closed
        return this.tx.execute(
                status -> {
                    JdbcTemplate jdbc = new JdbcTemplate(this.fixture.dataSource());
                    jdbc.setFetchSize(Fixture.FETCH_SIZE);
                    long n = 0;
                    try (Stream<Book> books =
                            JdbcClient.create(jdbc).sql(Sql.ALL_BOOKS).query(BOOK).stream()) {
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

    private static MapSqlParameterSource params(Author a) {
        return new MapSqlParameterSource()
                .addValue("name", a.getName())
                .addValue("email", a.getEmail())
                .addValue("born", a.getBorn())
                .addValue("rating", a.getRating())
                .addValue("active", a.isActive())
                .addValue("createdAt", a.getCreatedAt())
                .addValue("score", a.getScore());
    }

    @Override
    public long insertOne(long seq) {
        Author a = Author.of(DataSet.author(seq));
        return this.tx.execute(
                status -> {
                    KeyHolder keys = new GeneratedKeyHolder();
                    var spec = this.client.sql(INSERT).paramSource(params(a));
                    if (this.keyColumns != null) {
                        spec.update(keys, this.keyColumns);
                    } else {
                        spec.update(keys);
                    }
                    a.setId(keys.getKey().longValue());
                    finish(status);
                    return a.getId();
                });
    }

    @Override
    public void insertBatch(long seq, int count) {
        List<Author> authors = new ArrayList<>(count);
        SqlParameterSource[] batch = new SqlParameterSource[count];
        for (int i = 0; i < count; i++) {
            Author a = Author.of(DataSet.author(seq + i));
            authors.add(a);
            batch[i] = params(a);
        }
        this.tx.executeWithoutResult(
                status -> {
                    KeyHolder keys = new GeneratedKeyHolder();
                    if (this.keyColumns != null) {
                        this.named.batchUpdate(INSERT, batch, keys, this.keyColumns);
                    } else {
                        this.named.batchUpdate(INSERT, batch, keys);
                    }
                    List<java.util.Map<String, Object>> list = keys.getKeyList();
                    for (int i = 0; i < count; i++) {
                        authors.get(i)
                                .setId(
                                        ((Number) list.get(i).values().iterator().next())
                                                .longValue());
                    }
                    finish(status);
                });
    }

    @Override
    public void updateName(long id, String name) {
        this.tx.executeWithoutResult(
                status -> {
                    Author a = this.client.sql(Sql.FIND_AUTHOR).param(id).query(AUTHOR).single();
                    a.setName(name);
                    this.client.sql(Sql.UPDATE_NAME).param(a.getName()).param(a.getId()).update();
                    finish(status);
                });
    }

    @Override
    public void deleteBook(long id) {
        this.tx.executeWithoutResult(
                status -> {
                    this.client.sql(Sql.DELETE_BOOK).param(id).update();
                    finish(status);
                });
    }

    @Override
    public AuthorRow authorRow(Object author) {
        return ((Author) author).toRow();
    }

    @Override
    public List<BookRow> bookRows(Object authorWithBooks) {
        return ((Author) authorWithBooks).getBooks().stream().map(Book::toRow).toList();
    }

    @Override
    public BookRow bookRow(Object book) {
        return ((Book) book).toRow();
    }
}
