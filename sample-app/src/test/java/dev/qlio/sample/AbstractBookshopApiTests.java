package dev.qlio.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.Database;
import dev.qlio.sample.Api.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The bookshop driven end to end over real HTTP, on whichever database the subclass starts the
 * application with. Every test makes its own authors, books and tags (names carry a per-test
 * suffix), so the tests share the seeded database without depending on one another. Results are
 * checked against the database with plain {@link JdbcTemplate} queries.
 */
abstract class AbstractBookshopApiTests {

    private static final AtomicInteger ISBNS = new AtomicInteger();

    @Autowired Environment environment;

    @Autowired JdbcTemplate jdbc;

    @Autowired Database database;

    Api api;

    /** Unique per test: keeps fixtures of different tests (and runs) apart. */
    String suffix;

    @BeforeEach
    void client() {
        this.api =
                new Api(this.environment.getRequiredProperty("local.server.port", Integer.class));
        this.suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    // ---- the application -------------------------------------------------------------------

    @Test
    void startsWithSeededDataAndASchemaThatMatchesTheTableClasses() {
        assertThat(count("author")).isGreaterThanOrEqualTo(40);
        assertThat(count("tag")).isGreaterThanOrEqualTo(16);
        assertThat(count("book")).isGreaterThanOrEqualTo(240);
        assertThat(count("review")).isGreaterThan(300);
        assertThat(this.database.ddl().validate()).isEmpty();
    }

    @Test
    void healthIsUpWithTheDatabase() {
        Response health = this.api.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asString()).isEqualTo("UP");
        assertThat(health.json().path("components").path("db").path("status").asString())
                .isEqualTo("UP");
    }

    @Test
    void metricsAndInfoAreExposed() {
        this.api.get("/api/books");
        Response metrics = this.api.get("/actuator/metrics");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(texts(metrics.json().path("names"))).contains("http.server.requests");
        Response requests =
                this.api.get("/actuator/metrics/http.server.requests?tag=uri:/api/books");
        assertThat(requests.status()).isEqualTo(200);
        Response info = this.api.get("/actuator/info");
        assertThat(info.json().path("app").path("name").asString())
                .isEqualTo("Qlio sample bookshop");
    }

    // ---- create, read, update, delete ----------------------------------------------------

