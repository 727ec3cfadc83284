package dev.qlio.benchmarks.peers;

import static org.jooq.impl.DSL.name;

import dev.qlio.benchmarks.DataSet;
import dev.qlio.benchmarks.DatabaseKind;
import dev.qlio.benchmarks.Fixture;
import dev.qlio.benchmarks.model.Author;
import dev.qlio.benchmarks.model.AuthorRow;
import dev.qlio.benchmarks.model.Book;
import dev.qlio.benchmarks.model.BookRow;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep7;
import org.jooq.Record;
import org.jooq.Record12;
import org.jooq.Record5;
import org.jooq.Record8;
import org.jooq.RecordMapper;
import org.jooq.SQLDialect;
import org.jooq.SelectSelectStep;
import org.jooq.Table;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * jOOQ 3.19 without code generation: tables and typed fields declared with {@code DSL.table/field},
 * rows mapped by explicit {@link RecordMapper}s reading {@code valueN()}, execute logging off (its
 * documented performance setting). Writes run on one connection in a transaction.
 */
public final class JooqPeer implements Peer {

    static final Table<Record> AUTHOR = DSL.table(name("author"));
    static final Field<Long> A_ID = DSL.field(name("author", "id"), SQLDataType.BIGINT);
    static final Field<String> A_NAME = DSL.field(name("author", "name"), SQLDataType.VARCHAR(100));
    static final Field<String> A_EMAIL =
            DSL.field(name("author", "email"), SQLDataType.VARCHAR(200));
    static final Field<LocalDate> A_BORN = DSL.field(name("author", "born"), SQLDataType.LOCALDATE);
    static final Field<Double> A_RATING = DSL.field(name("author", "rating"), SQLDataType.DOUBLE);
    static final Field<Boolean> A_ACTIVE = DSL.field(name("author", "active"), SQLDataType.BOOLEAN);
    static final Field<LocalDateTime> A_CREATED_AT =
            DSL.field(name("author", "created_at"), SQLDataType.LOCALDATETIME);
    static final Field<Integer> A_SCORE = DSL.field(name("author", "score"), SQLDataType.INTEGER);

    static final Table<Record> BOOK = DSL.table(name("book"));
    static final Field<Long> B_ID = DSL.field(name("book", "id"), SQLDataType.BIGINT);
    static final Field<Long> B_AUTHOR_ID = DSL.field(name("book", "author_id"), SQLDataType.BIGINT);
    static final Field<String> B_TITLE = DSL.field(name("book", "title"), SQLDataType.VARCHAR(200));
    static final Field<Integer> B_PAGES = DSL.field(name("book", "pages"), SQLDataType.INTEGER);
    static final Field<LocalDate> B_PUBLISHED =
            DSL.field(name("book", "published"), SQLDataType.LOCALDATE);

    static final RecordMapper<
                    Record8<
                            Long,
                            String,
                            String,
                            LocalDate,
                            Double,
                            Boolean,
                            LocalDateTime,
                            Integer>,
                    Author>
            AUTHOR_MAPPER =
                    r ->
                            new Author(
                                    r.value1(),
                                    r.value2(),
                                    r.value3(),
                                    r.value4(),
                                    r.value5(),
                                    r.value6(),
                                    r.value7(),
                                    r.value8());

    static final RecordMapper<Record5<Long, Long, String, Integer, LocalDate>, Book> BOOK_MAPPER =
            r -> new Book(r.value1(), r.value2(), r.value3(), r.value4(), r.value5());

    // unqualified column names for INSERT
    static final Field<Long> I_ID = unqualified(A_ID);
    static final Field<String> I_NAME = unqualified(A_NAME);
    static final Field<String> I_EMAIL = unqualified(A_EMAIL);
    static final Field<LocalDate> I_BORN = unqualified(A_BORN);
    static final Field<Double> I_RATING = unqualified(A_RATING);
    static final Field<Boolean> I_ACTIVE = unqualified(A_ACTIVE);
    static final Field<LocalDateTime> I_CREATED_AT = unqualified(A_CREATED_AT);
    static final Field<Integer> I_SCORE = unqualified(A_SCORE);

    private final Fixture fixture;

    private final DataSource dataSource;

    private final SQLDialect dialect;

    private final Settings settings;

    private final DSLContext dsl;

    public JooqPeer(Fixture fixture) {
        this.fixture = fixture;
        this.dataSource = fixture.dataSource();
        this.dialect = dialect(fixture.kind());
        this.settings = settings();
        this.dsl = DSL.using(this.dataSource, this.dialect, this.settings);
    }

    static SQLDialect dialect(DatabaseKind kind) {
        return switch (kind) {
            case H2 -> SQLDialect.H2;
            case POSTGRESQL -> SQLDialect.POSTGRES;
            case MARIADB -> SQLDialect.MARIADB;
        };
    }

    static Settings settings() {
        return new Settings().withExecuteLogging(false).withRenderSchema(false);
    }

    /** A render-only context (no connection) for this database. */
    public static DSLContext renderer(DatabaseKind kind) {
        return DSL.using(dialect(kind), settings());
    }

    static SelectSelectStep<
                    Record8<
                            Long,
                            String,
                            String,
                            LocalDate,
                            Double,
                            Boolean,
                            LocalDateTime,
                            Integer>>
            selectAuthor(DSLContext ctx) {
        return ctx.select(A_ID, A_NAME, A_EMAIL, A_BORN, A_RATING, A_ACTIVE, A_CREATED_AT, A_SCORE);
    }

    /** The 5-predicate query of the render benchmark. */
    public static org.jooq.Query renderQuery(DSLContext ctx, long id, String name) {
        Condition c =
                A_ID.ge(id)
                        .and(A_ID.le(id + 100))
                        .and(A_NAME.like(name))
                        .and(A_ACTIVE.eq(true))
                        .and(A_SCORE.gt(10));
        return selectAuthor(ctx).from(AUTHOR).where(c).orderBy(A_ID).limit(50);
    }

