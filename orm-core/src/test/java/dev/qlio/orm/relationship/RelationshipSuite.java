package dev.qlio.orm.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qlio.orm.Database;
import dev.qlio.orm.observation.StatementCounter;
import dev.qlio.orm.relationship.LibraryTables.Author;
import dev.qlio.orm.relationship.LibraryTables.Book;
import dev.qlio.orm.relationship.LibraryTables.Category;
import dev.qlio.orm.relationship.LibraryTables.Tag;
import dev.qlio.orm.schema.AliasedTable;
import dev.qlio.orm.schema.LoadStrategy;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.session.Session;
import dev.qlio.orm.testing.DatabaseSuite;
import dev.qlio.orm.testing.TestDatabase;
import io.micrometer.observation.ObservationRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** Relationships load in a predictable number of statements, and write through. */
abstract class RelationshipSuite extends DatabaseSuite {

    Database db;

    StatementCounter counter;

    RelationshipSuite(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void createTables() {
        this.database.dropTables(LibraryTables.NAMES);
        ObservationRegistry registry = ObservationRegistry.create();
        this.counter = StatementCounter.install(registry);
        this.db =
                Database.builder(dataSource(), LibraryTables.metadata())
                        .observationRegistry(registry)
                        .build();
        this.db.ddl().createAll();
    }

    @AfterEach
    void dropTables() {
        this.database.dropTables(LibraryTables.NAMES);
    }

    long count(String table) {
        Long n = jdbc().queryForObject("SELECT COUNT(*) FROM " + quote(table), Long.class);
        return n == null ? -1 : n;
    }

    /** 100 authors with 10 books each, written through the authors' collections. */
    void seedAuthors(Session s) {
        List<Author> authors = new ArrayList<>();
        for (int a = 0; a < 100; a++) {
            Author author = new Author();
            author.set(Author.NAME, String.format("author%03d", a));
            s.add(author);
            List<Book> books = new ArrayList<>();
            for (int b = 0; b < 10; b++) {
                Book book = new Book();
                book.set(Book.TITLE, "a" + a + "-b" + b);
                book.set(Book.AUTHOR_ID, author.get(Author.ID));
                books.add(book);
            }
            s.addAll(books);
            authors.add(author);
        }
    }

    static Map<String, List<String>> graph(List<Author> authors) {
        Map<String, List<String>> g = new LinkedHashMap<>();
        for (Author a : authors) {
            g.put(
                    a.get(Author.NAME),
                    a.relatedList(Author.BOOKS).stream().map(b -> b.get(Book.TITLE)).toList());
        }
        return g;
    }

    @Test
    void authorsWithBooksLoadInTwoStatementsWithSelectAndOneWithJoined() {
        try (Session s = this.db.session()) {
            seedAuthors(s);
            s.commit();
        }
        try (Session s = this.db.session()) {
            List<Author> selected =
                    this.counter.expect(
                            2,
                            () ->
                                    s.select(Author.class)
                                            .load(Author.BOOKS, LoadStrategy.SELECT)
                                            .orderBy(Author.NAME.asc())
                                            .all());
            List<Author> joined =
                    this.counter.expect(
                            1,
                            () ->
                                    s.select(Author.class)
                                            .load(Author.BOOKS, LoadStrategy.JOINED)
                                            .orderBy(Author.NAME.asc())
                                            .all());
            assertThat(selected).hasSize(100);
            assertThat(joined).hasSize(100);
            Map<String, List<String>> graph = graph(selected);
            assertThat(graph(joined)).isEqualTo(graph);
            assertThat(graph.get("author007"))
                    .containsExactly(
                            "a7-b0", "a7-b1", "a7-b2", "a7-b3", "a7-b4", "a7-b5", "a7-b6", "a7-b7",
                            "a7-b8", "a7-b9");
            // reading the loaded graph runs nothing more
            this.counter.expect(0, () -> graph(selected));
        }
    }

    @Test
    void relationshipLoadsOntoRowsAlreadyReadInOneStatement() {
        try (Session s = this.db.session()) {
            seedAuthors(s);
            s.commit();
        }
        try (Session s = this.db.session()) {
            List<Author> page =
                    s.select(Author.class).orderBy(Author.NAME.asc()).limit(20).offset(5).all();
            this.counter.expect(1, () -> s.load(page, Author.BOOKS));
            Map<String, List<String>> graph = graph(page);
            assertThat(graph).hasSize(20);
            assertThat(graph.keySet()).first().isEqualTo("author005");
            assertThat(graph.get("author007")).hasSize(10).contains("a7-b0", "a7-b9");
            this.counter.expect(0, () -> graph(page));
            this.counter.expect(0, () -> s.load(List.of(), Author.BOOKS));
            assertThatThrownBy(() -> s.load(List.of(new Book()), Author.BOOKS))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("pass rows of");
        }
    }

    @Test
    void joinedLoadPagesParentsNotJoinedRows() {
        try (Session s = this.db.session()) {
            seedAuthors(s);
            List<Author> page =
                    this.counter.expect(
                            1,
                            () ->
                                    s.select(Author.class)
                                            .load(Author.BOOKS, LoadStrategy.JOINED)
                                            .orderBy(Author.NAME.desc())
                                            .limit(5)
                                            .offset(2)
                                            .all());
            assertThat(page)
                    .extracting(a -> a.get(Author.NAME))
                    .containsExactly(
                            "author097", "author096", "author095", "author094", "author093");
            assertThat(page).allSatisfy(a -> assertThat(a.relatedList(Author.BOOKS)).hasSize(10));
            // a condition and a JOINED load together: the join precedes the WHERE
            List<Author> filtered =
                    this.counter.expect(
                            1,
                            () ->
                                    s.select(Author.class)
                                            .where(
                                                    Author.NAME.in(
                                                            List.of("author001", "author002")))
                                            .load(Author.BOOKS, LoadStrategy.JOINED)
                                            .orderBy(Author.NAME.asc())
                                            .all());
            assertThat(filtered)
                    .extracting(a -> a.get(Author.NAME))
                    .containsExactly("author001", "author002");
            assertThat(filtered.get(1).relatedList(Author.BOOKS)).hasSize(10);
        }
    }

    @Test
    void manyToOneLoadsWithEitherStrategyIncludingNullKeys() {
        try (Session s = this.db.session()) {
            Author ada = new Author();
            ada.set(Author.NAME, "ada");
            s.add(ada);
            Book owned = new Book();
            owned.set(Book.TITLE, "owned");
            owned.set(Book.AUTHOR_ID, ada.get(Author.ID));
            Book orphan = new Book();
            orphan.set(Book.TITLE, "anonymous");
            s.addAll(List.of(owned, orphan));
            for (LoadStrategy strategy : LoadStrategy.values()) {
                List<Book> books =
                        this.counter.expect(
                                strategy == LoadStrategy.JOINED ? 1 : 2,
                                () ->
                                        s.select(Book.class)
                                                .load(Book.AUTHOR, strategy)
                                                .orderBy(Book.TITLE.asc())
                                                .all());
                assertThat(books)
                        .extracting(b -> b.get(Book.TITLE))
                        .containsExactly("anonymous", "owned");
                assertThat(books.get(0).related(Book.AUTHOR)).isNull();
                assertThat(books.get(1).related(Book.AUTHOR).get(Author.NAME)).isEqualTo("ada");
            }
        }
    }

    @Test
    void manyToManyRoundTripsThroughTheLinkTable() {
        try (Session s = this.db.session()) {
            Tag fiction = new Tag();
            fiction.set(Tag.NAME, "fiction");
            s.add(fiction);
            Book book = new Book();
            book.set(Book.TITLE, "Dune");
            Tag classic = new Tag();
            classic.set(Tag.NAME, "classic");
            book.relatedList(Book.TAGS).add(fiction);
            book.relatedList(Book.TAGS).add(classic);
            s.add(book);
            Book other = new Book();
            other.set(Book.TITLE, "Emma");
            other.relatedList(Book.TAGS).add(classic);
            s.add(other);
            s.commit();
        }
        assertThat(count("rl_tag")).isEqualTo(2);
        assertThat(count("rl_book_tag")).isEqualTo(3);
        try (Session s = this.db.session()) {
            for (LoadStrategy strategy : LoadStrategy.values()) {
                List<Book> books =
                        this.counter.expect(
                                strategy == LoadStrategy.JOINED ? 1 : 2,
                                () ->
                                        s.select(Book.class)
                                                .load(Book.TAGS, strategy)
                                                .orderBy(Book.TITLE.asc())
                                                .all());
                assertThat(books.get(0).relatedList(Book.TAGS))
                        .extracting(t -> t.get(Tag.NAME))
                        .containsExactlyInAnyOrder("fiction", "classic");
                assertThat(books.get(1).relatedList(Book.TAGS))
                        .extracting(t -> t.get(Tag.NAME))
                        .containsExactly("classic");
            }
            // the back-reference created by the registry, navigated from the other side
            List<Tag> tags = s.select(Tag.class).load("books", null).orderBy(Tag.NAME.asc()).all();
            @SuppressWarnings("unchecked")
            List<Book> classicBooks = (List<Book>) tags.get(0).getRelationshipInstance("books");
            assertThat(classicBooks)
                    .extracting(b -> b.get(Book.TITLE))
                    .containsExactlyInAnyOrder("Dune", "Emma");

            // unlinking removes the link row, not the tag
            Book dune =
                    s.select(Book.class)
                            .where(Book.TITLE.eq("Dune"))
                            .load(Book.TAGS)
                            .first()
                            .orElseThrow();
            dune.relatedList(Book.TAGS).removeIf(t -> t.get(Tag.NAME).equals("fiction"));
            s.add(dune);
            s.commit();
        }
        assertThat(count("rl_book_tag")).isEqualTo(2);
        assertThat(count("rl_tag")).isEqualTo(2);
    }

    @Test
    void selfReferentialTreeOfDepthFourLoadsParentsAndChildren() {
        try (Session s = this.db.session()) {
            Category parent = null;
            for (int depth = 0; depth < 4; depth++) {
                Category firstOfDepth = null;
                for (int sibling = 0; sibling < 2; sibling++) {
                    Category c = new Category();
                    c.set(Category.NAME, "d" + depth + "s" + sibling);
                    if (parent != null) {
                        c.setRelated(Category.PARENT, parent);
                    }
                    s.add(c);
                    if (sibling == 0) {
                        firstOfDepth = c;
                    }
                }
                parent = firstOfDepth;
            }
            s.commit();
        }
        try (Session s = this.db.session()) {
            List<Category> all =
                    this.counter.expect(
                            3,
                            () ->
                                    s.select(Category.class)
                                            .load(Category.PARENT, LoadStrategy.SELECT)
                                            .load("children", LoadStrategy.SELECT)
                                            .orderBy(Category.NAME.asc())
                                            .all());
            Map<String, Category> byName = new LinkedHashMap<>();
            all.forEach(c -> byName.put(c.get(Category.NAME), c));
            assertThat(byName.get("d0s0").related(Category.PARENT)).isNull();
            assertThat(byName.get("d3s1").related(Category.PARENT).get(Category.NAME))
                    .isEqualTo("d2s0");
            @SuppressWarnings("unchecked")
            List<Category> children =
                    (List<Category>) byName.get("d1s0").getRelationshipInstance("children");
            assertThat(children)
                    .extracting(c -> c.get(Category.NAME))
                    .containsExactly("d2s0", "d2s1");
            @SuppressWarnings("unchecked")
            List<Category> leaves =
                    (List<Category>) byName.get("d3s0").getRelationshipInstance("children");
            assertThat(leaves).isEmpty();
            List<Category> joined =
                    this.counter.expect(
                            1,
                            () ->
                                    s.select(Category.class)
                                            .load(Category.PARENT, LoadStrategy.JOINED)
                                            .load("children", LoadStrategy.JOINED)
                                            .orderBy(Category.NAME.asc())
                                            .all());
            assertThat(joined).hasSize(8);
            assertThat(joined.get(2).related(Category.PARENT).get(Category.NAME)).isEqualTo("d0s0");

            // a self-join through an alias: the categories whose parent is d1s0
            AliasedTable<Category> parent = new AliasedTable<>("p", Category.class);
            List<Category> underD1 =
                    s.select(Category.class)
                            .join(parent, Category.PARENT)
                            .where(parent.column(Category.NAME).eq("d1s0"))
                            .orderBy(Category.NAME.asc())
                            .all();
            assertThat(underD1)
                    .extracting(c -> c.get(Category.NAME))
                    .containsExactly("d2s0", "d2s1");
        }
    }

    @Test
    void childrenAddedToACollectionAreInsertedAndRemovedOnesDeleted() {
        long authorId;
        try (Session s = this.db.session()) {
            Author author = new Author();
            author.set(Author.NAME, "ada");
            for (int i = 0; i < 3; i++) {
                Book b = new Book();
                b.set(Book.TITLE, "t" + i);
                author.relatedList(Author.BOOKS).add(b);
            }
            s.add(author);
            s.commit();
            authorId = author.get(Author.ID);
        }
        assertThat(
                        jdbc().queryForList(
                                        "SELECT "
                                                + quote("author_id")
                                                + " FROM "
                                                + quote("rl_book"),
                                        Long.class))
                .containsOnly(authorId)
                .hasSize(3);
        try (Session s = this.db.session()) {
            Author author = s.select(Author.class).load(Author.BOOKS).first().orElseThrow();
            List<Book> books = author.relatedList(Author.BOOKS);
            books.remove(0);
            Book added = new Book();
            added.set(Book.TITLE, "t3");
            books.add(added);
            books.get(0).set(Book.TITLE, "t1-renamed");
            s.add(author);
            s.commit();
        }
        assertThat(
                        jdbc().queryForList(
                                        "SELECT "
                                                + quote("title")
                                                + " FROM "
                                                + quote("rl_book")
                                                + " ORDER BY "
                                                + quote("title"),
                                        String.class))
                .containsExactly("t1-renamed", "t2", "t3");
    }

    @Test
    void manyToOneSetOnANewRowWritesTheTargetFirst() {
        try (Session s = this.db.session()) {
            Author author = new Author();
            author.set(Author.NAME, "new author");
            Book book = new Book();
            book.set(Book.TITLE, "new book");
            book.setRelated(Book.AUTHOR, author);
            s.add(book);
            s.commit();
            assertThat(book.get(Book.AUTHOR_ID)).isEqualTo(author.get(Author.ID)).isNotNull();
            book.setRelated(Book.AUTHOR, null);
            s.add(book);
            s.commit();
        }
        assertThat(
                        jdbc().queryForObject(
                                        "SELECT COUNT(*) FROM "
                                                + quote("rl_book")
                                                + " WHERE "
                                                + quote("author_id")
                                                + " IS NULL",
                                        Long.class))
                .isEqualTo(1);
        assertThat(count("rl_author")).isEqualTo(1);
    }

    @Test
    void deletingAParentWithChildrenIsAnIntegrityViolation() {
        try (Session s = this.db.session()) {
            Author author = new Author();
            author.set(Author.NAME, "ada");
            Book b = new Book();
            b.set(Book.TITLE, "t");
            author.relatedList(Author.BOOKS).add(b);
            s.add(author);
            s.commit();
            assertThatThrownBy(() -> s.remove(author))
                    .isInstanceOf(DataIntegrityViolationException.class);
        }
        assertThat(count("rl_author")).isEqualTo(1);
    }

    @Test
    void relationshipsThatWereNotLoadedFailClearlyInsteadOfQuerying() {
        try (Session s = this.db.session()) {
            Author author = new Author();
            author.set(Author.NAME, "ada");
            s.add(author);
            Author loaded = s.select(Author.class).first().orElseThrow();
            this.counter.reset();
            assertThatThrownBy(() -> loaded.relatedList(Author.BOOKS))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("'books'")
                    .hasMessageContaining("load(");
            assertThatThrownBy(() -> loaded.getRelationshipInstance("books"))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(this.counter.count()).isZero();
            assertThatThrownBy(() -> s.select(Author.class).load(Book.AUTHOR))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("belongs to");
            assertThatThrownBy(() -> s.select(Author.class).load("nope", null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("books");
        }
    }

    @Test
    void conditionsOnRelatedTablesJoinOrUseExists() {
        try (Session s = this.db.session()) {
            seedAuthors(s);
            Book tagged = s.select(Book.class).where(Book.TITLE.eq("a3-b3")).first().orElseThrow();
            Tag tag = new Tag();
            tag.set(Tag.NAME, "rare");
            s.add(tag);
            // a book whose tags were never loaded starts from the link rows it has: none
            Book reloaded =
                    s.select(Book.class)
                            .where(Book.ID.eq(tagged.get(Book.ID)))
                            .load(Book.TAGS)
                            .first()
                            .orElseThrow();
            reloaded.relatedList(Book.TAGS).add(tag);
            s.add(reloaded);
            // many-to-one: a LEFT JOIN
            List<Book> byAuthor =
                    this.counter.expect(
                            1,
                            () ->
                                    s.select(Book.class)
                                            .where(Author.NAME.eq("author042"))
                                            .orderBy(Book.TITLE.asc())
                                            .all());
            assertThat(byAuthor)
                    .hasSize(10)
                    .allSatisfy(b -> assertThat(b.get(Book.TITLE)).startsWith("a42-"));
            // one-to-many: EXISTS, so authors are not repeated
            List<Author> byBook = s.select(Author.class).where(Book.TITLE.like("a1%-b9")).all();
            assertThat(byBook)
                    .extracting(a -> a.get(Author.NAME))
                    .containsExactlyInAnyOrder(
                            "author001",
                            "author010",
                            "author011",
                            "author012",
                            "author013",
                            "author014",
                            "author015",
                            "author016",
                            "author017",
                            "author018",
                            "author019");
            assertThat(s.select(Author.class).where(Book.TITLE.like("a1%")).count()).isEqualTo(11);
            // many-to-many
            assertThat(s.select(Book.class).where(Tag.NAME.eq("rare")).all())
                    .extracting(b -> b.get(Book.TITLE))
                    .containsExactly("a3-b3");
        }
    }

    static List<String> titles(List<? extends Table> rows) {
        return rows.stream().map(r -> String.valueOf(r.get(Book.TITLE))).toList();
    }
}