    @Test
    void createsReadsUpdatesAndDeletesABookWithItsRelations() {
        long authorId = createAuthor("Octavia Crud " + this.suffix);
        String newTag = "crud-" + this.suffix;
        String isbn = nextIsbn();

        Response created =
                this.api.post(
                        "/api/books",
                        Api.json(
                                book(
                                        isbn,
                                        "Kindred " + this.suffix,
                                        authorId,
                                        "12.50",
                                        List.of(newTag, "sci-fi"))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        assertThat(created.header("Location"))
                .hasValueSatisfying(l -> l.endsWith("/api/books/" + id));
        assertThat(created.json().path("version").asInt()).isZero();
        assertThat(
                        this.jdbc.queryForObject(
                                "SELECT \"title\" FROM \"book\" WHERE \"id\" = ?",
                                String.class,
                                id))
                .isEqualTo("Kindred " + this.suffix);
        assertThat(count("book_tag", "\"book_id\" = " + id)).isEqualTo(2);

        Response review =
                this.api.post(
                        "/api/books/" + id + "/reviews",
                        "{\"reviewer\":\"ada\",\"rating\":4,\"comment\":\"Gripping.\"}");
        assertThat(review.status()).as(review.toString()).isEqualTo(201);
        this.api.post("/api/books/" + id + "/reviews", "{\"reviewer\":\"bo\",\"rating\":5}");

        Response read = this.api.get(created.header("Location").orElseThrow());
        assertThat(read.status()).isEqualTo(200);
        JsonNode book = read.json();
        assertThat(book.path("isbn").asString()).isEqualTo(isbn);
        assertThat(book.path("author").path("id").asLong()).isEqualTo(authorId);
        assertThat(book.path("author").path("name").asString())
                .isEqualTo("Octavia Crud " + this.suffix);
        assertThat(texts(book.path("tags"))).containsExactly(newTag, "sci-fi");
        assertThat(book.path("reviews")).hasSize(2);
        assertThat(book.path("reviews").get(0).path("reviewer").asString()).isEqualTo("ada");
        assertThat(book.path("reviews").get(0).path("comment").asString()).isEqualTo("Gripping.");
        assertThat(book.path("averageRating").asDouble()).isEqualTo(4.5);
        assertThat(book.path("price").decimalValue()).isEqualByComparingTo("12.50");

        // the author's page lists the book through the back-reference
        Response author = this.api.get("/api/authors/" + authorId);
        assertThat(author.json().path("books").get(0).path("id").asLong()).isEqualTo(id);

        // a column changed behind the application's back...
        this.jdbc.update(
                "UPDATE \"book\" SET \"description\" = ? WHERE \"id\" = ?", "edited by SQL", id);
        // ...survives an update of other columns: only the changed ones are written
        Response updated =
                this.api.put(
                        "/api/books/" + id,
                        "{\"version\":0,\"title\":\"Kindred (revised) "
                                + this.suffix
                                + "\",\"price\":13.00,\"tags\":[\"sci-fi\",\"classic\"]}");
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().path("version").asInt()).isEqualTo(1);
        assertThat(updated.json().path("description").asString()).isEqualTo("edited by SQL");
        assertThat(texts(updated.json().path("tags"))).containsExactly("classic", "sci-fi");
        Map<String, Object> row =
                this.jdbc.queryForMap("SELECT * FROM \"book\" WHERE \"id\" = ?", id);
        assertThat(row.get("title")).isEqualTo("Kindred (revised) " + this.suffix);
        assertThat((BigDecimal) row.get("price")).isEqualByComparingTo("13.00");
        assertThat(row.get("description")).isEqualTo("edited by SQL");
        assertThat(row.get("isbn")).isEqualTo(isbn);
        assertThat(((Number) row.get("version")).intValue()).isEqualTo(1);
        // unlinking a tag deletes the link row, not the tag
        assertThat(count("book_tag", "\"book_id\" = " + id)).isEqualTo(2);
        assertThat(count("tag", "\"name\" = '" + newTag + "'")).isEqualTo(1);

        Response deleted = this.api.delete("/api/books/" + id);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(this.api.get("/api/books/" + id).status()).isEqualTo(404);
        assertThat(count("book", "\"id\" = " + id)).isZero();
        assertThat(count("review", "\"book_id\" = " + id)).isZero();
        assertThat(count("book_tag", "\"book_id\" = " + id)).isZero();
        assertThat(count("author", "\"id\" = " + authorId)).isEqualTo(1);

        // now the author has no books and may go
        assertThat(this.api.delete("/api/authors/" + authorId).status()).isEqualTo(204);
        assertThat(count("author", "\"id\" = " + authorId)).isZero();
    }

    @Test
    void updatesAnAuthorsChangedFieldsOnly() {
        long id = createAuthor("Ursula Update " + this.suffix);
        this.jdbc.update("UPDATE \"author\" SET \"bio\" = 'set by SQL' WHERE \"id\" = ?", id);
        Response updated = this.api.put("/api/authors/" + id, "{\"country\":\"Chile\"}");
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        Map<String, Object> row =
                this.jdbc.queryForMap("SELECT * FROM \"author\" WHERE \"id\" = ?", id);
        assertThat(row.get("country")).isEqualTo("Chile");
        assertThat(row.get("bio")).isEqualTo("set by SQL");
        assertThat(row.get("name")).isEqualTo("Ursula Update " + this.suffix);
    }

    // ---- listing: paging, sorting, filters ---------------------------------------------------

    @Test
    void pagesThroughAllBooksInASortedOrder() {
        long total = count("book");
        Response page = this.api.get("/api/books?page=2&size=7&sort=id");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().path("page").asInt()).isEqualTo(2);
        assertThat(page.json().path("size").asInt()).isEqualTo(7);
        assertThat(page.json().path("totalElements").asLong()).isEqualTo(total);
        assertThat(page.json().path("totalPages").asLong()).isEqualTo((total + 6) / 7);
        List<Long> expected =
                this.jdbc.queryForList(
                        "SELECT \"id\" FROM \"book\" ORDER BY \"id\" LIMIT 7 OFFSET 14",
                        Long.class);
        assertThat(ids(page.json())).containsExactlyElementsOf(expected);
        JsonNode first = page.json().path("content").get(0);
        assertThat(first.path("author").path("name").asString()).isNotBlank();
        assertThat(first.path("tags").size()).isBetween(1, 3);

        // default: 20 per page, by title
        Response defaults = this.api.get("/api/books");
        assertThat(defaults.json().path("content")).hasSize(20);
        List<String> titles = titles(defaults.json());
        assertThat(titles).isSortedAccordingTo(String::compareTo);

        // past the end: an empty page, still with the total
        Response beyond = this.api.get("/api/books?page=1000&size=100");
        assertThat(beyond.json().path("content")).isEmpty();
        assertThat(beyond.json().path("totalElements").asLong()).isEqualTo(total);
    }

