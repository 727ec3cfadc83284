package dev.qlio.orm.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.schema.LibrarySchema.Author;
import dev.qlio.orm.schema.LibrarySchema.Book;
import dev.qlio.orm.schema.LibrarySchema.Tag;
import dev.qlio.orm.schema.internal.LoadedList;
import dev.qlio.orm.schema.internal.Rows;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows through Java serialization (issue 13): values, history and relationships, cycles kept. */
class RowSerializationTest {

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in =
                new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    private static Book loadedBook(long id, String title) {
        Book book = new Book();
        book.storeColumnValue(Book.ID, id, false);
        book.storeColumnValue(Book.TITLE, title, false);
        Rows.access().markPersisted(book);
        return book;
    }

    @Test
    @SuppressWarnings("unchecked")
    void aGraphWithABackPointerComesBackAsOneGraph() throws Exception {
        Author author = new Author();
        author.storeColumnValue(Author.ID, 7L, false);
        author.storeColumnValue(Author.NAME, "ada", false);
        Rows.access().markPersisted(author);
        Book first = loadedBook(1, "one");
        Book second = loadedBook(2, "two");
        Rows.access().setRelationship(author, "books", new LoadedList<>(List.of(first, second)));
        Rows.access().setRelationship(first, "author", author);
        Rows.access().setRelationship(second, "author", author);
        Rows.access().setRelationship(first, "tags", new LoadedList<Tag>(List.of()));
        first.set(Book.TITLE, "one, edited");

        Author copy = roundTrip(author);

        List<Book> books = (List<Book>) copy.getRelationshipInstance("books");
        assertThat(books).hasSize(2);
        Book a = books.get(0);
        assertThat(a.related(Book.AUTHOR)).isSameAs(copy);
        assertThat(books.get(1).related(Book.AUTHOR)).isSameAs(copy);
        assertThat(a.get(Book.TITLE)).isEqualTo("one, edited");
        assertThat(a.getOldValue(Book.TITLE)).isEqualTo("one");
        assertThat(a.isChanged(Book.TITLE)).isTrue();
        assertThat(a.isPersisted()).isTrue();
        assertThat(a.relatedList(Book.TAGS)).isEmpty();
        assertThat(books.get(1).changedColumns()).isEmpty();
        assertThat(books.get(1).isLoaded(Book.TAGS)).isFalse();
    }

    @Test
    void aClearedManyToOneStaysCleared() throws Exception {
        Book book = loadedBook(1, "one");
        Rows.access().setRelationship(book, "author", null);

        Book copy = roundTrip(book);

        assertThat(copy.isLoaded(Book.AUTHOR)).isTrue();
        assertThat(copy.related(Book.AUTHOR)).isNull();
    }

    @Test
    void aLoadedCollectionKeepsWhatWasLoadedSoRemovalsAreStillSeen() throws Exception {
        Book book = loadedBook(1, "one");
        Tag kept = new Tag();
        Tag removed = new Tag();
        LoadedList<Tag> tags = new LoadedList<>(List.of(kept, removed));
        Rows.access().setRelationship(book, "tags", tags);
        book.relatedList(Book.TAGS).remove(removed);

        Book copy = roundTrip(book);

        List<Tag> list = copy.relatedList(Book.TAGS);
        assertThat(list).hasSize(1);
        assertThat(((LoadedList<Tag>) list).original()).hasSize(2).contains(list.get(0));
    }

    @Test
    void aNewRowComesBackNewWithItsUnsetColumnsUnset() throws Exception {
        Author author = new Author();
        author.set(Author.NAME, "ada");

        Author copy = roundTrip(author);

        assertThat(copy.isPersisted()).isFalse();
        assertThat(copy.hasValue(Author.ID)).isFalse();
        assertThat(copy.get(Author.NAME)).isEqualTo("ada");
        assertThat(copy.toDict()).isEqualTo(author.toDict());
    }
}
