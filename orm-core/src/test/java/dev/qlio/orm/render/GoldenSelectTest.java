package dev.qlio.orm.render;

import static dev.qlio.orm.render.Golden.each;
import static dev.qlio.orm.render.Golden.same;
import static dev.qlio.orm.render.Golden.select;
import static dev.qlio.orm.render.Golden.selectSql;
import static dev.qlio.orm.render.GoldenTables.relationship;

import dev.qlio.orm.internal.render.SelectSpec;
import dev.qlio.orm.render.GoldenTables.Author;
import dev.qlio.orm.render.GoldenTables.Book;
import dev.qlio.orm.render.GoldenTables.Person;
import dev.qlio.orm.render.GoldenTables.Tag;
import dev.qlio.orm.schema.AliasedTable;
import dev.qlio.orm.schema.LoadStrategy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SQL of selects for every dialect, rendered without a database: conditions, paging, joins. */
class GoldenSelectTest {

    private static final String AUTHORS =
            "SELECT \"id\", \"name\", \"email\", \"score\", \"version\" FROM \"g_author\"";

    private static final String QUALIFIED_AUTHORS =
            "SELECT \"g_author\".\"id\", \"g_author\".\"name\", \"g_author\".\"email\","
                    + " \"g_author\".\"score\", \"g_author\".\"version\"";

    private static final String QUALIFIED_BOOKS =
            "SELECT \"g_book\".\"id\", \"g_book\".\"title\", \"g_book\".\"author_id\","
                    + " \"g_book\".\"pages\"";

    @Test
    void selectsEveryRowWithUnqualifiedColumns() {
        same(selectSql(select(Author.class)), AUTHORS);
    }

    @Test
    void rendersEveryComparisonAsAParameter() {
        same(
                selectSql(
                        select(Author.class)
                                .withCondition(
                                        Author.ID
                                                .eq(1L)
                                                .and(Author.ID.ne(2L))
                                                .and(Author.SCORE.lt(3))
                                                .and(Author.SCORE.le(4))
                                                .and(Author.SCORE.gt(5))
                                                .and(Author.SCORE.ge(6)))),
                AUTHORS
                        + " WHERE (\"id\" = ? AND \"id\" <> ? AND \"score\" < ? AND \"score\" <= ?"
                        + " AND \"score\" > ? AND \"score\" >= ?)");
    }

    @Test
    void rendersInAndNotInListsAndEmptyListsAsConstants() {
        same(
                selectSql(
                        select(Author.class)
                                .withCondition(Author.ID.in(List.of(1L, 2L, 3L)))
                                .withCondition(Author.ID.notIn(List.of(4L)))),
                AUTHORS + " WHERE (\"id\" IN (?, ?, ?) AND \"id\" NOT IN (?))");
        same(
                selectSql(
                        select(Author.class)
                                .withCondition(Author.ID.in(List.of()))
                                .withCondition(Author.ID.notIn(List.of()))),
                AUTHORS + " WHERE (1 = 0 AND 1 = 1)");
    }

    @Test
    void rendersLikeAsEachDialectMatchesPatterns() {
        each(
                selectSql(select(Author.class).withCondition(Author.NAME.like("a%"))),
                AUTHORS + " WHERE \"name\" LIKE ? ESCAPE '\\'",
                AUTHORS + " WHERE \"name\" LIKE ? ESCAPE '\\'",
                AUTHORS.replace('"', '`') + " WHERE `name` LIKE ? ESCAPE '\\\\'",
                AUTHORS + " WHERE \"name\" GLOB ?");
    }

    @Test
    void rendersIlikeWhereTheDialectHasItAndLowerCaseElsewhere() {
        each(
                selectSql(select(Author.class).withCondition(Author.NAME.ilike("a%"))),
                AUTHORS + " WHERE \"name\" ILIKE ? ESCAPE '\\'",
                AUTHORS + " WHERE \"name\" ILIKE ? ESCAPE '\\'",
                AUTHORS.replace('"', '`') + " WHERE LOWER(`name`) LIKE LOWER(?) ESCAPE '\\\\'",
                AUTHORS + " WHERE \"name\" LIKE ? ESCAPE '\\'");
    }

