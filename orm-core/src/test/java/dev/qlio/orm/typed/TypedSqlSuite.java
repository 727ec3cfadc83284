package dev.qlio.orm.typed;

import static dev.qlio.orm.expression.Sql.avg;
import static dev.qlio.orm.expression.Sql.count;
import static dev.qlio.orm.expression.Sql.countDistinct;
import static dev.qlio.orm.expression.Sql.exists;
import static dev.qlio.orm.expression.Sql.max;
import static dev.qlio.orm.expression.Sql.min;
import static dev.qlio.orm.expression.Sql.notExists;
import static dev.qlio.orm.expression.Sql.scalar;
import static dev.qlio.orm.expression.Sql.sum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qlio.orm.Database;
import dev.qlio.orm.expression.Expression;
import dev.qlio.orm.query.Tuple;
import dev.qlio.orm.schema.AliasedTable;
import dev.qlio.orm.session.Session;
import dev.qlio.orm.testing.DatabaseSuite;
import dev.qlio.orm.testing.TestDatabase;
import dev.qlio.orm.typed.ShopTables.Book;
import dev.qlio.orm.typed.ShopTables.Review;
import dev.qlio.orm.typed.ShopTables.Tag;
import dev.qlio.orm.typed.ShopTables.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Projections, aggregates, joins and subqueries give the rows and Java types the same question
 * asked through plain JDBC gives, on every database.
 */
abstract class TypedSqlSuite extends DatabaseSuite {

    Database db;

