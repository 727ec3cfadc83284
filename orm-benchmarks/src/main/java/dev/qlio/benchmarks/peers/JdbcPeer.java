package dev.qlio.benchmarks.peers;

import dev.qlio.benchmarks.DataSet;
import dev.qlio.benchmarks.DatabaseKind;
import dev.qlio.benchmarks.Fixture;
import dev.qlio.benchmarks.model.Author;
import dev.qlio.benchmarks.model.AuthorRow;
import dev.qlio.benchmarks.model.Book;
import dev.qlio.benchmarks.model.BookRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Hand-written JDBC, the floor: reads in auto-commit, writes in one transaction, every column read
 * by index ({@link #byIndex}) or by label ({@link #byName}).
 */
public abstract class JdbcPeer implements Peer {

    final Fixture fixture;

    final DataSource dataSource;

    final boolean mariaDb;

    JdbcPeer(Fixture fixture) {
        this.fixture = fixture;
        this.dataSource = fixture.dataSource();
        this.mariaDb = fixture.kind() == DatabaseKind.MARIADB;
    }

    /** The floor: columns read by index. */
    public static JdbcPeer byIndex(Fixture fixture) {
        return new ByIndex(fixture);
    }

    /** Columns read by label. */
    public static JdbcPeer byName(Fixture fixture) {
        return new ByName(fixture);
    }

    abstract Author readAuthor(ResultSet rs) throws SQLException;

    abstract Book readBook(ResultSet rs) throws SQLException;

    abstract String joinSql();

    /** Reads the author part of a join row. */
    abstract Author readJoinAuthor(ResultSet rs) throws SQLException;

    /** Reads the book part of a join row, or null when the author has none. */
    abstract Book readJoinBook(ResultSet rs, long authorId) throws SQLException;

    @Override
    public Author findById(long id) {
        try (Connection c = this.dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(Sql.FIND_AUTHOR)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? readAuthor(rs) : null;
            }
        } catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Override
    public List<Author> list(int n) {
        try (Connection c = this.dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(Sql.LIST_AUTHORS)) {
            ps.setLong(1, n);
            try (ResultSet rs = ps.executeQuery()) {
                List<Author> result = new ArrayList<>(n);
                while (rs.next()) {
                    result.add(readAuthor(rs));
                }
                return result;
            }
        } catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Override
    public List<Author> joinLoad(long firstId, int count) {
        try (Connection c = this.dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(joinSql())) {
            ps.setLong(1, firstId);
            ps.setLong(2, firstId + count - 1);
            try (ResultSet rs = ps.executeQuery()) {
                List<Author> result = new ArrayList<>(count);
                Author current = null;
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (current == null || current.getId() != id) {
                        current = readJoinAuthor(rs);
                        current.setBooks(new ArrayList<>());
                        result.add(current);
                    }
                    Book b = readJoinBook(rs, id);
                    if (b != null) {
                        current.getBooks().add(b);
                    }
                }
                return result;
            }
        } catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Override
    public long stream(Consumer<Object> sink) {
        try (Connection c = this.dataSource.getConnection()) {
            // PostgreSQL only uses a cursor (fetch size) outside auto-commit
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(Sql.ALL_BOOKS)) {
                ps.setFetchSize(Fixture.FETCH_SIZE);
                long n = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(readBook(rs));
                        n++;
                    }
                }
                c.commit();
                return n;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    PreparedStatement prepareInsert(Connection c) throws SQLException {
        return this.mariaDb
                ? c.prepareStatement(Sql.INSERT_AUTHOR, Statement.RETURN_GENERATED_KEYS)
                : c.prepareStatement(Sql.INSERT_AUTHOR, new String[] {"id"});
    }

    static void bindAuthor(PreparedStatement ps, Author a) throws SQLException {
        ps.setString(1, a.getName());
        ps.setString(2, a.getEmail());
        ps.setObject(3, a.getBorn());
        ps.setDouble(4, a.getRating());
        ps.setBoolean(5, a.isActive());
        ps.setObject(6, a.getCreatedAt());
        ps.setInt(7, a.getScore());
    }

    @Override
    public long insertOne(long seq) {
        Author author = Author.of(DataSet.author(seq));
        try (Connection c = this.dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = prepareInsert(c)) {
                bindAuthor(ps, author);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    author.setId(keys.getLong(1));
                }
                this.fixture.finish(c);
                return author.getId();
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Override
    public void insertBatch(long seq, int count) {
        List<Author> authors = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            authors.add(Author.of(DataSet.author(seq + i)));
        }
        try (Connection c = this.dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = prepareInsert(c)) {
                for (Author a : authors) {
                    bindAuthor(ps, a);
                    ps.addBatch();
                }
                ps.executeBatch();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    for (Author a : authors) {
                        keys.next();
                        a.setId(keys.getLong(1));
                    }
                }
                this.fixture.finish(c);
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Override
    public void updateName(long id, String name) {
        try (Connection c = this.dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Author a;
                try (PreparedStatement ps = c.prepareStatement(Sql.FIND_AUTHOR)) {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        a = readAuthor(rs);
                    }
                }
                a.setName(name);
                try (PreparedStatement ps = c.prepareStatement(Sql.UPDATE_NAME)) {
                    ps.setString(1, a.getName());
                    ps.setLong(2, a.getId());
                    ps.executeUpdate();
                }
                this.fixture.finish(c);
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Override
    public void deleteBook(long id) {
        try (Connection c = this.dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(Sql.DELETE_BOOK)) {
                ps.setLong(1, id);
                ps.executeUpdate();
                this.fixture.finish(c);
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
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

    private static final class ByIndex extends JdbcPeer {

        ByIndex(Fixture fixture) {
            super(fixture);
        }

        @Override
        Author readAuthor(ResultSet rs) throws SQLException {
            return new Author(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getObject(4, LocalDate.class),
                    rs.getDouble(5),
                    rs.getBoolean(6),
                    rs.getObject(7, LocalDateTime.class),
                    rs.getInt(8));
        }

        @Override
        Book readBook(ResultSet rs) throws SQLException {
            return new Book(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getInt(4),
                    rs.getObject(5, LocalDate.class));
        }

        @Override
        String joinSql() {
            return Sql.JOIN;
        }

        @Override
        Author readJoinAuthor(ResultSet rs) throws SQLException {
            return readAuthor(rs);
        }

        @Override
        Book readJoinBook(ResultSet rs, long authorId) throws SQLException {
            long id = rs.getLong(9);
            if (rs.wasNull()) {
                return null;
            }
            return new Book(
                    id,
                    authorId,
                    rs.getString(10),
                    rs.getInt(11),
                    rs.getObject(12, LocalDate.class));
        }
    }

    private static final class ByName extends JdbcPeer {

        ByName(Fixture fixture) {
            super(fixture);
        }

        @Override
        Author readAuthor(ResultSet rs) throws SQLException {
            return new Author(
                    rs.getLong("id"),
                    rs.getString("name"),
                    rs.getString("email"),
                    rs.getObject("born", LocalDate.class),
                    rs.getDouble("rating"),
                    rs.getBoolean("active"),
                    rs.getObject("created_at", LocalDateTime.class),
                    rs.getInt("score"));
        }

        @Override
        Book readBook(ResultSet rs) throws SQLException {
            return new Book(
                    rs.getLong("id"),
                    rs.getLong("author_id"),
                    rs.getString("title"),
                    rs.getInt("pages"),
                    rs.getObject("published", LocalDate.class));
        }

        @Override
        String joinSql() {
            return Sql.JOIN_LABELLED;
        }

        @Override
        Author readJoinAuthor(ResultSet rs) throws SQLException {
            return new Author(
                    rs.getLong("a_id"),
                    rs.getString("a_name"),
                    rs.getString("a_email"),
                    rs.getObject("a_born", LocalDate.class),
                    rs.getDouble("a_rating"),
                    rs.getBoolean("a_active"),
                    rs.getObject("a_created_at", LocalDateTime.class),
                    rs.getInt("a_score"));
        }

        @Override
        Book readJoinBook(ResultSet rs, long authorId) throws SQLException {
            long id = rs.getLong("b_id");
            if (rs.wasNull()) {
                return null;
            }
            return new Book(
                    id,
                    authorId,
                    rs.getString("b_title"),
                    rs.getInt("b_pages"),
                    rs.getObject("b_published", LocalDate.class));
        }
    }
}
