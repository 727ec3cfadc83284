package dev.qlio.orm.corners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qlio.orm.Database;
import dev.qlio.orm.corners.CornerTables.Book;
import dev.qlio.orm.corners.CornerTables.Late;
import dev.qlio.orm.corners.CornerTables.Writer;
import dev.qlio.orm.internal.session.LeakDetection;
import dev.qlio.orm.observation.StatementCounter;
import dev.qlio.orm.schema.Relationship;
import dev.qlio.orm.schema.TableMeta;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.session.Session;
import dev.qlio.orm.testing.DatabaseSuite;
import dev.qlio.orm.testing.TestDatabase;
import io.micrometer.observation.ObservationRegistry;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The corners of the documented contract that outside tests found (issue 20): unloaded
 * back-references, a second session on a thread, streams after commit, registries not set up.
 */
abstract class ContractCornersSuite extends DatabaseSuite {

    TableMetadata metadata;

    Database db;

    StatementCounter counter;

    ContractCornersSuite(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void createTables() {
        this.database.dropTables(CornerTables.NAMES);
        this.metadata = new TableMetadata();
        this.metadata.registerTable(Writer.class);
        this.metadata.registerTable(Book.class);
        this.metadata.setupTables();
        ObservationRegistry registry = ObservationRegistry.create();
        this.counter = StatementCounter.install(registry);
        this.db =
                Database.builder(dataSource(), this.metadata)
                        .dialect(dialect())
                        .observationRegistry(registry)
                        .fetchSize(2)
                        .build();
        this.db.ddl().createAll();
        try (Session s = this.db.session()) {
            for (int w = 0; w < 3; w++) {
                Writer writer = new Writer();
                writer.set(Writer.NAME, "w" + w);
                s.add(writer);
                for (int b = 0; b < 2; b++) {
                    Book book = new Book();
                    book.set(Book.TITLE, "w" + w + "b" + b);
                    book.set(Book.WRITER_ID, writer.get(Writer.ID));
                    s.add(book);
                }
            }
            s.commit();
        }
    }

    @AfterEach
    void dropTables() {
        LeakDetection.setLevel(LeakDetection.Level.SIMPLE);
        this.database.dropTables(CornerTables.NAMES);
    }

    @SuppressWarnings("unchecked")
    Relationship<Book> booksBackref() {
        return (Relationship<Book>)
                this.metadata
                        .getRelationship(TableMeta.of(Writer.class), "books")
                        .orElseThrow()
                        .relationship();
    }

    // ---- 1. back-references are relationships of the row's table ------------------------------

    @Test
    void anUnloadedBackReferenceThrowsIllegalStateNamingItAndRunsNoStatement() {
        try (Session s = this.db.session()) {
            Writer writer =
                    s.select(Writer.class).where(Writer.NAME.eq("w1")).first().orElseThrow();
            this.counter.reset();
            assertThatThrownBy(() -> writer.getRelationshipInstance("books"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("'books'")
                    .hasMessageContaining("cc_writer")
                    .hasMessageContaining("not loaded")
                    .hasMessageContaining("load(");
            assertThatThrownBy(() -> writer.relatedList(booksBackref()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("'books'")
                    .hasMessageContaining("not loaded");
            assertThat(this.counter.count()).isZero();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBackReferenceLoadsByNameAndReadsLikeADeclaredRelationship() {
        try (Session s = this.db.session()) {
            Writer writer =
                    this.counter.expect(
                            2,
                            () ->
                                    s.select(Writer.class)
                                            .where(Writer.NAME.eq("w2"))
                                            .load("books", null)
                                            .first()
                                            .orElseThrow());
            this.counter.reset();
            List<Book> byName = (List<Book>) writer.getRelationshipInstance("books");
            assertThat(byName).extracting(b -> b.get(Book.TITLE)).containsOnly("w2b0", "w2b1");
            assertThat(writer.relatedList(booksBackref())).isSameAs(byName);
            assertThat(this.counter.count()).isZero();
        }
    }

    @Test
    void aNewRowStartsWithAnEmptyBackReferenceCollectionAndUnknownNamesListTheKnownOnes() {
        Writer fresh = new Writer();
        assertThat(fresh.getRelationshipInstance("books")).isEqualTo(List.of());
        assertThat(fresh.relatedList(booksBackref())).isEmpty();
        Book book = new Book();
        // issue 13: a new row's many-to-one is null, as its collections are empty (it used to
        // throw)
        assertThat(book.getRelationshipInstance("writer")).isNull();
        assertThat(book.related(Book.WRITER)).isNull();
        try (Session s = this.db.session()) {
            Writer loaded = s.select(Writer.class).first().orElseThrow();
            assertThatThrownBy(() -> loaded.getRelationshipInstance("bookz"))
                    .isInstanceOf(NoSuchElementException.class)
                    .hasMessageContaining("'bookz'")
                    .hasMessageContaining("back-references: [books]");
        }
    }

    // ---- 2. a second session on a thread whose first session holds uncommitted writes -----------

    @Test
    void aSecondSessionWaitingForTheFirstSessionsLockFailsFastNamingBoth() {
        LeakDetection.setLevel(LeakDetection.Level.TRACE);
        try (Session first = this.db.session()) {
            first.update(Writer.class)
                    .set(Writer.NAME, "renamed")
                    .where(Writer.NAME.eq("w0"))
                    .execute();
            try (Session second = this.db.session()) {
                // reading keeps working
                assertThat(second.select(Writer.class).count()).isEqualTo(3);
                long start = System.nanoTime();
                assertThatThrownBy(
                                () ->
                                        second.update(Writer.class)
                                                .set(Writer.NAME, "other")
                                                .where(Writer.ID.eq(firstId()))
                                                .execute())
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("another Qlio session open on the same thread")
                        .hasMessageContaining("uncommitted writes")
                        .hasMessageContaining("Commit or close the first session")
                        .hasMessageContaining("ContractCornersSuite.java");
                long millis = (System.nanoTime() - start) / 1_000_000;
                System.out.println(
                        "[corners] "
                                + this.database
                                + " second session failed after "
                                + millis
                                + " ms");
                assertThat(millis).isLessThan(1900);
                second.rollback();
                first.commit();
                // the first session's writes are committed: the second one writes normally
                assertThat(
                                second.update(Writer.class)
                                        .set(Writer.NAME, "other")
                                        .where(Writer.NAME.eq("renamed"))
                                        .execute())
                        .isEqualTo(1);
                second.commit();
            }
        }
        assertThat(names()).contains("other").doesNotContain("renamed", "w0");
    }

    @Test
    void aSecondSessionTouchingOtherRowsKeepsWorking() {
        if (this.database == TestDatabase.SQLITE) {
            // SQLite has one writer per database: any second writer waits for the first
            return;
        }
        long id = firstId();
        try (Session first = this.db.session()) {
            // by key: MariaDB locks every row an unindexed WHERE scans, which would block the
            // second
            first.update(Writer.class).set(Writer.NAME, "x0").where(Writer.ID.eq(id)).execute();
            try (Session second = this.db.session()) {
                assertThat(second.select(Writer.class).where(Writer.NAME.eq("w1")).count())
                        .isEqualTo(1);
                assertThat(
                                second.update(Writer.class)
                                        .set(Writer.NAME, "x1")
                                        .where(Writer.ID.eq(id + 1))
                                        .execute())
                        .isEqualTo(1);
                second.commit();
            }
            first.commit();
        }
        assertThat(names()).containsExactlyInAnyOrder("x0", "x1", "w2");
    }

    long firstId() {
        Long id =
                jdbc().queryForObject(
                                "SELECT MIN(" + quote("id") + ") FROM " + quote("cc_writer"),
                                Long.class);
        return id == null ? -1 : id;
    }

    List<String> names() {
        return jdbc().queryForList(
                        "SELECT " + quote("name") + " FROM " + quote("cc_writer"), String.class);
    }

    // ---- 3. streams end with the transaction ----------------------------------------------------

    @Test
    void aStreamReadAfterCommitThrowsSayingCommitClosedIt() {
        for (String end : List.of("commit()", "rollback()")) {
            try (Session s = this.db.session()) {
                s.update(Book.class).set(Book.TITLE, "t").where(Book.TITLE.eq("none")).execute();
                try (Stream<Book> books = s.select(Book.class).orderBy(Book.ID.asc()).stream()) {
                    Iterator<Book> it = books.iterator();
                    assertThat(it.next().get(Book.TITLE)).isEqualTo("w0b0");
                    if (end.equals("commit()")) {
                        s.commit();
                    } else {
                        s.rollback();
                    }
                    assertThatThrownBy(it::next)
                            .isInstanceOf(IllegalStateException.class)
                            .hasMessageContaining("cc_book")
                            .hasMessageContaining("closed by the session's " + end)
                            .hasMessageContaining("before commit() or rollback()");
                }
                // the session goes on
                assertThat(s.select(Book.class).count()).isEqualTo(6);
            }
        }
    }

    @Test
    void aStreamOfAReadOnlySessionIsClosedByCommitToo() {
        try (Session s = this.db.session()) {
            try (Stream<Writer> writers = s.select(Writer.class).stream()) {
                Iterator<Writer> it = writers.iterator();
                it.next();
                s.commit();
                assertThatThrownBy(it::next)
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("closed by the session's commit()");
            }
        }
    }

    // ---- 4. a registry that is not set up
    // --------------------------------------------------------

    @Test
    void connectSetsUpARegistryWhoseSetupNeverRan() {
        TableMetadata fresh = new TableMetadata();
        fresh.registerTable(Writer.class, false);
        fresh.registerTable(Book.class, false);
        assertThat(fresh.isSetUp()).isFalse();
        Database other = Database.builder(dataSource(), fresh).dialect(dialect()).build();
        assertThat(fresh.isSetUp()).isTrue();
        try (Session s = other.session()) {
            List<Book> books = s.select(Book.class).load(Book.WRITER).all();
            assertThat(books).hasSize(6);
            assertThat(books.get(0).related(Book.WRITER)).isNotNull();
            Writer w = s.select(Writer.class).load("books", null).first().orElseThrow();
            assertThat(w.relatedList(booksBackref())).hasSize(2);
        }
    }

    @Test
    void aTableRegisteredAfterConnectIsRefusedSayingWhatToCall() {
        this.metadata.registerTable(Late.class);
        try (Session s = this.db.session()) {
            assertThatThrownBy(() -> s.select(Writer.class).all())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("after Database.connect(...)")
                    .hasMessageContaining("metadata.setupTables()");
            this.metadata.setupTables();
            assertThat(s.select(Writer.class).all()).hasSize(3);
            assertThatThrownBy(() -> s.select(Late.class))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(Late.class.getName())
                    .hasMessageContaining("registered after this Database was built");
        }
    }
}
