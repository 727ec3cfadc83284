package dev.qlio.orm.render;

import static dev.qlio.orm.expression.Aggregate.avg;
import static dev.qlio.orm.expression.Aggregate.count;
import static dev.qlio.orm.expression.Aggregate.countDistinct;
import static dev.qlio.orm.render.Golden.same;
import static dev.qlio.orm.render.Golden.select;

import dev.qlio.orm.internal.render.ProjectionSpec;
import dev.qlio.orm.internal.render.QueryRenderer;
import dev.qlio.orm.render.GoldenTables.Author;
import dev.qlio.orm.render.GoldenTables.Book;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SQL of projections for every dialect: aggregates, grouping, conditions on groups. */
class GoldenProjectionTest {

    @Test
    void groupsWithAggregatesAConditionThroughARelationshipAndHaving() {
        same(
                context ->
                        QueryRenderer.project(
                                        context,
                                        select(Book.class)
                                                .withCondition(Author.NAME.eq("x"))
                                                .withOrderings(List.of(count().desc()))
                                                .withPaging(10, 0),
                                        new ProjectionSpec(
                                                List.of(
                                                        Book.AUTHOR_ID,
                                                        count().as("books"),
                                                        avg(Book.PAGES).as("pages"),
                                                        countDistinct(Book.TITLE).as("titles")),
                                                false,
                                                List.of(Book.AUTHOR_ID),
                                                List.of(count().gt(2L))))
                                .sql(),
                "SELECT \"g_book\".\"author_id\", COUNT(*), AVG(\"g_book\".\"pages\" * 1.0E0),"
                        + " COUNT(DISTINCT \"g_book\".\"title\") FROM \"g_book\" \"g_book\" LEFT"
                        + " JOIN \"g_author\" \"g_author\" ON \"g_book\".\"author_id\" ="
                        + " \"g_author\".\"id\" WHERE (\"g_author\".\"name\" = ?) GROUP BY"
                        + " \"g_book\".\"author_id\" HAVING (COUNT(*) > ?) ORDER BY COUNT(*) DESC"
                        + " LIMIT 10");
    }
}
