package dev.qlio.orm.render;

import static dev.qlio.orm.render.Golden.select;
import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.internal.render.QueryRenderer;
import dev.qlio.orm.internal.render.RenderContext;
import dev.qlio.orm.internal.render.RenderedSql;
import dev.qlio.orm.internal.render.SelectSpec;
import dev.qlio.orm.render.GoldenTables.Author;
import dev.qlio.orm.render.GoldenTables.Book;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The statement cache: one text per query shape, rendered once; the parameters of every statement
 * collected afresh and in the order of the cached text.
 */
class StatementCacheTest {

    private final RenderContext context = new RenderContext(Dialect.POSTGRESQL);

    private RenderedSql render(SelectSpec spec) {
        return QueryRenderer.select(this.context, spec);
    }

    private static SelectSpec byNameAndScore(String name, int score, int limit) {
        return select(Author.class)
                .withCondition(Author.NAME.like(name).and(Author.SCORE.gt(score)))
                .withCondition(Author.EMAIL.isNotNull())
                .withOrderings(List.of(Author.ID.asc()))
                .withPaging(limit, 0);
    }

    @Test
    void rendersTheTextOfAShapeOnceAndBindsEachStatementsOwnValues() {
        RenderedSql first = render(byNameAndScore("a%", 1, 10));
        RenderedSql second = render(byNameAndScore("b%", 2, 10));

        assertThat(second.sql()).isSameAs(first.sql());
        assertThat(this.context.statements().misses()).isEqualTo(1);
        assertThat(this.context.statements().hits()).isEqualTo(1);
        assertThat(first.params().size()).isEqualTo(2);
        assertThat(first.params().value(0)).isEqualTo("a%");
        assertThat(first.params().value(1)).isEqualTo(1);
        assertThat(second.params().size()).isEqualTo(2);
        assertThat(second.params().value(0)).isEqualTo("b%");
        assertThat(second.params().value(1)).isEqualTo(2);
    }

    @Test
    void parametersFromTheCacheMatchAFreshRendering() {
        SelectSpec joined =
                select(Book.class)
                        .withCondition(Author.NAME.eq("x"))
                        .withCondition(Book.PAGES.in(List.of(1, 2, 3)))
                        .withPaging(5, 10);
        render(joined);
        RenderedSql cached =
                render(
                        select(Book.class)
                                .withCondition(Author.NAME.eq("y"))
                                .withCondition(Book.PAGES.in(List.of(7, 8, 9)))
                                .withPaging(5, 10));
        RenderedSql fresh =
                QueryRenderer.select(
                        new RenderContext(Dialect.POSTGRESQL),
                        select(Book.class)
                                .withCondition(Author.NAME.eq("y"))
                                .withCondition(Book.PAGES.in(List.of(7, 8, 9)))
                                .withPaging(5, 10));

        assertThat(cached.sql()).isEqualTo(fresh.sql());
        assertThat(cached.params().size()).isEqualTo(4).isEqualTo(fresh.params().size());
        for (int i = 0; i < 4; i++) {
            assertThat(cached.params().value(i)).isEqualTo(fresh.params().value(i));
        }
        assertThat(cached.params().value(0)).isEqualTo("y");
        assertThat(cached.params().value(3)).isEqualTo(9);
    }

    @Test
    void tellsDifferentShapesApart() {
        String base = render(byNameAndScore("a%", 1, 10)).sql();
        String otherLimit = render(byNameAndScore("a%", 1, 11)).sql();
        String otherOperator = render(select(Author.class).withCondition(Author.SCORE.lt(1))).sql();
        String otherColumn = render(select(Author.class).withCondition(Author.ID.lt(1L))).sql();
        String threeValues =
                render(select(Author.class).withCondition(Author.ID.in(List.of(1L, 2L, 3L)))).sql();
        String twoValues =
                render(select(Author.class).withCondition(Author.ID.in(List.of(1L, 2L)))).sql();
        String notIn =
                render(select(Author.class).withCondition(Author.ID.notIn(List.of(1L, 2L)))).sql();

        assertThat(
                        List.of(
                                base,
                                otherLimit,
                                otherOperator,
                                otherColumn,
                                threeValues,
                                twoValues,
                                notIn))
                .doesNotHaveDuplicates();
        assertThat(twoValues).endsWith("WHERE \"id\" IN (?, ?)");
        assertThat(this.context.statements().size()).isEqualTo(7);
        assertThat(this.context.statements().hits()).isZero();
    }

    @Test
    void keepsOneShapeForLargeListsOfAnySizeBoundAsOneParameter() {
        String a = render(select(Author.class).withCondition(Author.ID.in(range(1500)))).sql();
        String b = render(select(Author.class).withCondition(Author.ID.in(range(2500)))).sql();

        assertThat(b).isSameAs(a).endsWith("WHERE (\"id\" = ANY(?))");
    }

    @Test
    void staysWithinItsCapacity() {
        RenderContext small = new RenderContext(Dialect.H2, 8);
        for (int limit = 0; limit < 50; limit++) {
            QueryRenderer.select(small, select(Author.class).withPaging(limit, 0));
        }
        assertThat(small.statements().size()).isBetween(1, 8);
        assertThat(small.statements().misses()).isEqualTo(50);
        assertThat(QueryRenderer.select(small, select(Author.class).withPaging(49, 0)).sql())
                .endsWith(" LIMIT 49");
    }

    @Test
    void cachesCountsUpdatesAndDeletesApartFromSelects() {
        SelectSpec spec = select(Author.class).withCondition(Author.SCORE.gt(1));
        String select = QueryRenderer.select(this.context, spec).sql();
        String count = QueryRenderer.count(this.context, spec).sql();
        String delete = QueryRenderer.delete(this.context, spec.root(), spec.conditions()).sql();

        assertThat(List.of(select, count, delete)).doesNotHaveDuplicates();
        assertThat(QueryRenderer.count(this.context, spec).sql()).isSameAs(count);
        assertThat(QueryRenderer.delete(this.context, spec.root(), spec.conditions()).sql())
                .isSameAs(delete);
    }

    private static List<Long> range(int n) {
        return LongStream.rangeClosed(1, n).boxed().toList();
    }
}
