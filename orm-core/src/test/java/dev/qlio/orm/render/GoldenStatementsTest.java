package dev.qlio.orm.render;

import static dev.qlio.orm.render.Golden.countSql;
import static dev.qlio.orm.render.Golden.each;
import static dev.qlio.orm.render.Golden.same;
import static dev.qlio.orm.render.Golden.select;
import static dev.qlio.orm.render.Golden.selectSql;
import static dev.qlio.orm.render.GoldenTables.relationship;
import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.internal.render.ColumnSet;
import dev.qlio.orm.internal.render.QueryRenderer;
import dev.qlio.orm.internal.render.RenderContext;
import dev.qlio.orm.internal.render.RenderedSql;
import dev.qlio.orm.internal.render.SelectSpec;
import dev.qlio.orm.internal.render.TableSql;
import dev.qlio.orm.internal.render.UpdateSpec;
import dev.qlio.orm.render.GoldenTables.Author;
import dev.qlio.orm.render.GoldenTables.Book;
import dev.qlio.orm.render.GoldenTables.Measure;
import dev.qlio.orm.schema.LoadStrategy;
import dev.qlio.orm.schema.TableMeta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The SQL of every other statement for every dialect, without a database: counts, relationship
 * loads, bulk updates and deletes, large {@code IN} lists and the row statements of {@link
 * TableSql}.
 */
class GoldenStatementsTest {

    private static final List<Long> LARGE = LongStream.rangeClosed(1, 1500).boxed().toList();

    @Test
    void countsWithoutAndWithPaging() {
        same(
                countSql(select(Author.class).withCondition(Author.SCORE.gt(1))),
                "SELECT COUNT(*) FROM \"g_author\" WHERE \"score\" > ?");
        same(
                countSql(
                        select(Author.class)
                                .withOrderings(List.of(Author.NAME.asc()))
                                .withPaging(10, 20)),
                "SELECT COUNT(*) FROM (SELECT 1 AS qlio_one FROM \"g_author\" ORDER BY \"name\""
                        + " LIMIT 10 OFFSET 20) qlio_page");
        same(
                countSql(select(Book.class).withCondition(Author.NAME.eq("x")).withPaging(5, 0)),
                "SELECT COUNT(*) FROM (SELECT 1 AS qlio_one FROM \"g_book\" \"g_book\" LEFT JOIN"
                        + " \"g_author\" \"g_author\" ON \"g_book\".\"author_id\" ="
                        + " \"g_author\".\"id\" WHERE (\"g_author\".\"name\" = ?) LIMIT 5)"
                        + " qlio_page");
    }

    @Test
    void loadsAOneToManyByOwnerKeys() {
        same(
                context ->
                        QueryRenderer.related(
                                        context,
                                        new SelectSpec.Load(
                                                relationship(Author.class, "books"),
                                                LoadStrategy.SELECT),
                                        List.of(1L, 2L))
                                .sql(),
                "SELECT \"g_book\".\"id\", \"g_book\".\"title\", \"g_book\".\"author_id\","
                        + " \"g_book\".\"pages\" FROM \"g_book\" \"g_book\" WHERE"
                        + " \"g_book\".\"author_id\" IN (?, ?) ORDER BY \"g_book\".\"id\"");
    }

    @Test
    void loadsAManyToOneByKeys() {
        same(
                context ->
                        QueryRenderer.related(
                                        context,
                                        new SelectSpec.Load(
                                                relationship(Book.class, "author"),
                                                LoadStrategy.SELECT),
                                        List.of(7L))
                                .sql(),
                "SELECT \"g_author\".\"id\", \"g_author\".\"name\", \"g_author\".\"email\","
                        + " \"g_author\".\"score\", \"g_author\".\"version\" FROM \"g_author\""
                        + " \"g_author\" WHERE \"g_author\".\"id\" IN (?) ORDER BY"
                        + " \"g_author\".\"id\"");
    }