    @Test
    void sortsByTheRequestedFieldAndDirection() {
        long authorId = createAuthor("Sorting Sam " + this.suffix);
        createBook(authorId, "Bravo", "30.00", 1999, List.of());
        createBook(authorId, "Alpha", "10.00", 2005, List.of());
        createBook(authorId, "Charlie", "20.00", 1980, List.of());
        String base = "/api/books?authorId=" + authorId;
        assertThat(titles(this.api.get(base + "&sort=title").json()))
                .containsExactly("Alpha", "Bravo", "Charlie");
        assertThat(titles(this.api.get(base + "&sort=title,desc").json()))
                .containsExactly("Charlie", "Bravo", "Alpha");
        assertThat(titles(this.api.get(base + "&sort=price,desc").json()))
                .containsExactly("Bravo", "Charlie", "Alpha");
        assertThat(titles(this.api.get(base + "&sort=year,asc").json()))
                .containsExactly("Charlie", "Bravo", "Alpha");
    }

    @Test
    void filtersByAuthorTagAndTitle() {
        long ann = createAuthor("Annabel Filterwood " + this.suffix);
        long ben = createAuthor("Benedict Other " + this.suffix);
        String rare = "rare-" + this.suffix;
        createBook(ann, "Cotton 100% " + this.suffix, "10.00", 2001, List.of(rare, "poetry"));
        createBook(ann, "Cotton 1000 " + this.suffix, "11.00", 2002, List.of("poetry"));
        createBook(ann, "Linen " + this.suffix, "12.00", 2003, List.of());
        createBook(ben, "Silk " + this.suffix, "13.00", 2004, List.of(rare));

        // by author id, and by (part of) the author's name, case-insensitively: a join on author
        assertThat(total("/api/books?authorId=" + ann)).isEqualTo(3);
        assertThat(total("/api/books?author=FILTERWOOD%20" + this.suffix)).isEqualTo(3);
        // by tag: through the link table, each book once
        assertThat(titles(this.api.get("/api/books?tag=" + rare + "&sort=title").json()))
                .containsExactly("Cotton 100% " + this.suffix, "Silk " + this.suffix);
        // by title contains, case-insensitively, with % taken literally
        assertThat(titles(this.api.get("/api/books?title=cotton%20100%25%20" + this.suffix).json()))
                .containsExactly("Cotton 100% " + this.suffix);
        assertThat(total("/api/books?title=" + this.suffix)).isEqualTo(4);
        // combined with AND
        assertThat(
                        titles(
                                this.api
                                        .get(
                                                "/api/books?author=filterwood%20"
                                                        + this.suffix
                                                        + "&tag=poetry&title=cotton&sort=title,desc")
                                        .json()))
                .containsExactly("Cotton 1000 " + this.suffix, "Cotton 100% " + this.suffix);
        assertThat(total("/api/books?authorId=" + ben + "&tag=poetry")).isZero();
        // authors by name
        Response authors = this.api.get("/api/authors?name=filterwood%20" + this.suffix);
        assertThat(authors.json().path("totalElements").asLong()).isEqualTo(1);
        assertThat(authors.json().path("content").get(0).path("id").asLong()).isEqualTo(ann);
        // tags with their book counts
        Response tags = this.api.get("/api/tags");
        JsonNode rareTag = null;
        for (JsonNode tag : tags.json()) {
            if (tag.path("name").asString().equals(rare)) {
                rareTag = tag;
            }
        }
        assertThat(rareTag).isNotNull();
        assertThat(rareTag.path("books").asLong()).isEqualTo(2);
    }