    @Test
    void rendersNullChecksAndBooleanCombinations() {
        same(
                selectSql(
                        select(Author.class)
                                .withCondition(Author.EMAIL.isNull())
                                .withCondition(Author.EMAIL.isNotNull())),
                AUTHORS + " WHERE (\"email\" IS NULL AND \"email\" IS NOT NULL)");
        same(
                selectSql(
                        select(Author.class)
                                .withCondition(Author.NAME.eq("a").or(Author.NAME.eq("b")).not())),
                AUTHORS + " WHERE NOT ((\"name\" = ? OR \"name\" = ?))");
    }

    @Test
    void pagesWithEachDialectsLimitAndOffset() {
        SelectSpec ordered =
                select(Author.class).withOrderings(List.of(Author.NAME.desc(), Author.ID.asc()));
        String order = AUTHORS + " ORDER BY \"name\" DESC, \"id\"";
        same(selectSql(ordered.withPaging(10, 0)), order + " LIMIT 10");
        same(selectSql(ordered.withPaging(10, 20)), order + " LIMIT 10 OFFSET 20");
        each(
                selectSql(ordered.withPaging(-1, 5)),
                order + " OFFSET 5",
                order + " OFFSET 5",
                order.replace('"', '`') + " LIMIT 18446744073709551615 OFFSET 5",
                order + " LIMIT -1 OFFSET 5");
        same(selectSql(ordered.withPaging(0, 0)), order + " LIMIT 0");
    }

    @Test
    void selectsAnAliasedTableWithItsOwnColumnsUnqualified() {
        AliasedTable<Author> a = new AliasedTable<>("a", Author.class);
        same(
                selectSql(select(a).withCondition(a.column(Author.NAME).eq("x"))),
                AUTHORS + " \"a\" WHERE \"name\" = ?");
    }

    @Test
    void joinsTheTableOfAManyToOneCondition() {
        same(
                selectSql(select(Book.class).withCondition(Author.NAME.eq("x"))),
                QUALIFIED_BOOKS
                        + " FROM \"g_book\" \"g_book\" LEFT JOIN \"g_author\" \"g_author\" ON"
                        + " \"g_book\".\"author_id\" = \"g_author\".\"id\" WHERE"
                        + " (\"g_author\".\"name\" = ?)");
    }

    @Test
    void joinsAnAliasedSelfReferenceAndComparesColumns() {
        AliasedTable<Person> e = new AliasedTable<>("e", Person.class);
        AliasedTable<Person> m = new AliasedTable<>("m", Person.class);
        same(
                selectSql(
                        select(e)
                                .withJoin(
                                        new SelectSpec.Join(
                                                "m", relationship(Person.class, "manager")))
                                .withCondition(
                                        m.column(Person.NAME).eqColumn(e.column(Person.NAME)))),
                "SELECT \"e\".\"id\", \"e\".\"name\", \"e\".\"manager_id\" FROM \"g_person\" \"e\""
                        + " LEFT JOIN \"g_person\" \"m\" ON \"e\".\"manager_id\" = \"m\".\"id\""
                        + " WHERE (\"m\".\"name\" = \"e\".\"name\")");
    }

    @Test
    void testsACollectionsTableWithExists() {
        same(
                selectSql(select(Author.class).withCondition(Book.TITLE.eq("x"))),
                QUALIFIED_AUTHORS
                        + " FROM \"g_author\" \"g_author\" WHERE EXISTS (SELECT 1 FROM \"g_book\""
                        + " \"g_book\" WHERE \"g_book\".\"author_id\" = \"g_author\".\"id\" AND"
                        + " (\"g_book\".\"title\" = ?))");
    }

    @Test
    void testsAManyToManyTableWithExistsThroughTheLinkTable() {
        same(
                selectSql(select(Book.class).withCondition(Tag.NAME.eq("x"))),
                QUALIFIED_BOOKS
                        + " FROM \"g_book\" \"g_book\" WHERE EXISTS (SELECT 1 FROM \"g_book_tag\""
                        + " \"g_tag_link\" JOIN \"g_tag\" \"g_tag\" ON \"g_tag_link\".\"tag_id\" ="
                        + " \"g_tag\".\"id\" WHERE \"g_tag_link\".\"book_id\" = \"g_book\".\"id\""
                        + " AND (\"g_tag\".\"name\" = ?))");
    }