    @Test
    void loadsAManyToManyThroughTheLinkTableWithTheOwnerKeyFirst() {
        same(
                context ->
                        QueryRenderer.related(
                                        context,
                                        new SelectSpec.Load(
                                                relationship(Book.class, "tags"),
                                                LoadStrategy.SELECT),
                                        List.of(1L, 2L))
                                .sql(),
                "SELECT \"g_book_tag\".\"book_id\", \"g_tag\".\"id\", \"g_tag\".\"name\" FROM"
                        + " \"g_book_tag\" \"g_book_tag\" JOIN \"g_tag\" \"g_tag\" ON"
                        + " \"g_book_tag\".\"tag_id\" = \"g_tag\".\"id\" WHERE"
                        + " \"g_book_tag\".\"book_id\" IN (?, ?) ORDER BY"
                        + " \"g_book_tag\".\"book_id\", \"g_tag\".\"id\"");
    }

    @Test
    void bulkUpdateIncrementsTheVersionColumn() {
        same(
                context ->
                        QueryRenderer.update(
                                        context,
                                        new UpdateSpec(
                                                TableMeta.of(Author.class),
                                                List.of(Author.NAME, Author.EMAIL),
                                                Arrays.asList("x", null),
                                                List.of(Author.SCORE.lt(3))))
                                .sql(),
                "UPDATE \"g_author\" SET \"name\" = ?, \"email\" = ?, \"version\" = \"version\" + 1"
                        + " WHERE \"score\" < ?");
        same(
                context ->
                        QueryRenderer.update(
                                        context,
                                        new UpdateSpec(
                                                TableMeta.of(Book.class),
                                                List.of(Book.PAGES),
                                                List.of(3),
                                                List.of()))
                                .sql(),
                "UPDATE \"g_book\" SET \"pages\" = ?");
    }

    @Test
    void bulkDeleteWithAndWithoutConditions() {
        same(
                context ->
                        QueryRenderer.delete(
                                        context,
                                        TableMeta.of(Book.class),
                                        List.of(Book.PAGES.gt(1), Book.TITLE.isNull()))
                                .sql(),
                "DELETE FROM \"g_book\" WHERE (\"pages\" > ? AND \"title\" IS NULL)");
        same(
                context -> QueryRenderer.delete(context, TableMeta.of(Book.class), List.of()).sql(),
                "DELETE FROM \"g_book\"");
    }

    @Test
    void bindsALargeInListAsOneListParameterPerDialect() {
        String books = "SELECT \"id\", \"title\", \"author_id\", \"pages\" FROM \"g_book\"";
        // MariaDB plans one long list of ordinary parameters best, up to its inline limit
        String mariaDbList = "(?" + ", ?".repeat(LARGE.size() - 1) + ")";
        Function<RenderContext, String> in =
                selectSql(select(Book.class).withCondition(Book.ID.in(LARGE)));
        each(
                in,
                // H2: a top-level list on an indexed column joined, probing the index per value
                books
                        + " JOIN (SELECT qlio_v FROM TABLE(qlio_v BIGINT = ?)) qlio_in1"
                        + " ON \"id\" = qlio_in1.qlio_v",
                books + " WHERE (\"id\" = ANY(?))",
                books.replace('"', '`') + " WHERE `id` IN " + mariaDbList,
                books + " WHERE \"id\" IN (SELECT value FROM json_each(?))");
        each(
                selectSql(select(Book.class).withCondition(Book.ID.notIn(LARGE))),
                books + " WHERE NOT (\"id\" = ANY(?))",
                books + " WHERE NOT (\"id\" = ANY(?))",
                books.replace('"', '`') + " WHERE `id` NOT IN " + mariaDbList,
                books + " WHERE \"id\" NOT IN (SELECT value FROM json_each(?))");
        for (Dialect d : List.of(Dialect.H2, Dialect.POSTGRESQL, Dialect.SQLITE)) {
            assertThat(
                            QueryRenderer.select(
                                            new RenderContext(d),
                                            select(Book.class).withCondition(Book.ID.in(LARGE)))
                                    .params()
                                    .size())
                    .as(d.name())
                    .isEqualTo(1);
        }
        assertThat(
                        QueryRenderer.select(
                                        new RenderContext(Dialect.MARIADB),
                                        select(Book.class).withCondition(Book.ID.in(LARGE)))
                                .params()
                                .size())
                .isEqualTo(LARGE.size());
    }

