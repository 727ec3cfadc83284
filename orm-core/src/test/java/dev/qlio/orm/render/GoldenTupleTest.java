package dev.qlio.orm.render;

import static dev.qlio.orm.expression.Sql.avg;
import static dev.qlio.orm.expression.Sql.coalesce;
import static dev.qlio.orm.expression.Sql.concat;
import static dev.qlio.orm.expression.Sql.count;
import static dev.qlio.orm.expression.Sql.countDistinct;
import static dev.qlio.orm.expression.Sql.currentTimestamp;
import static dev.qlio.orm.expression.Sql.length;
import static dev.qlio.orm.expression.Sql.lower;
import static dev.qlio.orm.expression.Sql.max;
import static dev.qlio.orm.expression.Sql.min;
import static dev.qlio.orm.expression.Sql.sum;
import static dev.qlio.orm.expression.Sql.upper;
import static dev.qlio.orm.expression.Sql.value;
import static dev.qlio.orm.expression.Sql.when;
import static dev.qlio.orm.render.Golden.each;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.internal.render.RenderContext;
import dev.qlio.orm.render.GoldenTables.Author;
import dev.qlio.orm.render.GoldenTables.Book;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The SQL of selects of expressions for every dialect: aggregates with one Java type everywhere,
 * portable functions, null ordering, subqueries and row locks.
 */
class GoldenTupleTest {

    @Test
    void rendersAggregatesGroupingAndOrderingByAliasWithExplicitNulls() {
        each(
                TupleSpecs.select(
                                Author.class,
                                Author.NAME,
                                count().as("books"),
                                avg(Book.PAGES).as("avg_pages"),
                                sum(Book.PAGES),
                                countDistinct(Book.TITLE),
                                min(Book.PAGES),
                                max(Book.TITLE))
                        .join(false, Book.class, null, Book.AUTHOR_ID.equalTo(Author.ID))
                        .groupBy(Author.NAME)
                        .having(count().ge(2L))
                        .orderBy(count().as("books").desc(), Author.NAME.asc().nullsLast())
                        .limit(10)
                        .sql(),
                "SELECT \"g_author\".\"name\", COUNT(*) AS \"books\", AVG(CAST(\"g_book\".\"pages\" AS DOUBLE PRECISION)) AS \"avg_pages\", SUM(\"g_book\".\"pages\"), COUNT(DISTINCT \"g_book\".\"title\"), MIN(\"g_book\".\"pages\"), MAX(\"g_book\".\"title\") FROM \"g_author\" JOIN \"g_book\" ON \"g_book\".\"author_id\" = \"g_author\".\"id\" GROUP BY \"g_author\".\"name\" HAVING COUNT(*) >= ? ORDER BY \"books\" DESC, \"g_author\".\"name\" NULLS LAST LIMIT 10",
                "SELECT \"g_author\".\"name\", COUNT(*) AS \"books\", AVG(CAST(\"g_book\".\"pages\" AS DOUBLE PRECISION)) AS \"avg_pages\", SUM(\"g_book\".\"pages\"), COUNT(DISTINCT \"g_book\".\"title\"), MIN(\"g_book\".\"pages\"), MAX(\"g_book\".\"title\") FROM \"g_author\" JOIN \"g_book\" ON \"g_book\".\"author_id\" = \"g_author\".\"id\" GROUP BY \"g_author\".\"name\" HAVING COUNT(*) >= ? ORDER BY \"books\" DESC, \"g_author\".\"name\" NULLS LAST LIMIT 10",
                "SELECT `g_author`.`name`, COUNT(*) AS `books`, AVG(CAST(`g_book`.`pages` AS DOUBLE)) AS `avg_pages`, SUM(`g_book`.`pages`), COUNT(DISTINCT `g_book`.`title`), MIN(`g_book`.`pages`), MAX(`g_book`.`title`) FROM `g_author` JOIN `g_book` ON `g_book`.`author_id` = `g_author`.`id` GROUP BY `g_author`.`name` HAVING COUNT(*) >= ? ORDER BY `books` DESC, `g_author`.`name` IS NULL, `g_author`.`name` LIMIT 10",
                "SELECT \"g_author\".\"name\", COUNT(*) AS \"books\", AVG(CAST(\"g_book\".\"pages\" AS REAL)) AS \"avg_pages\", SUM(\"g_book\".\"pages\"), COUNT(DISTINCT \"g_book\".\"title\"), MIN(\"g_book\".\"pages\"), MAX(\"g_book\".\"title\") FROM \"g_author\" JOIN \"g_book\" ON \"g_book\".\"author_id\" = \"g_author\".\"id\" GROUP BY \"g_author\".\"name\" HAVING COUNT(*) >= ? ORDER BY \"books\" DESC, \"g_author\".\"name\" NULLS LAST LIMIT 10");
    }