    // ---- the report ------------------------------------------------------------------------

    @Test
    void reportsTopAuthorsByAverageRating() {
        long star = createAuthor("Zadie Star " + this.suffix);
        long book = createBook(star, "Five Stars " + this.suffix, "9.99", 2020, List.of());
        for (int i = 0; i < 3; i++) {
            this.api.post(
                    "/api/books/" + book + "/reviews",
                    "{\"reviewer\":\"r" + i + "\",\"rating\":5}");
        }
        Response report = this.api.get("/api/reports/top-authors?limit=100&minReviews=3");
        assertThat(report.status()).isEqualTo(200);
        List<Double> averages = new ArrayList<>();
        JsonNode mine = null;
        for (JsonNode line : report.json()) {
            averages.add(line.path("averageRating").asDouble());
            assertThat(line.path("reviews").asLong()).isGreaterThanOrEqualTo(3);
            if (line.path("authorId").asLong() == star) {
                mine = line;
            }
        }
        assertThat(averages).isNotEmpty().isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(mine).isNotNull();
        assertThat(mine.path("name").asString()).isEqualTo("Zadie Star " + this.suffix);
        assertThat(mine.path("books").asLong()).isEqualTo(1);
        assertThat(mine.path("reviews").asLong()).isEqualTo(3);
        assertThat(mine.path("averageRating").asDouble()).isEqualTo(5.0);

        // the first line agrees with the database
        JsonNode top = report.json().get(0);
        Double average =
                this.jdbc.queryForObject(
                        "SELECT AVG(CAST(r.\"rating\" AS DOUBLE PRECISION)) FROM \"review\" r"
                                + " JOIN \"book\" b ON b.\"id\" = r.\"book_id\""
                                + " WHERE b.\"author_id\" = ?",
                        Double.class,
                        top.path("authorId").asLong());
        assertThat(top.path("averageRating").asDouble())
                .isEqualTo(Math.round(average * 100) / 100.0);

        Response limited = this.api.get("/api/reports/top-authors?limit=3");
        assertThat(limited.json()).hasSize(3);
    }

    // ---- errors ---------------------------------------------------------------------------

    @Test
    void invalidValuesAreA400WithAMessagePerField() {
        long authorId = createAuthor("Valid Val " + this.suffix);
        Response invalid =
                this.api.post(
                        "/api/books",
                        "{\"isbn\":\"12345\",\"title\":\" \",\"authorId\":"
                                + authorId
                                + ",\"price\":-1,\"year\":3000,\"tags\":[\"Not A Tag\"]}");
        assertProblem(invalid, 400);
        assertThat(fieldErrors(invalid))
                .containsEntry("isbn", "must be an ISBN-13: 13 digits starting with 978 or 979")
                .containsEntry("title", "must not be blank")
                .containsEntry("price", "must be greater than or equal to 0.00")
                .containsEntry("year", "must be less than or equal to 2100")
                .containsKey("tags[0]");

        Response missing = this.api.post("/api/books", "{}");
        assertProblem(missing, 400);
        assertThat(fieldErrors(missing))
                .containsEntry("isbn", "must not be null")
                .containsEntry("authorId", "must not be null")
                .containsEntry("price", "must not be null");

        Response wrongType =
                this.api.post(
                        "/api/books",
                        "{\"isbn\":\""
                                + nextIsbn()
                                + "\",\"title\":\"t\",\"authorId\":1,\"price\":\"cheap\"}");
        assertProblem(wrongType, 400);
        assertThat(fieldErrors(wrongType)).containsEntry("price", "must be a number");

        Response malformed = this.api.post("/api/books", "{\"isbn\": ");
        assertProblem(malformed, 400);
        assertThat(malformed.json().path("detail").asString()).startsWith("Malformed JSON");

        Response unknownAuthor =
                this.api.post(
                        "/api/books",
                        Api.json(book(nextIsbn(), "t", 987_654_321L, "1.00", List.of())));
        assertProblem(unknownAuthor, 400);
        assertThat(fieldErrors(unknownAuthor))
                .containsEntry("authorId", "no author with id 987654321");

        Response badRating =
                this.api.post(
                        "/api/books/" + anyBookId() + "/reviews",
                        "{\"reviewer\":\"x\",\"rating\":6}");
        assertProblem(badRating, 400);
        assertThat(fieldErrors(badRating))
                .containsEntry("rating", "must be less than or equal to 5");

        Response badParams = this.api.get("/api/books?page=-1&size=500");
        assertProblem(badParams, 400);
        assertThat(fieldErrors(badParams))
                .containsEntry("page", "must be greater than or equal to 0")
                .containsEntry("size", "must be less than or equal to 100");
        assertThat(fieldErrors(this.api.get("/api/books?size=ten")))
                .containsEntry("size", "must be an integer");
        assertThat(fieldErrors(this.api.get("/api/books?sort=colour,asc"))).containsKey("sort");
        assertThat(fieldErrors(this.api.get("/api/books?sort=title,sideways")))
                .containsEntry("sort", "direction must be asc or desc");
        assertThat(count("author", "\"id\" = " + authorId)).isEqualTo(1);
        assertThat(count("book", "\"author_id\" = " + authorId)).isZero();
    }