    @Test
    void bindsAListLongerThanMariaDbsInlineLimitAsOneJsonParameter() {
        List<Long> huge = LongStream.rangeClosed(1, 50_001).boxed().toList();
        RenderedSql rendered =
                QueryRenderer.select(
                        new RenderContext(Dialect.MARIADB),
                        select(Book.class).withCondition(Book.ID.notIn(huge)));
        assertThat(rendered.sql())
                .isEqualTo(
                        "SELECT `id`, `title`, `author_id`, `pages` FROM `g_book` WHERE `id` NOT"
                                + " IN (SELECT qlio_v FROM JSON_TABLE(?, '$[*]' COLUMNS (qlio_v"
                                + " BIGINT PATH '$')) AS qlio_in)");
        assertThat(rendered.params().size()).isEqualTo(1);
    }

    @Test
    void joinsAListLongerThanMariaDbsInlineLimitOnAnIndexedColumn() {
        List<Long> huge = LongStream.rangeClosed(1, 50_001).boxed().toList();
        RenderedSql rendered =
                QueryRenderer.select(
                        new RenderContext(Dialect.MARIADB),
                        select(Book.class).withCondition(Book.ID.in(huge)));
        assertThat(rendered.sql())
                .isEqualTo(
                        "SELECT `id`, `title`, `author_id`, `pages` FROM `g_book` JOIN"
                                + " JSON_TABLE(?, '$[*]' COLUMNS (qlio_v BIGINT PATH '$')) AS"
                                + " qlio_in1 ON `id` = qlio_in1.qlio_v");
        assertThat(rendered.params().size()).isEqualTo(1);
    }

    @Test
    void typesMariaDbsUnpackedTextWideEnoughForTheLongestValue() {
        List<String> shortNames = new ArrayList<>();
        for (int i = 0; i < 50_001; i++) {
            shortNames.add("n" + i);
        }
        List<String> withLong = new ArrayList<>(shortNames);
        withLong.add("L".repeat(513));
        RenderContext context = new RenderContext(Dialect.MARIADB);
        String shortSql =
                QueryRenderer.select(
                                context,
                                select(Book.class).withCondition(Book.TITLE.in(shortNames)))
                        .sql();
        String longSql =
                QueryRenderer.select(
                                context, select(Book.class).withCondition(Book.TITLE.in(withLong)))
                        .sql();
        assertThat(shortSql).contains("(qlio_v VARCHAR(512) CHARACTER SET utf8mb4");
        // nothing truncated: a long value never matches a row holding its prefix
        assertThat(longSql).contains("(qlio_v LONGTEXT CHARACTER SET utf8mb4");
        // the same shape renders the same text again from the cache
        assertThat(
                        QueryRenderer.select(
                                        context,
                                        select(Book.class).withCondition(Book.TITLE.in(shortNames)))
                                .sql())
                .isSameAs(shortSql);
    }

    @Test
    void splitsAListLongerThanTheDialectsListLength() {
        List<Long> huge = LongStream.rangeClosed(1, 70_000).boxed().toList();
        RenderContext h2 = new RenderContext(Dialect.H2);
        assertThat(
                        QueryRenderer.select(h2, select(Book.class).withCondition(Book.ID.in(huge)))
                                .sql())
                .isEqualTo(
                        "SELECT \"id\", \"title\", \"author_id\", \"pages\" FROM \"g_book\" JOIN"
                                + " (SELECT qlio_v FROM TABLE(qlio_v BIGINT = ?) UNION ALL SELECT qlio_v"
                                + " FROM TABLE(qlio_v BIGINT = ?)) qlio_in1 ON \"id\" ="
                                + " qlio_in1.qlio_v");
        assertThat(
                        QueryRenderer.select(
                                        h2, select(Book.class).withCondition(Book.ID.notIn(huge)))
                                .sql())
                .isEqualTo(
                        "SELECT \"id\", \"title\", \"author_id\", \"pages\" FROM \"g_book\" WHERE"
                                + " (NOT (\"id\" = ANY(?)) AND NOT (\"id\" = ANY(?)))");
    }