    @Test
    void rendersPortableFunctionsArithmeticAndCase() {
        each(
                TupleSpecs.select(
                                Author.class,
                                lower(Author.NAME),
                                upper(Author.NAME),
                                concat(Author.NAME, value(" #"), Author.SCORE),
                                length(Author.NAME),
                                coalesce(Author.EMAIL, "none"),
                                Author.SCORE.plus(1).times(2).dividedBy(3),
                                currentTimestamp(),
                                when(Author.SCORE.gt(10), "high")
                                        .when(Author.SCORE.gt(5), "mid")
                                        .otherwise("low"))
                        .where(lower(Author.NAME).like("a%"))
                        .sql(),
                "SELECT LOWER(\"g_author\".\"name\"), UPPER(\"g_author\".\"name\"), (\"g_author\".\"name\" || ? || \"g_author\".\"score\"), CHAR_LENGTH(\"g_author\".\"name\"), COALESCE(\"g_author\".\"email\", ?), (((\"g_author\".\"score\" + ?) * ?) / ?), CURRENT_TIMESTAMP, CASE WHEN \"g_author\".\"score\" > ? THEN ? WHEN \"g_author\".\"score\" > ? THEN ? ELSE ? END FROM \"g_author\" WHERE LOWER(\"g_author\".\"name\") LIKE ? ESCAPE '\\'",
                "SELECT LOWER(\"g_author\".\"name\"), UPPER(\"g_author\".\"name\"), (\"g_author\".\"name\" || ? || CAST(\"g_author\".\"score\" AS TEXT)), CHAR_LENGTH(\"g_author\".\"name\"), COALESCE(\"g_author\".\"email\", ?), (((\"g_author\".\"score\" + ?) * ?) / ?), CURRENT_TIMESTAMP, CASE WHEN \"g_author\".\"score\" > ? THEN ? WHEN \"g_author\".\"score\" > ? THEN ? ELSE ? END FROM \"g_author\" WHERE LOWER(\"g_author\".\"name\") LIKE ? ESCAPE '\\'",
                "SELECT LOWER(`g_author`.`name`), UPPER(`g_author`.`name`), CONCAT(`g_author`.`name`, ?, `g_author`.`score`), CHAR_LENGTH(`g_author`.`name`), COALESCE(`g_author`.`email`, ?), (((`g_author`.`score` + ?) * ?) DIV ?), UTC_TIMESTAMP(6), CASE WHEN `g_author`.`score` > ? THEN ? WHEN `g_author`.`score` > ? THEN ? ELSE ? END FROM `g_author` WHERE LOWER(`g_author`.`name`) LIKE ? ESCAPE '\\\\'",
                "SELECT LOWER(\"g_author\".\"name\"), UPPER(\"g_author\".\"name\"), (\"g_author\".\"name\" || ? || \"g_author\".\"score\"), LENGTH(\"g_author\".\"name\"), COALESCE(\"g_author\".\"email\", ?), (((\"g_author\".\"score\" + ?) * ?) / ?), (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000000Z'), CASE WHEN \"g_author\".\"score\" > ? THEN ? WHEN \"g_author\".\"score\" > ? THEN ? ELSE ? END FROM \"g_author\" WHERE LOWER(\"g_author\".\"name\") GLOB ?");
    }

    @Test
    void rendersRowLocksWhereTheDatabaseHasThem() {
        Function<RenderContext, String> skipLocked =
                TupleSpecs.select(Author.class, Author.ID)
                        .where(Author.ID.eq(1L))
                        .lock(false, "SKIP LOCKED")
                        .sql();
        Function<RenderContext, String> share =
                TupleSpecs.select(Author.class, Author.ID).lock(true, "NOWAIT").sql();
        Function<RenderContext, String> joined =
                TupleSpecs.select(Author.class, Author.ID)
                        .join(true, Book.class, null, Book.AUTHOR_ID.equalTo(Author.ID))
                        .lock(false, null)
                        .sql();
        String[] lock = {
            "SELECT \"g_author\".\"id\" FROM \"g_author\" WHERE \"g_author\".\"id\" = ? FOR UPDATE SKIP LOCKED",
            "SELECT \"g_author\".\"id\" FROM \"g_author\" WHERE \"g_author\".\"id\" = ? FOR UPDATE SKIP LOCKED",
            "SELECT `g_author`.`id` FROM `g_author` WHERE `g_author`.`id` = ? FOR UPDATE SKIP LOCKED"
        };
        String[] shared = {
            null,
            "SELECT \"g_author\".\"id\" FROM \"g_author\" FOR SHARE NOWAIT",
            "SELECT `g_author`.`id` FROM `g_author` LOCK IN SHARE MODE NOWAIT"
        };
        String[] join = {
            "SELECT \"g_author\".\"id\" FROM \"g_author\" LEFT JOIN \"g_book\" ON \"g_book\".\"author_id\" = \"g_author\".\"id\" FOR UPDATE",
            "SELECT \"g_author\".\"id\" FROM \"g_author\" LEFT JOIN \"g_book\" ON \"g_book\".\"author_id\" = \"g_author\".\"id\" FOR UPDATE OF \"g_author\"",
            "SELECT `g_author`.`id` FROM `g_author` LEFT JOIN `g_book` ON `g_book`.`author_id` = `g_author`.`id` FOR UPDATE"
        };
        Dialect[] dialects = {Dialect.H2, Dialect.POSTGRESQL, Dialect.MARIADB};
        for (int i = 0; i < dialects.length; i++) {
            RenderContext context = new RenderContext(dialects[i]);
            org.assertj.core.api.Assertions.assertThat(skipLocked.apply(context))
                    .isEqualTo(lock[i]);
            org.assertj.core.api.Assertions.assertThat(joined.apply(context)).isEqualTo(join[i]);
            if (dialects[i] != Dialect.H2) {
                org.assertj.core.api.Assertions.assertThat(share.apply(context))
                        .isEqualTo(shared[i]);
            }
        }
        assertThatThrownBy(() -> share.apply(new RenderContext(Dialect.H2)))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("H2 has no shared row locks");
        assertThatThrownBy(() -> skipLocked.apply(new RenderContext(Dialect.SQLITE)))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("SQLite has no row locks");
    }
}
