package dev.qlio.orm.render;

import static dev.qlio.orm.render.Golden.same;
import static dev.qlio.orm.render.Golden.select;
import static dev.qlio.orm.render.Golden.selectSql;
import static dev.qlio.orm.render.GoldenTables.relationship;

import dev.qlio.orm.internal.render.QueryRenderer;
import dev.qlio.orm.internal.render.SelectSpec;
import dev.qlio.orm.render.GoldenTables.Author;
import dev.qlio.orm.render.GoldenTables.Book;
import dev.qlio.orm.schema.LoadStrategy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The SQL of load trees for every dialect: nested {@code JOINED} levels joined into one statement,
 * a collection's order in the {@code ORDER BY}, a {@code SELECT} level with the joined level below
 * it, and the {@code DELETE} of a removal cascade.
 */
class GoldenLoadTreeTest {

    /** Author's books, by title descending, each book with its author joined. */
    private static SelectSpec.Load booksWithTheirAuthor(LoadStrategy books) {
        return new SelectSpec.Load(
                relationship(Author.class, "books"),
                books,
                List.of(Book.TITLE.desc()),
                List.of(
                        new SelectSpec.Load(
                                relationship(Book.class, "author"), LoadStrategy.JOINED)));
    }

    @Test
    void nestedJoinedLevelsJoinFromTheirParentAndOrderEachCollection() {
        same(
                selectSql(select(Author.class).withLoad(booksWithTheirAuthor(LoadStrategy.JOINED))),
                "SELECT \"g_author\".\"id\", \"g_author\".\"name\", \"g_author\".\"email\","
                        + " \"g_author\".\"score\", \"g_author\".\"version\","
                        + " \"r_g_author_books\".\"id\", \"r_g_author_books\".\"title\","
                        + " \"r_g_author_books\".\"author_id\", \"r_g_author_books\".\"pages\","
                        + " \"r_g_book_author\".\"id\", \"r_g_book_author\".\"name\","
                        + " \"r_g_book_author\".\"email\", \"r_g_book_author\".\"score\","
                        + " \"r_g_book_author\".\"version\" FROM \"g_author\" \"g_author\" LEFT"
                        + " JOIN \"g_book\" \"r_g_author_books\" ON \"g_author\".\"id\" ="
                        + " \"r_g_author_books\".\"author_id\" LEFT JOIN \"g_author\""
                        + " \"r_g_book_author\" ON \"r_g_author_books\".\"author_id\" ="
                        + " \"r_g_book_author\".\"id\" ORDER BY \"g_author\".\"id\","
                        + " \"r_g_author_books\".\"title\" DESC, \"r_g_author_books\".\"id\","
                        + " \"r_g_book_author\".\"id\"");
    }

    @Test
    void aSelectedLevelIsOrderedInSqlAndJoinsTheLevelBelowIt() {
        same(
                context ->
                        QueryRenderer.related(
                                        context,
                                        booksWithTheirAuthor(LoadStrategy.SELECT),
                                        List.of(1L, 2L))
                                .sql(),
                "SELECT \"g_book\".\"id\", \"g_book\".\"title\", \"g_book\".\"author_id\","
                        + " \"g_book\".\"pages\", \"r_g_book_author\".\"id\","
                        + " \"r_g_book_author\".\"name\", \"r_g_book_author\".\"email\","
                        + " \"r_g_book_author\".\"score\", \"r_g_book_author\".\"version\" FROM"
                        + " \"g_book\" \"g_book\" LEFT JOIN \"g_author\" \"r_g_book_author\" ON"
                        + " \"g_book\".\"author_id\" = \"r_g_book_author\".\"id\" WHERE"
                        + " \"g_book\".\"author_id\" IN (?, ?) ORDER BY \"g_book\".\"title\" DESC,"
                        + " \"g_book\".\"id\", \"r_g_book_author\".\"id\"");
    }

    @Test
    void aRemovalCascadeDeletesTheRowsAtTheEndOfAChainInOneStatement() {
        same(
                context ->
                        QueryRenderer.cascadeDelete(
                                        context,
                                        List.of(
                                                relationship(Author.class, "books"),
                                                relationship(Book.class, "tags")),
                                        7L)
                                .sql(),
                "DELETE FROM \"g_book_tag\" WHERE \"book_id\" IN (SELECT \"id\" FROM \"g_book\""
                        + " WHERE \"author_id\" = ?)");
        same(
                context ->
                        QueryRenderer.cascadeDelete(
                                        context, List.of(relationship(Author.class, "books")), 7L)
                                .sql(),
                "DELETE FROM \"g_book\" WHERE \"author_id\" = ?");
    }
}