    TypedSqlSuite(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void createTables() {
        this.database.dropTables(ShopTables.NAMES);
        this.db = Database.builder(dataSource(), ShopTables.metadata()).build();
        this.db.ddl().createAll();
        try (Session s = this.db.session()) {
            Shop.seed(s);
            s.commit();
        }
    }

    @AfterEach
    void dropTables() {
        this.database.dropTables(ShopTables.NAMES);
    }

    String q(String identifier) {
        return quote(identifier);
    }

    record TitleView(String name, String title, Integer pages) {}

    @Test
    void selectsColumnsOfJoinedTablesIntoRecords() {
        List<TitleView> typed;
        try (Session s = this.db.session()) {
            typed =
                    s.select(Writer.NAME, Book.TITLE, Book.PAGES)
                            .from(Book.class)
                            .join(Writer.class, Writer.ID.equalTo(Book.WRITER_ID))
                            .where(Book.PAGES.gt(100))
                            .orderBy(Book.TITLE.asc())
                            .all(TitleView.class);
        }
        List<TitleView> jdbc =
                jdbc().query(
                                "SELECT w."
                                        + q("name")
                                        + ", b."
                                        + q("title")
                                        + ", b."
                                        + q("pages")
                                        + " FROM "
                                        + q("ty_book")
                                        + " b JOIN "
                                        + q("ty_writer")
                                        + " w ON w."
                                        + q("id")
                                        + " = b."
                                        + q("writer_id")
                                        + " WHERE b."
                                        + q("pages")
                                        + " > 100 ORDER BY b."
                                        + q("title"),
                                (rs, i) ->
                                        new TitleView(
                                                rs.getString(1), rs.getString(2), rs.getInt(3)));
        assertThat(typed).isNotEmpty().isEqualTo(jdbc);
    }

    @Test
    void aggregatesHaveOneJavaTypeOnEveryDatabase() {
        Expression<Long> books = countDistinct(Book.ID).as("books");
        Expression<Double> average = avg(Review.RATING).as("averageRating");
        List<Tuple> rows;
        try (Session s = this.db.session()) {
            rows =
                    s.select(
                                    Writer.NAME,
                                    books,
                                    countDistinct(Review.BOOK_ID).as("reviewed_books"),
                                    sum(Book.PRICE).as("price"),
                                    average,
                                    min(Book.PAGES).as("shortest"),
                                    max(Book.PUBLISHED).as("latest"))
                            .from(Writer.class)
                            .join(Writer.BOOKS)
                            .leftJoin(Review.class, Review.BOOK_ID.equalTo(Book.ID))
                            .groupBy(Writer.ID, Writer.NAME)
                            .orderBy(Writer.NAME.asc())
                            .all();
        }
        assertThat(rows).hasSize(3);
        for (Tuple t : rows) {
            assertThat(t.get(books)).isInstanceOf(Long.class);
            assertThat(t.get("price")).isInstanceOf(BigDecimal.class);
            assertThat(t.get("shortest")).isInstanceOf(Integer.class);
            assertThat(t.get("latest")).isInstanceOf(Instant.class);
            if (t.get(average) != null) {
                assertThat(t.get(average)).isInstanceOf(Double.class);
            }
        }
        // the same question through JDBC, the averages computed here from the raw ratings
        for (Tuple t : rows) {
            String name = (String) t.get(Writer.NAME);
            long bookCount =
                    jdbc().queryForObject(
                                    "SELECT COUNT(*) FROM "
                                            + q("ty_book")
                                            + " b JOIN "
                                            + q("ty_writer")
                                            + " w ON w."
                                            + q("id")
                                            + " = b."
                                            + q("writer_id")
                                            + " WHERE w."
                                            + q("name")
                                            + " = ?",
                                    Long.class,
                                    name);
            assertThat(t.get(books)).isEqualTo(bookCount);
            List<Integer> ratings =
                    jdbc().queryForList(
                                    "SELECT r."
                                            + q("rating")
                                            + " FROM "
                                            + q("ty_review")
                                            + " r JOIN "
                                            + q("ty_book")
                                            + " b ON b."
                                            + q("id")
                                            + " = r."
                                            + q("book_id")
                                            + " JOIN "
                                            + q("ty_writer")
                                            + " w ON w."
                                            + q("id")
                                            + " = b."
                                            + q("writer_id")
                                            + " WHERE w."
                                            + q("name")
                                            + " = ?",
                                    Integer.class,
                                    name);
            Double expected =
                    ratings.isEmpty()
                            ? null
                            : ratings.stream().mapToInt(Integer::intValue).average().getAsDouble();
            if (expected == null) {
                assertThat(t.get(average)).isNull();
            } else {
                assertThat(t.get(average))
                        .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
            }
            BigDecimal priceSum =
                    jdbc().queryForObject(
                                    "SELECT SUM(b."
                                            + q("price")
                                            + ") FROM "
                                            + q("ty_writer")
                                            + " w JOIN "
                                            + q("ty_book")
                                            + " b ON b."
                                            + q("writer_id")
                                            + " = w."
                                            + q("id")
                                            + " LEFT JOIN "
                                            + q("ty_review")
                                            + " r ON r."
                                            + q("book_id")
                                            + " = b."
                                            + q("id")
                                            + " WHERE w."
                                            + q("name")
                                            + " = ?",
                                    BigDecimal.class,
                                    name);
            assertThat((BigDecimal) t.get("price")).isEqualByComparingTo(priceSum);
        }
    }

    @Test
    void leftJoinKeepsWritersWithoutBooksAndHavingFiltersGroups() {
        List<Tuple> rows;
        try (Session s = this.db.session()) {
            rows =
                    s.select(Writer.NAME, count(Book.ID).as("books"))
                            .from(Writer.class)
                            .leftJoin(Writer.BOOKS)
                            .groupBy(Writer.NAME)
                            .having(count(Book.ID).lt(3L))
                            .orderBy(Writer.NAME.asc())
                            .all();
        }
        List<List<Object>> jdbc =
                jdbc().query(
                                "SELECT w."
                                        + q("name")
                                        + ", COUNT(b."
                                        + q("id")
                                        + ") FROM "
                                        + q("ty_writer")
                                        + " w LEFT JOIN "
                                        + q("ty_book")
                                        + " b ON b."
                                        + q("writer_id")
                                        + " = w."
                                        + q("id")
                                        + " GROUP BY w."
                                        + q("name")
                                        + " HAVING COUNT(b."
                                        + q("id")
                                        + ") < 3 ORDER BY w."
                                        + q("name"),
                                (rs, i) -> List.of(rs.getString(1), rs.getLong(2)));
        assertThat(rows.stream().map(t -> List.of(t.get(0), t.get(1))).toList()).isEqualTo(jdbc);
        assertThat(jdbc).contains(List.of("Dora", 0L));
    }

    @Test
    void joinsAManyToManyRelationshipThroughItsLinkTable() {
        List<String> typed;
        try (Session s = this.db.session()) {
            typed =
                    s.select(Book.TITLE)
                            .from(Book.class)
                            .join(Book.TAGS)
                            .where(Tag.NAME.eq("classic"))
                            .orderBy(Book.TITLE.asc())
                            .all(Book.TITLE);
        }
        List<String> jdbc =
                jdbc().queryForList(
                                "SELECT b."
                                        + q("title")
                                        + " FROM "
                                        + q("ty_book")
                                        + " b JOIN "
                                        + q("ty_book_tag")
                                        + " bt ON bt."
                                        + q("book_id")
                                        + " = b."
                                        + q("id")
                                        + " JOIN "
                                        + q("ty_tag")
                                        + " t ON t."
                                        + q("id")
                                        + " = bt."
                                        + q("tag_id")
                                        + " WHERE t."
                                        + q("name")
                                        + " = 'classic' ORDER BY b."
                                        + q("title"),
                                String.class);
        assertThat(typed).isNotEmpty().isEqualTo(jdbc);
    }

    @Test
    void distinctRemovesDuplicateRows() {
        List<String> typed;
        try (Session s = this.db.session()) {
            typed =
                    s.select(Writer.COUNTRY)
                            .from(Writer.class)
                            .distinct()
                            .where(Writer.COUNTRY.isNotNull())
                            .orderBy(Writer.COUNTRY.asc())
                            .all(Writer.COUNTRY);
        }
        List<String> jdbc =
                jdbc().queryForList(
                                "SELECT DISTINCT "
                                        + q("country")
                                        + " FROM "
                                        + q("ty_writer")
                                        + " WHERE "
                                        + q("country")
                                        + " IS NOT NULL ORDER BY "
                                        + q("country"),
                                String.class);
        assertThat(typed).hasSize(2).isEqualTo(jdbc);
    }

    @Test
    void subqueriesInExistsInAndAsScalars() {
        try (Session s = this.db.session()) {
            List<String> withLongBooks =
                    s.select(Writer.NAME)
                            .from(Writer.class)
                            .where(
                                    exists(
                                            s.select(Book.ID)
                                                    .from(Book.class)
                                                    .where(Book.WRITER_ID.equalTo(Writer.ID))
                                                    .where(Book.PAGES.gt(300))))
                            .orderBy(Writer.NAME.asc())
                            .all(Writer.NAME);
            List<String> withoutBooks =
                    s.select(Writer.NAME)
                            .from(Writer.class)
                            .where(
                                    notExists(
                                            s.select(Book.ID)
                                                    .from(Book.class)
                                                    .where(Book.WRITER_ID.equalTo(Writer.ID))))
                            .all(Writer.NAME);
            List<String> reviewed =
                    s.select(Book.TITLE)
                            .from(Book.class)
                            .where(
                                    Book.ID.in(
                                            s.select(Review.BOOK_ID)
                                                    .from(Review.class)
                                                    .where(Review.RATING.ge(4))))
                            .orderBy(Book.TITLE.asc())
                            .all(Book.TITLE);
            Expression<BigDecimal> top = max(Book.PRICE);
            List<String> priciest =
                    s.select(Book.TITLE)
                            .from(Book.class)
                            .where(Book.PRICE.equalTo(scalar(s.select(top).from(Book.class), top)))
                            .all(Book.TITLE);

            assertThat(withLongBooks)
                    .isEqualTo(
                            jdbc().queryForList(
                                            "SELECT w."
                                                    + q("name")
                                                    + " FROM "
                                                    + q("ty_writer")
                                                    + " w WHERE EXISTS (SELECT 1 FROM "
                                                    + q("ty_book")
                                                    + " b WHERE b."
                                                    + q("writer_id")
                                                    + " = w."
                                                    + q("id")
                                                    + " AND b."
                                                    + q("pages")
                                                    + " > 300) ORDER BY w."
                                                    + q("name"),
                                            String.class))
                    .isNotEmpty();
            assertThat(withoutBooks).containsExactly("Dora");
            assertThat(reviewed)
                    .isEqualTo(
                            jdbc().queryForList(
                                            "SELECT "
                                                    + q("title")
                                                    + " FROM "
                                                    + q("ty_book")
                                                    + " WHERE "
                                                    + q("id")
                                                    + " IN (SELECT "
                                                    + q("book_id")
                                                    + " FROM "
                                                    + q("ty_review")
                                                    + " WHERE "
                                                    + q("rating")
                                                    + " >= 4) ORDER BY "
                                                    + q("title"),
                                            String.class))
                    .isNotEmpty();
            assertThat(priciest)
                    .isEqualTo(
                            jdbc().queryForList(
                                            "SELECT "
                                                    + q("title")
                                                    + " FROM "
                                                    + q("ty_book")
                                                    + " WHERE "
                                                    + q("price")
                                                    + " = (SELECT MAX("
                                                    + q("price")
                                                    + ") FROM "
                                                    + q("ty_book")
                                                    + ")",
                                            String.class))
                    .hasSize(1);
        }
    }

    @Test
    void comparesColumnsOfTwoTablesAndOfASelfJoin() {
        AliasedTable<Book> other = new AliasedTable<>("other", Book.class);
        List<Tuple> rows;
        try (Session s = this.db.session()) {
            rows =
                    s.select(Book.TITLE, other.column(Book.TITLE).as("cheaper"))
                            .from(Book.class)
                            .join(
                                    other,
                                    other.column(Book.WRITER_ID)
                                            .equalTo(Book.WRITER_ID)
                                            .and(other.column(Book.PRICE).lessThan(Book.PRICE)))
                            .orderBy(Book.TITLE.asc(), other.column(Book.TITLE).asc())
                            .all();
        }
        List<List<Object>> jdbc =
                jdbc().query(
                                "SELECT b."
                                        + q("title")
                                        + ", o."
                                        + q("title")
                                        + " FROM "
                                        + q("ty_book")
                                        + " b JOIN "
                                        + q("ty_book")
                                        + " o ON o."
                                        + q("writer_id")
                                        + " = b."
                                        + q("writer_id")
                                        + " AND o."
                                        + q("price")
                                        + " < b."
                                        + q("price")
                                        + " ORDER BY b."
                                        + q("title")
                                        + ", o."
                                        + q("title"),
                                (rs, i) -> List.of(rs.getString(1), rs.getString(2)));
        assertThat(rows.stream().map(t -> List.of(t.get(0), t.get("cheaper"))).toList())
                .isNotEmpty()
                .isEqualTo(jdbc);
    }

    record Missing(String name, long books) {}

    @Test
    void aRecordComponentWithoutAValueIsNamed() {
        try (Session s = this.db.session()) {
            assertThatThrownBy(
                            () ->
                                    s.select(Writer.NAME, count().as("bookCount"))
                                            .from(Writer.class)
                                            .groupBy(Writer.NAME)
                                            .all(Missing.class))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("component 'books'")
                    .hasMessageContaining("bookCount");
            assertThatThrownBy(() -> s.select(Book.TITLE).from(Writer.class).all())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("ty_book.title");
        }
    }
}