    @Test
    void loadsAManyToOneWithALeftJoinOrderedByKeys() {
        same(
                selectSql(
                        select(Book.class)
                                .withLoad(
                                        new SelectSpec.Load(
                                                relationship(Book.class, "author"),
                                                LoadStrategy.JOINED))
                                .withPaging(5, 0)),
                "SELECT \"g_book\".\"id\", \"g_book\".\"title\", \"g_book\".\"author_id\", "
                        + "\"g_book\".\"pages\", \"r_g_book_author\".\"id\", "
                        + "\"r_g_book_author\".\"name\", \"r_g_book_author\".\"email\", "
                        + "\"r_g_book_author\".\"score\", \"r_g_book_author\".\"version\" FROM "
                        + "\"g_book\" \"g_book\" LEFT JOIN \"g_author\" \"r_g_book_author\" ON "
                        + "\"g_book\".\"author_id\" = \"r_g_book_author\".\"id\" ORDER BY "
                        + "\"g_book\".\"id\", \"r_g_book_author\".\"id\" LIMIT 5");
    }

    @Test
    void pagesTheParentsInADerivedTableWhenAJoinedCollectionIsLoaded() {
        same(
                selectSql(
                        select(Author.class)
                                .withCondition(Author.SCORE.gt(1))
                                .withOrderings(List.of(Author.NAME.asc()))
                                .withLoad(
                                        new SelectSpec.Load(
                                                relationship(Author.class, "books"),
                                                LoadStrategy.JOINED))
                                .withPaging(10, 20)),
                "SELECT \"g_author\".\"id\", \"g_author\".\"name\", \"g_author\".\"email\", "
                        + "\"g_author\".\"score\", \"g_author\".\"version\", "
                        + "\"r_g_author_books\".\"id\", \"r_g_author_books\".\"title\", "
                        + "\"r_g_author_books\".\"author_id\", \"r_g_author_books\".\"pages\" FROM "
                        + "(SELECT \"g_author\".\"id\", \"g_author\".\"name\", \"g_author\".\"email\", "
                        + "\"g_author\".\"score\", \"g_author\".\"version\" FROM \"g_author\" "
                        + "\"g_author\" WHERE (\"g_author\".\"score\" > ?) ORDER BY "
                        + "\"g_author\".\"name\" LIMIT 10 OFFSET 20) \"g_author\" LEFT JOIN \"g_book\" "
                        + "\"r_g_author_books\" ON \"g_author\".\"id\" = "
                        + "\"r_g_author_books\".\"author_id\" ORDER BY \"g_author\".\"name\", "
                        + "\"g_author\".\"id\", \"r_g_author_books\".\"id\"");
    }

    @Test
    void loadsAManyToManyWithJoinsThroughTheLinkTable() {
        same(
                selectSql(
                        select(Book.class)
                                .withLoad(
                                        new SelectSpec.Load(
                                                relationship(Book.class, "tags"),
                                                LoadStrategy.JOINED))),
                "SELECT \"g_book\".\"id\", \"g_book\".\"title\", \"g_book\".\"author_id\", "
                        + "\"g_book\".\"pages\", \"r_g_book_tags\".\"id\", \"r_g_book_tags\".\"name\" "
                        + "FROM \"g_book\" \"g_book\" LEFT JOIN \"g_book_tag\" \"r_g_book_tags_link\" ON "
                        + "\"g_book\".\"id\" = \"r_g_book_tags_link\".\"book_id\" LEFT JOIN \"g_tag\" "
                        + "\"r_g_book_tags\" ON \"r_g_book_tags_link\".\"tag_id\" = "
                        + "\"r_g_book_tags\".\"id\" ORDER BY \"g_book\".\"id\", \"r_g_book_tags\".\"id\"");
    }

    @Test
    void selectLoadsAddNothingToTheMainStatement() {
        same(
                selectSql(
                        select(Author.class)
                                .withLoad(
                                        new SelectSpec.Load(
                                                relationship(Author.class, "books"),
                                                LoadStrategy.SELECT))),
                "SELECT \"id\", \"name\", \"email\", \"score\", \"version\" FROM \"g_author\"");
    }
}
