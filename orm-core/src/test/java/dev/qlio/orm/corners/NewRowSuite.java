package dev.qlio.orm.corners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qlio.orm.Database;
import dev.qlio.orm.corners.CornerTables.Book;
import dev.qlio.orm.corners.CornerTables.Writer;
import dev.qlio.orm.observation.StatementCounter;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.session.Session;
import dev.qlio.orm.testing.DatabaseSuite;
import dev.qlio.orm.testing.TestDatabase;
import io.micrometer.observation.ObservationRegistry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * New rows as forms and controllers make them (issue 13): a NULL generated key means "not set", and
 * a new row's relationships answer instead of throwing.
 */
abstract class NewRowSuite extends DatabaseSuite {

    Database db;

    StatementCounter counter;

    NewRowSuite(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void createTables() {
        this.database.dropTables(CornerTables.NAMES);
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(Writer.class);
        metadata.registerTable(Book.class);
        metadata.setupTables();
        ObservationRegistry registry = ObservationRegistry.create();
        this.counter = StatementCounter.install(registry);
        this.db =
                Database.builder(dataSource(), metadata)
                        .dialect(dialect())
                        .observationRegistry(registry)
                        .build();
        this.db.ddl().createAll();
    }

    @AfterEach
    void dropTables() {
        this.database.dropTables(CornerTables.NAMES);
    }

    private static Writer writer(String name, boolean nullId) {
        Writer w = new Writer();
        if (nullId) {
            w.set(Writer.ID, null); // an HTML form posts an empty id
        }
        w.set(Writer.NAME, name);
        return w;
    }

    /** The writers as the database has them, read with plain JDBC: id → name. */
    private Map<Long, String> writersInDatabase() {
        Map<Long, String> rows = new java.util.LinkedHashMap<>();
        jdbc().query(
                        "SELECT "
                                + quote("id")
                                + ", "
                                + quote("name")
                                + " FROM "
                                + quote("cc_writer"),
                        (rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .forEach(e -> rows.put(e.getKey(), e.getValue()));
        return rows;
    }

    @Test
    void aNullKeyOnAnAutoincrementColumnIsGeneratedAndReadBack() {
        Writer w = writer("ada", true);
        try (Session s = this.db.session()) {
            s.add(w);
            s.commit();
        }
        assertThat(w.get(Writer.ID)).isNotNull();
        assertThat(w.isPersisted()).isTrue();
        assertThat(writersInDatabase()).containsExactly(Map.entry(w.get(Writer.ID), "ada"));
    }

    @Test
    void aBatchMixingNullAndAbsentKeysInsertsEveryRowWithItsOwnGeneratedKey() {
        List<Writer> writers =
                List.of(
                        writer("a", true),
                        writer("b", false),
                        writer("c", true),
                        writer("d", false),
                        writer("e", true));
        try (Session s = this.db.session()) {
            s.addAll(writers);
            s.commit();
        }
        Map<Long, String> stored = writersInDatabase();
        assertThat(stored).hasSize(5);
        for (Writer w : writers) {
            assertThat(w.get(Writer.ID)).as(w.get(Writer.NAME)).isNotNull();
            assertThat(stored).containsEntry(w.get(Writer.ID), w.get(Writer.NAME));
        }
    }

    @Test
    void mergeOfARowWithANullKeyIsRefusedPointingToAdd() {
        Writer w = writer("merged", true);
        try (Session s = this.db.session()) {
            assertThatThrownBy(() -> s.merge(w))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("use add()");
        }
        assertThat(writersInDatabase()).isEmpty();
    }

    @Test
    void aNewRowsRelationshipsAnswerAndSayTheyAreLoaded() {
        Book book = new Book();
        assertThat(book.isPersisted()).isFalse();
        assertThat(book.isLoaded(Book.WRITER)).isTrue();
        assertThat(book.related(Book.WRITER)).isNull();
        assertThat(book.getRelationshipInstance("writer")).isNull();
    }

    @Test
    void aLoadedRowSaysWhichRelationshipsWereLoadedWithIt() {
        try (Session s = this.db.session()) {
            Writer w = writer("w", false);
            s.add(w);
            Book book = new Book();
            book.set(Book.TITLE, "t");
            book.setRelated(Book.WRITER, w);
            s.add(book);
            assertThat(book.isPersisted()).isTrue();
            s.commit();
        }
        try (Session s = this.db.session()) {
            Book plain = s.select(Book.class).first().orElseThrow();
            assertThat(plain.isPersisted()).isTrue();
            assertThat(plain.isLoaded(Book.WRITER)).isFalse();
            assertThatThrownBy(() -> plain.related(Book.WRITER))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("not loaded");

            Book withWriter = s.select(Book.class).load(Book.WRITER).first().orElseThrow();
            assertThat(withWriter.isLoaded(Book.WRITER)).isTrue();
            assertThat(withWriter.related(Book.WRITER).get(Writer.NAME)).isEqualTo("w");
        }
    }

    @Test
    void aRolledBackInsertLeavesTheRowNewAgain() {
        Writer w = writer("gone", true);
        try (Session s = this.db.session()) {
            s.add(w);
            assertThat(w.isPersisted()).isTrue();
            s.rollback();
        }
        assertThat(w.isPersisted()).isFalse();
        assertThat(writersInDatabase()).isEmpty();
    }

    // ---- Java serialization -------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    static <T> T roundTrip(T value) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(value);
            }
            try (ObjectInputStream in =
                    new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (T) in.readObject();
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (ClassNotFoundException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Test
    void aSerializedRowComesBackWithItsHistoryAndWritesOnlyWhatChanged() {
        Book book;
        try (Session s = this.db.session()) {
            Writer w = writer("w", false);
            s.add(w);
            book = new Book();
            book.set(Book.TITLE, "before");
            book.setRelated(Book.WRITER, w);
            s.add(book);
            s.commit();
        }
        Book loaded;
        try (Session s = this.db.session()) {
            loaded = s.select(Book.class).load(Book.WRITER).first().orElseThrow();
        }
        loaded.set(Book.TITLE, "edited in the web session");

        Book copy = roundTrip(loaded);

        assertThat(copy).isNotSameAs(loaded).isExactlyInstanceOf(Book.class);
        assertThat(copy.table()).isSameAs(loaded.table());
        assertThat(copy.isPersisted()).isTrue();
        assertThat(copy.get(Book.TITLE)).isEqualTo("edited in the web session");
        assertThat(copy.getOldValue(Book.TITLE)).isEqualTo("before");
        assertThat(copy.changedColumns()).containsExactly(Book.TITLE);
        assertThat(copy.isLoaded(Book.WRITER)).isTrue();
        assertThat(copy.related(Book.WRITER).get(Writer.NAME)).isEqualTo("w");

        this.counter.reset();
        try (Session s = this.db.session()) {
            s.add(copy);
            s.commit();
        }
        assertThat(this.counter.sql())
                .singleElement()
                .asString()
                .contains("UPDATE " + quote("cc_book") + " SET")
                .contains(quote("title"))
                .doesNotContain(quote("writer_id"));
        assertThat(
                        jdbc().queryForObject(
                                        "SELECT "
                                                + quote("title")
                                                + " FROM "
                                                + quote("cc_book")
                                                + " WHERE "
                                                + quote("id")
                                                + " = ?",
                                        String.class,
                                        copy.get(Book.ID)))
                .isEqualTo("edited in the web session");
        assertThat(copy.isChanged(Book.TITLE)).isFalse();
    }

    @Test
    void aNewRowSurvivesSerializationAsNew() {
        Writer w = writer("fresh", true);
        Writer copy = roundTrip(w);
        assertThat(copy.isPersisted()).isFalse();
        assertThat(copy.hasValue(Writer.ID)).isTrue();
        try (Session s = this.db.session()) {
            s.add(copy);
            s.commit();
        }
        assertThat(writersInDatabase()).containsExactly(Map.entry(copy.get(Writer.ID), "fresh"));
    }
}