    @Override
    public Author findById(long id) {
        return selectAuthor(this.dsl).from(AUTHOR).where(A_ID.eq(id)).fetchOne(AUTHOR_MAPPER);
    }

    @Override
    public List<Author> list(int n) {
        return selectAuthor(this.dsl)
                .from(AUTHOR)
                .where(A_ID.le((long) n))
                .orderBy(A_ID)
                .fetch(AUTHOR_MAPPER);
    }

    @Override
    public List<Author> joinLoad(long firstId, int count) {
        List<Author> result = new ArrayList<>(count);
        for (Record12<
                        Long,
                        String,
                        String,
                        LocalDate,
                        Double,
                        Boolean,
                        LocalDateTime,
                        Integer,
                        Long,
                        String,
                        Integer,
                        LocalDate>
                r :
                        this.dsl
                                .select(
                                        A_ID,
                                        A_NAME,
                                        A_EMAIL,
                                        A_BORN,
                                        A_RATING,
                                        A_ACTIVE,
                                        A_CREATED_AT,
                                        A_SCORE,
                                        B_ID,
                                        B_TITLE,
                                        B_PAGES,
                                        B_PUBLISHED)
                                .from(AUTHOR)
                                .leftJoin(BOOK)
                                .on(B_AUTHOR_ID.eq(A_ID))
                                .where(A_ID.between(firstId, firstId + count - 1))
                                .orderBy(A_ID, B_ID)
                                .fetch()) {
            long id = r.value1();
            Author current = result.isEmpty() ? null : result.get(result.size() - 1);
            if (current == null || current.getId() != id) {
                current =
                        new Author(
                                id,
                                r.value2(),
                                r.value3(),
                                r.value4(),
                                r.value5(),
                                r.value6(),
                                r.value7(),
                                r.value8());
                current.setBooks(new ArrayList<>());
                result.add(current);
            }
            if (r.value9() != null) {
                current.getBooks()
                        .add(new Book(r.value9(), id, r.value10(), r.value11(), r.value12()));
            }
        }
        return result;
    }

    @Override
    public long stream(Consumer<Object> sink) {
        return inTransaction(
                ctx -> {
                    long n = 0;
                    try (Cursor<Record5<Long, Long, String, Integer, LocalDate>> cursor =
                            ctx.select(B_ID, B_AUTHOR_ID, B_TITLE, B_PAGES, B_PUBLISHED)
                                    .from(BOOK)
                                    .fetchSize(Fixture.FETCH_SIZE)
                                    .fetchLazy()) {
                        for (var r : cursor) {
                            sink.accept(BOOK_MAPPER.map(r));
                            n++;
                        }
                    }
                    return n;
                },
                false);
    }

    private InsertValuesStep7<
                    Record, String, String, LocalDate, Double, Boolean, LocalDateTime, Integer>
            insertInto(DSLContext ctx) {
        return ctx.insertInto(
                AUTHOR, I_NAME, I_EMAIL, I_BORN, I_RATING, I_ACTIVE, I_CREATED_AT, I_SCORE);
    }

    private static <T> Field<T> unqualified(Field<T> f) {
        return DSL.field(name(f.getName()), f.getDataType());
    }

    @Override
    public long insertOne(long seq) {
        Author a = Author.of(DataSet.author(seq));
        return inTransaction(
                ctx -> {
                    Long id =
                            insertInto(ctx)
                                    .values(
                                            a.getName(),
                                            a.getEmail(),
                                            a.getBorn(),
                                            a.getRating(),
                                            a.isActive(),
                                            a.getCreatedAt(),
                                            a.getScore())
                                    .returningResult(I_ID)
                                    .fetchOne()
                                    .value1();
                    a.setId(id);
                    return id;
                },
                true);
    }

    @Override
    public void insertBatch(long seq, int count) {
        List<Author> authors = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            authors.add(Author.of(DataSet.author(seq + i)));
        }
        inTransaction(
                ctx -> {
                    // one multi-row INSERT ... RETURNING (jOOQ's fastest way to insert with keys)
                    var insert = insertInto(ctx);
                    for (Author a : authors) {
                        insert =
                                insert.values(
                                        a.getName(),
                                        a.getEmail(),
                                        a.getBorn(),
                                        a.getRating(),
                                        a.isActive(),
                                        a.getCreatedAt(),
                                        a.getScore());
                    }
                    var ids = insert.returningResult(I_ID).fetch();
                    for (int i = 0; i < count; i++) {
                        authors.get(i).setId(ids.get(i).value1());
                    }
                    return null;
                },
                true);
    }

    @Override
    public void updateName(long id, String name) {
        inTransaction(
                ctx -> {
                    Author a =
                            selectAuthor(ctx)
                                    .from(AUTHOR)
                                    .where(A_ID.eq(id))
                                    .fetchOne(AUTHOR_MAPPER);
                    a.setName(name);
                    ctx.update(AUTHOR).set(A_NAME, a.getName()).where(A_ID.eq(a.getId())).execute();
                    return null;
                },
                true);
    }

    @Override
    public void deleteBook(long id) {
        inTransaction(ctx -> ctx.deleteFrom(BOOK).where(B_ID.eq(id)).execute(), true);
    }

    interface Work<R> {
        R run(DSLContext ctx) throws SQLException;
    }

    private <R> R inTransaction(Work<R> work, boolean write) {
        try (Connection c = this.dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                R result = work.run(DSL.using(c, this.dialect, this.settings));
                if (write) {
                    this.fixture.finish(c);
                } else {
                    c.commit();
                }
                return result;
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
}
