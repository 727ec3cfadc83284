package dev.qlio.benchmarks.peers;

import dev.qlio.benchmarks.DataSet;
import dev.qlio.benchmarks.Fixture;
import dev.qlio.benchmarks.model.Author;
import dev.qlio.benchmarks.model.AuthorRow;
import dev.qlio.benchmarks.model.Book;
import dev.qlio.benchmarks.model.BookRow;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/**
 * MyBatis 3.5 without Spring: an annotation mapper, reads in an auto-commit session, writes in a
 * transaction, the batch through {@link ExecutorType#BATCH} with generated keys; {@code joinLoad}
 * as two statements grouped in Java (annotation mappers cannot declare a join result map).
 */
public final class MyBatisPeer implements Peer {

    private final Fixture fixture;

    private final SqlSessionFactory factory;

    public MyBatisPeer(Fixture fixture) {
        this.fixture = fixture;
        Environment env =
                new Environment("bench", new JdbcTransactionFactory(), fixture.dataSource());
        Configuration config = new Configuration(env);
        config.setMapUnderscoreToCamelCase(true);
        config.setDefaultFetchSize(null);
        config.addMapper(MyBatisMapper.class);
        this.factory = new SqlSessionFactoryBuilder().build(config);
    }

    @Override
    public Author findById(long id) {
        try (SqlSession s = this.factory.openSession(true)) {
            return s.getMapper(MyBatisMapper.class).findById(id);
        }
    }

    @Override
    public List<Author> list(int n) {
        try (SqlSession s = this.factory.openSession(true)) {
            return s.getMapper(MyBatisMapper.class).list(n);
        }
    }

    @Override
    public List<Author> joinLoad(long firstId, int count) {
        try (SqlSession s = this.factory.openSession(true)) {
            MyBatisMapper m = s.getMapper(MyBatisMapper.class);
            long last = firstId + count - 1;
            List<Author> authors = m.authorsBetween(firstId, last);
            int i = 0;
            Author current = null;
            for (Book b : m.booksOfAuthorsBetween(firstId, last)) {
                while (current == null || current.getId() != b.getAuthorId()) {
                    current = authors.get(i++);
                    current.setBooks(new ArrayList<>());
                }
                current.getBooks().add(b);
            }
            for (; i < authors.size(); i++) {
                authors.get(i).setBooks(new ArrayList<>());
            }
            return authors;
        }
    }

    @Override
    public long stream(Consumer<Object> sink) {
        try (SqlSession s = this.factory.openSession(false);
                Cursor<Book> books = s.getMapper(MyBatisMapper.class).allBooks()) {
            long n = 0;
            for (Book b : books) {
                sink.accept(b);
                n++;
            }
            return n;
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private void finish(SqlSession s) {
        if (this.fixture.commitWrites()) {
            s.commit(true);
        } else {
            s.rollback(true);
        }
    }

    @Override
    public long insertOne(long seq) {
        Author a = Author.of(DataSet.author(seq));
        try (SqlSession s = this.factory.openSession(false)) {
            s.getMapper(MyBatisMapper.class).insert(a);
            finish(s);
        }
        return a.getId();
    }

    @Override
    public void insertBatch(long seq, int count) {
        List<Author> authors = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            authors.add(Author.of(DataSet.author(seq + i)));
        }
        try (SqlSession s = this.factory.openSession(ExecutorType.BATCH, false)) {
            MyBatisMapper m = s.getMapper(MyBatisMapper.class);
            for (Author a : authors) {
                m.insert(a);
            }
            s.flushStatements();
            finish(s);
        }
    }

    @Override
    public void updateName(long id, String name) {
        try (SqlSession s = this.factory.openSession(false)) {
            MyBatisMapper m = s.getMapper(MyBatisMapper.class);
            Author a = m.findById(id);
            a.setName(name);
            m.updateName(a);
            finish(s);
        }
    }

    @Override
    public void deleteBook(long id) {
        try (SqlSession s = this.factory.openSession(false)) {
            s.getMapper(MyBatisMapper.class).deleteBook(id);
            finish(s);
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
}