    @Test
    void bindsALargeListOfDoublesAsOneParameterButOnMariaDb() {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            values.add(i + 0.5);
        }
        String measures = "SELECT \"id\", \"amount\" FROM \"g_measure\" WHERE ";
        each(
                selectSql(select(Measure.class).withCondition(Measure.AMOUNT.in(values))),
                measures + "(\"amount\" = ANY(?))",
                measures + "(\"amount\" = ANY(?))",
                // one list on MariaDB, which turns a long IN list into a join but not several
                measures.replace('"', '`') + "`amount` IN (?" + ", ?".repeat(1499) + ")",
                measures + "\"amount\" IN (SELECT value FROM json_each(?))");
    }

    @Test
    void rendersTheRowStatementsOfATableWithAVersionColumn() {
        TableSql h2 = new RenderContext(Dialect.H2).tableSql(TableMeta.of(Author.class));
        ColumnSet nameAndEmail = ColumnSet.builder(5).add(1).add(2).build();
        assertThat(h2.insert(nameAndEmail))
                .isEqualTo("INSERT INTO \"g_author\" (\"name\", \"email\") VALUES (?, ?)");
        assertThat(h2.insert(ColumnSet.builder(5).build()))
                .isEqualTo("INSERT INTO \"g_author\" DEFAULT VALUES");
        assertThat(h2.updateByKey(nameAndEmail))
                .isEqualTo(
                        "UPDATE \"g_author\" SET \"name\" = ?, \"email\" = ?, \"version\" ="
                                + " \"version\" + 1 WHERE \"id\" = ? AND \"version\" = ?");
        assertThat(h2.deleteByKey())
                .isEqualTo("DELETE FROM \"g_author\" WHERE \"id\" = ? AND \"version\" = ?");
        assertThat(h2.updateByKey(nameAndEmail)).isSameAs(h2.updateByKey(nameAndEmail));
    }

    @Test
    void rendersTheRowStatementsOfATableWithoutAVersionColumn() {
        TableSql maria = new RenderContext(Dialect.MARIADB).tableSql(TableMeta.of(Book.class));
        ColumnSet title = ColumnSet.builder(4).add(1).build();
        assertThat(maria.insert(title)).isEqualTo("INSERT INTO `g_book` (`title`) VALUES (?)");
        assertThat(maria.updateByKey(title))
                .isEqualTo("UPDATE `g_book` SET `title` = ? WHERE `id` = ?");
        assertThat(maria.deleteByKey()).isEqualTo("DELETE FROM `g_book` WHERE `id` = ?");
    }

    @Test
    void rendersEachDialectsUpsertByKey() {
        ColumnSet all = ColumnSet.builder(4).add(0).add(1).add(2).add(3).build();
        String onConflict =
                "INSERT INTO \"g_book\" (\"id\", \"title\", \"author_id\", \"pages\") VALUES"
                        + " (?, ?, ?, ?) ON CONFLICT (\"id\") DO UPDATE SET \"title\" ="
                        + " EXCLUDED.\"title\", \"author_id\" = EXCLUDED.\"author_id\", \"pages\" ="
                        + " EXCLUDED.\"pages\"";
        each(
                context -> String.valueOf(context.tableSql(TableMeta.of(Book.class)).upsert(all)),
                "MERGE INTO \"g_book\" (\"id\", \"title\", \"author_id\", \"pages\") KEY"
                        + " (\"id\") VALUES (?, ?, ?, ?)",
                onConflict,
                // ON DUPLICATE KEY UPDATE fires on any unique key (issue 23): update, then insert
                "null",
                onConflict);
    }
}