    @Test
    void unknownIdsAreA404() {
        Response book = this.api.get("/api/books/987654321");
        assertProblem(book, 404);
        assertThat(book.json().path("detail").asString())
                .isEqualTo("Book 987654321 does not exist");
        assertProblem(this.api.put("/api/books/987654321", "{\"version\":0,\"title\":\"x\"}"), 404);
        assertProblem(this.api.delete("/api/books/987654321"), 404);
        assertProblem(
                this.api.post("/api/books/987654321/reviews", "{\"reviewer\":\"x\",\"rating\":3}"),
                404);
        assertProblem(this.api.get("/api/authors/987654321"), 404);
        assertProblem(this.api.get("/api/no-such-thing"), 404);
    }

    @Test
    void duplicateUniqueValuesAreA409AndNothingIsHalfWritten() {
        long authorId = createAuthor("Dupont Duplicate " + this.suffix);
        String isbn = nextIsbn();
        createBook(authorId, "Original", "5.00", 2000, List.of(), isbn);
        long books = count("book");
        String newTag = "half-" + this.suffix;

        // the new tag would be inserted before the book: the rollback takes it away again
        Response duplicate =
                this.api.post(
                        "/api/books",
                        Api.json(book(isbn, "Copy", authorId, "6.00", List.of(newTag))));
        assertProblem(duplicate, 409);
        assertThat(fieldErrors(duplicate))
                .containsEntry("isbn", "a book with this ISBN already exists");
        assertThat(count("book")).isEqualTo(books);
        assertThat(count("tag", "\"name\" = '" + newTag + "'")).isZero();

        Response author =
                this.api.post(
                        "/api/authors", "{\"name\":\"Dupont Duplicate " + this.suffix + "\"}");
        assertProblem(author, 409);
        assertThat(fieldErrors(author))
                .containsEntry("name", "an author with this name already exists");

        // an author with books cannot be deleted
        Response inUse = this.api.delete("/api/authors/" + authorId);
        assertProblem(inUse, 409);
        assertThat(inUse.json().path("detail").asString()).contains("still has 1 book");
        assertThat(count("author", "\"id\" = " + authorId)).isEqualTo(1);
    }

    @Test
    void aStaleVersionIsA409AndChangesNothing() {
        long authorId = createAuthor("Vera Version " + this.suffix);
        long id = createBook(authorId, "Versioned", "5.00", 2000, List.of());
        Response first = this.api.put("/api/books/" + id, "{\"version\":0,\"title\":\"First\"}");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().path("version").asInt()).isEqualTo(1);

        // a second client still holding version 0
        Response stale =
                this.api.put(
                        "/api/books/" + id,
                        "{\"version\":0,\"title\":\"Second\",\"tags\":[\"poetry\"]}");
        assertProblem(stale, 409);
        assertThat(stale.json().path("title").asString()).isEqualTo("Stale version");
        assertThat(stale.json().path("detail").asString()).contains("version 0 is stale");
        Map<String, Object> row =
                this.jdbc.queryForMap("SELECT * FROM \"book\" WHERE \"id\" = ?", id);
        assertThat(row.get("title")).isEqualTo("First");
        assertThat(((Number) row.get("version")).intValue()).isEqualTo(1);
        assertThat(count("book_tag", "\"book_id\" = " + id)).isZero();

