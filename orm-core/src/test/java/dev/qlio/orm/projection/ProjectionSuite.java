package dev.qlio.orm.projection;

import static dev.qlio.orm.expression.Aggregate.avg;
import static dev.qlio.orm.expression.Aggregate.count;
import static dev.qlio.orm.expression.Aggregate.countDistinct;
import static dev.qlio.orm.expression.Aggregate.max;
import static dev.qlio.orm.expression.Aggregate.min;
import static dev.qlio.orm.expression.Aggregate.sum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.qlio.orm.Database;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Relationship;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;
import dev.qlio.orm.session.Session;
import dev.qlio.orm.testing.DatabaseSuite;
import dev.qlio.orm.testing.TestDatabase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Projections into records with aggregates, grouping, conditions on groups and DISTINCT, on each
 * database, checked against the same question answered in Java from the rows read with plain JDBC.
 */
abstract class ProjectionSuite extends DatabaseSuite {

    @TableName("pj_author")
    public static class Author extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<String> NAME = column(SqlType.varchar(40)).notNull();
    }

    @TableName("pj_book")
    public static class Book extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Long> AUTHOR_ID =
                column(SqlType.BIGINT).notNull().references("pj_author.id");
        public static final Column<String> TITLE = column(SqlType.varchar(40)).notNull();
        public static final Column<Integer> PAGES = column(SqlType.INTEGER);
        public static final Column<BigDecimal> PRICE = column(SqlType.numeric(8, 2)).notNull();
        public static final Relationship<Author> AUTHOR = Relationship.manyToOne(Author.class);
    }

    record AuthorStats(
            Long authorId,
            Long books,
            Long withPages,
            Long sumPages,
            Double averagePages,
            BigDecimal cheapest,
            String lastTitle) {}

    record AuthorOnly(long authorId) {}

    Database db;

    ProjectionSuite(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void seed() {
        this.database.dropTables("pj_book", "pj_author");
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(Author.class);
        metadata.registerTable(Book.class);
        metadata.setupTables();
        this.db = Database.builder(dataSource(), metadata).build();
        this.db.ddl().createAll();
        try (Session s = this.db.session()) {
            for (long a = 1; a <= 6; a++) {
                Author author = new Author();
                author.set(Author.ID, a);
                author.set(Author.NAME, a % 2 == 0 ? "even" : "odd");
                s.add(author);
            }
            List<Book> books = new ArrayList<>();
            for (long b = 1; b <= 40; b++) {
                Book book = new Book();
                book.set(Book.ID, b);
                // uneven groups: authors 1-5 take turns, author 6 every seventh book
                book.set(Book.AUTHOR_ID, b % 7 == 0 ? 6 : b % 5 + 1);
                book.set(Book.TITLE, "t" + (b * 7 % 13));
                // integer pages whose averages are not integers; some NULL
                book.set(Book.PAGES, b % 6 == 0 ? null : (int) (b % 4 + 1));
                book.set(Book.PRICE, new BigDecimal(b % 9 + ".25"));
                books.add(book);
            }
            s.addAll(books);
            s.commit();
        }
    }

    @AfterEach
    void drop() {
        this.database.dropTables("pj_book", "pj_author");
    }

    /** The books as plain JDBC reads them: author, title, pages (or null), price. */
    private List<Object[]> books(boolean evenAuthorsOnly) {
        List<Object[]> rows = new ArrayList<>();
        jdbc().query(
                        "SELECT b."
                                + quote("author_id")
                                + ", b."
                                + quote("title")
                                + ", b."
                                + quote("pages")
                                + ", b."
                                + quote("price")
                                + ", a."
                                + quote("name")
                                + " FROM "
                                + quote("pj_book")
                                + " b JOIN "
                                + quote("pj_author")
                                + " a ON a."
                                + quote("id")
                                + " = b."
                                + quote("author_id"),
                        rs -> {
                            if (!evenAuthorsOnly || "even".equals(rs.getString(5))) {
                                int read = rs.getInt(3);
                                Integer pages = rs.wasNull() ? null : read;
                                rows.add(
                                        new Object[] {
                                            rs.getLong(1),
                                            rs.getString(2),
                                            pages,
                                            rs.getBigDecimal(4)
                                        });
                            }
                        });
        return rows;
    }

    /** The statistics computed in Java, by author, for authors with at least {@code minBooks}. */
    private List<AuthorStats> expected(List<Object[]> rows, int minBooks) {
        Map<Long, List<Object[]>> byAuthor = new TreeMap<>();
        for (Object[] r : rows) {
            byAuthor.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(r);
        }
        List<AuthorStats> stats = new ArrayList<>();
        byAuthor.forEach(
                (author, books) -> {
                    if (books.size() < minBooks) {
                        return;
                    }
                    List<Integer> pages =
                            books.stream().map(b -> (Integer) b[2]).filter(p -> p != null).toList();
                    stats.add(
                            new AuthorStats(
                                    author,
                                    (long) books.size(),
                                    (long) pages.size(),
                                    pages.stream().mapToLong(Integer::longValue).sum(),
                                    pages.stream()
                                            .mapToInt(Integer::intValue)
                                            .average()
                                            .orElseThrow(),
                                    books.stream()
                                            .map(b -> (BigDecimal) b[3])
                                            .min(Comparator.naturalOrder())
                                            .orElseThrow(),
                                    books.stream()
                                            .map(b -> (String) b[1])
                                            .max(Comparator.naturalOrder())
                                            .orElseThrow()));
                });
        stats.sort(
                Comparator.comparing(AuthorStats::books)
                        .reversed()
                        .thenComparing(AuthorStats::authorId));
        return stats;
    }

    private List<AuthorStats> stats(Session s, boolean evenAuthorsOnly, long minBooks) {
        var select = s.select(Book.class);
        if (evenAuthorsOnly) {
            select.where(Author.NAME.eq("even"));
        }
        return select.project(
                        AuthorStats.class,
                        Book.AUTHOR_ID,
                        count().as("books"),
                        count(Book.PAGES).as("withPages"),
                        sum(Book.PAGES).as("sumPages"),
                        avg(Book.PAGES).as("averagePages"),
                        min(Book.PRICE).as("cheapest"),
                        max(Book.TITLE).as("lastTitle"))
                .groupBy(Book.AUTHOR_ID)
                .having(count().ge(minBooks))
                .orderBy(count().desc(), Book.AUTHOR_ID.asc())
                .all();
    }

    private static void same(List<AuthorStats> actual, List<AuthorStats> expected) {
        assertThat(actual).hasSameSizeAs(expected).isNotEmpty();
        for (int i = 0; i < expected.size(); i++) {
            AuthorStats a = actual.get(i);
            AuthorStats e = expected.get(i);
            assertThat(a.authorId()).isEqualTo(e.authorId());
            assertThat(a.books()).isEqualTo(e.books());
            assertThat(a.withPages()).isEqualTo(e.withPages());
            assertThat(a.sumPages()).isEqualTo(e.sumPages());
            assertThat(a.averagePages()).isCloseTo(e.averagePages(), within(1e-9));
            assertThat(a.cheapest()).isEqualByComparingTo(e.cheapest());
            assertThat(a.lastTitle()).isEqualTo(e.lastTitle());
        }
    }

    @Test
    void aggregatesPerGroupMatchTheRowsReadWithJdbc() {
        try (Session s = this.db.session()) {
            same(stats(s, false, 1), expected(books(false), 1));
            // an integer column's average is a fraction on every database
            assertThat(stats(s, false, 1))
                    .anyMatch(st -> st.averagePages() != Math.floor(st.averagePages()));
        }
    }

    @Test
    void havingAndAConditionThroughARelationshipNarrowTheGroups() {
        try (Session s = this.db.session()) {
            same(stats(s, true, 7), expected(books(true), 7));
        }
    }

    @Test
    void distinctAndCountDistinct() {
        try (Session s = this.db.session()) {
            List<AuthorOnly> authors =
                    s.select(Book.class)
                            .project(AuthorOnly.class, Book.AUTHOR_ID)
                            .distinct()
                            .orderBy(Book.AUTHOR_ID.asc())
                            .all();
            List<Long> expected =
                    books(false).stream().map(r -> (Long) r[0]).distinct().sorted().toList();
            assertThat(authors)
                    .extracting(AuthorOnly::authorId)
                    .containsExactlyElementsOf(expected);
            record Distinct(Long titles) {}
            Distinct titles =
                    s.select(Book.class)
                            .project(Distinct.class, countDistinct(Book.TITLE).as("titles"))
                            .first()
                            .orElseThrow();
            assertThat(titles.titles())
                    .isEqualTo(books(false).stream().map(r -> r[1]).distinct().count());
        }
    }

    @Test
    void rawSqlNamesTablesAndColumnsThroughPlaceholders() {
        Map<Long, Long> expected = new TreeMap<>();
        books(true).forEach(r -> expected.merge((Long) r[0], 1L, Long::sum));
        try (Session s = this.db.session()) {
            List<Map<String, Object>> rows =
                    s.fetch(
                            "SELECT {pj_book.author_id} AS author, COUNT(*) AS books FROM {pj_book}"
                                    + " JOIN {pj_author} a ON a.{id} = {pj_book.author_id}"
                                    + " WHERE a.{name} = :name GROUP BY {pj_book.author_id}"
                                    + " ORDER BY {pj_book.author_id}",
                            Map.of("name", "even"));
            Map<Long, Long> actual = new TreeMap<>();
            rows.forEach(
                    r ->
                            actual.put(
                                    ((Number) r.get("author")).longValue(),
                                    ((Number) r.get("books")).longValue()));
            assertThat(actual).isEqualTo(expected).isNotEmpty();
            assertThatThrownBy(() -> s.fetch("SELECT {b.title} FROM {pj_book} b"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no table b is registered")
                    .hasMessageContaining("alias.{title}");
            assertThatThrownBy(() -> s.fetch("SELECT {pj_book.isbn} FROM {pj_book}"))
                    .hasMessageContaining("table pj_book has no column isbn");
        }
    }

    @Test
    void recordsThatDoNotMatchAreRefusedNamingTheComponent() {
        try (Session s = this.db.session()) {
            record Missing(Long authorId, Long books) {}
            assertThatThrownBy(() -> s.select(Book.class).project(Missing.class, Book.AUTHOR_ID))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Missing.books")
                    .hasMessageContaining("as(\"books\")");
            assertThatThrownBy(
                            () ->
                                    s.select(Book.class)
                                            .project(Missing.class, Book.AUTHOR_ID, count()))
                    .hasMessageContaining("needs a name");
            record Narrow(Long authorId, String books) {}
            assertThatThrownBy(
                            () ->
                                    s.select(Book.class)
                                            .project(
                                                    Narrow.class,
                                                    Book.AUTHOR_ID,
                                                    count().as("books"))
                                            .groupBy(Book.AUTHOR_ID)
                                            .all())
                    .hasMessageContaining("Narrow.books is a String but the query gives a Long");
            record Primitive(long pages) {}
            assertThatThrownBy(
                            () ->
                                    s.select(Book.class)
                                            .where(Book.PAGES.isNull())
                                            .project(Primitive.class, max(Book.PAGES).as("pages"))
                                            .all())
                    .hasMessageContaining("declare it as Long");
        }
    }
}