        // a version bumped behind the application's back is just as stale
        this.jdbc.update("UPDATE \"book\" SET \"version\" = 7 WHERE \"id\" = ?", id);
        assertProblem(this.api.put("/api/books/" + id, "{\"version\":1,\"title\":\"Third\"}"), 409);
        assertThat(
                        this.api
                                .put("/api/books/" + id, "{\"version\":7,\"title\":\"Third\"}")
                                .json()
                                .path("version")
                                .asInt())
                .isEqualTo(8);
    }

    // ---- helpers ---------------------------------------------------------------------------

    @Test
    void authorsPageSortsByAnyPropertyAndAnswersAnUnknownOneWith400() {
        String name = "Sortwood " + this.suffix;
        for (String country : List.of("Chile", "Peru", "Angola")) {
            Response created =
                    this.api.post(
                            "/api/authors",
                            Api.json(Map.of("name", name + " " + country, "country", country)));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        }

        Response page =
                this.api.get(
                        "/api/authors?name=sortwood%20"
                                + this.suffix
                                + "&size=2&sort=country,desc");

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.json().path("totalElements").asLong()).isEqualTo(3);
        assertThat(page.json().path("totalPages").asLong()).isEqualTo(2);
        List<String> countries = new ArrayList<>();
        page.json().path("content").forEach(a -> countries.add(a.path("country").asString()));
        assertThat(countries).containsExactly("Peru", "Chile");

        Response unknown = this.api.get("/api/authors?sort=nationality");
        assertProblem(unknown, 400);
        assertThat(fieldErrors(unknown).get("sort"))
                .contains("'nationality'")
                .contains("id, name, country, bio");
    }

    static void assertProblem(Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("status").asInt()).isEqualTo(status);
        assertThat(response.json().path("title").asString()).isNotBlank();
        assertThat(response.raw().body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    static Map<String, String> fieldErrors(Response response) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (JsonNode error : response.json().path("errors")) {
            errors.put(error.path("field").asString(), error.path("message").asString());
        }
        return errors;
    }

    long createAuthor(String name) {
        Response created =
                this.api.post("/api/authors", Api.json(Map.of("name", name, "country", "Kenya")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    long createBook(long authorId, String title, String price, int year, List<String> tags) {
        return createBook(authorId, title, price, year, tags, nextIsbn());
    }

    long createBook(
            long authorId, String title, String price, int year, List<String> tags, String isbn) {
        Map<String, Object> book = book(isbn, title, authorId, price, tags);
        book.put("year", year);
        Response created = this.api.post("/api/books", Api.json(book));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    static Map<String, Object> book(
            String isbn, String title, long authorId, String price, List<String> tags) {
        Map<String, Object> book = new LinkedHashMap<>();
        book.put("isbn", isbn);
        book.put("title", title);
        book.put("authorId", authorId);
        book.put("price", new BigDecimal(price));
        book.put("tags", tags);
        return book;
    }

    /** A valid ISBN-13 in the 978 range, which the seed data (979) never uses. */
    String nextIsbn() {
        String digits =
                "978"
                        + String.format(
                                "%09d",
                                (Math.abs(this.suffix.hashCode()) % 1_000_000) * 1000L
                                        + ISBNS.incrementAndGet() % 1000);
        int sum = 0;
        for (int d = 0; d < 12; d++) {
            sum += (digits.charAt(d) - '0') * (d % 2 == 0 ? 1 : 3);
        }
        return digits + (10 - sum % 10) % 10;
    }

    long anyBookId() {
        return this.jdbc.queryForObject("SELECT MIN(\"id\") FROM \"book\"", Long.class);
    }

    long total(String path) {
        Response page = this.api.get(path);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().path("totalElements").asLong();
    }

    long count(String table) {
        return count(table, "1 = 1");
    }

    long count(String table, String where) {
        return this.jdbc.queryForObject(
                "SELECT COUNT(*) FROM \"" + table + "\" WHERE " + where, Long.class);
    }

    static List<String> titles(JsonNode page) {
        List<String> titles = new ArrayList<>();
        page.path("content").forEach(b -> titles.add(b.path("title").asString()));
        return titles;
    }

    static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.path("content").forEach(b -> ids.add(b.path("id").asLong()));
        return ids;
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asString()));
        return texts;
    }
}
