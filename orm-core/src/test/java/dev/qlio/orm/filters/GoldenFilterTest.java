package dev.qlio.orm.filters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.filters.FilterTables.Product;
import dev.qlio.orm.filters.FilterTables.Review;
import dev.qlio.orm.internal.render.Filters;
import dev.qlio.orm.internal.render.QueryRenderer;
import dev.qlio.orm.internal.render.RenderContext;
import dev.qlio.orm.internal.render.SelectSpec;
import dev.qlio.orm.internal.render.StatementCache;
import dev.qlio.orm.schema.LoadStrategy;
import dev.qlio.orm.schema.ResolvedRelationship;
import dev.qlio.orm.schema.TableMeta;
import dev.qlio.orm.schema.TableMetadata;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The SQL of filtered statements: the root's filters first in its {@code WHERE}, a joined table's
 * in its {@code ON}, a semi-join's in its {@code EXISTS}, a soft-deleting bulk delete as an update;
 * the tenant always a parameter. Dropping a filter changes the text (it is part of the shape).
 */
class GoldenFilterTest {

    private static final TableMetadata METADATA = FilterTables.metadata();

    private static RenderContext context(Dialect dialect) {
        return new RenderContext(dialect, StatementCache.DEFAULT_CAPACITY, Filters.all(() -> "a"));
    }

    private static SelectSpec products() {
        TableMeta<?> meta = TableMeta.of(Product.class);
        return SelectSpec.of(meta, null, METADATA.relationships(meta));
    }

    private static ResolvedRelationship reviews() {
        return METADATA.relationships(TableMeta.of(Product.class)).stream()
                .filter(r -> r.name().equals("reviews"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aSelectWithAJoinedCollectionAndAConditionThroughARelationship() {
        SelectSpec spec =
                products()
                        .withCondition(Review.STARS.ge(4))
                        .withLoad(new SelectSpec.Load(reviews(), LoadStrategy.JOINED));
        assertThat(QueryRenderer.select(context(Dialect.POSTGRESQL), spec).sql())
                .isEqualTo(
                        "SELECT \"gf_product\".\"id\", \"gf_product\".\"name\", \"gf_product\".\"shop_id\", "
                                + "\"gf_product\".\"tenant_id\", \"gf_product\".\"deleted_at\", \"gf_product\".\"version\", "
                                + "\"r_gf_product_reviews\".\"id\", \"r_gf_product_reviews\".\"product_id\", "
                                + "\"r_gf_product_reviews\".\"stars\", \"r_gf_product_reviews\".\"tenant_id\", "
                                + "\"r_gf_product_reviews\".\"deleted\" FROM \"gf_product\" \"gf_product\" LEFT JOIN "
                                + "\"gf_review\" \"r_gf_product_reviews\" ON \"gf_product\".\"id\" = "
                                + "\"r_gf_product_reviews\".\"product_id\" AND (\"r_gf_product_reviews\".\"tenant_id\" = "
                                + "?) AND (\"r_gf_product_reviews\".\"deleted\" = ?) WHERE (\"gf_product\".\"tenant_id\" "
                                + "= ?) AND (\"gf_product\".\"deleted_at\" IS NULL) AND EXISTS (SELECT 1 FROM "
                                + "\"gf_review\" \"gf_review\" WHERE \"gf_review\".\"product_id\" = \"gf_product\".\"id\" AND "
                                + "(\"gf_review\".\"tenant_id\" = ?) AND (\"gf_review\".\"deleted\" = ?) AND "
                                + "(\"gf_review\".\"stars\" >= ?)) ORDER BY \"gf_product\".\"id\", "
                                + "\"r_gf_product_reviews\".\"id\", \"r_gf_product_reviews\".\"id\"");
        assertThat(QueryRenderer.select(context(Dialect.MARIADB), spec).sql())
                .isEqualTo(
                        "SELECT `gf_product`.`id`, `gf_product`.`name`, `gf_product`.`shop_id`, "
                                + "`gf_product`.`tenant_id`, `gf_product`.`deleted_at`, `gf_product`.`version`, "
                                + "`r_gf_product_reviews`.`id`, `r_gf_product_reviews`.`product_id`, "
                                + "`r_gf_product_reviews`.`stars`, `r_gf_product_reviews`.`tenant_id`, "
                                + "`r_gf_product_reviews`.`deleted` FROM `gf_product` `gf_product` LEFT JOIN "
                                + "`gf_review` `r_gf_product_reviews` ON `gf_product`.`id` = "
                                + "`r_gf_product_reviews`.`product_id` AND (`r_gf_product_reviews`.`tenant_id` = "
                                + "?) AND (`r_gf_product_reviews`.`deleted` = ?) WHERE (`gf_product`.`tenant_id` "
                                + "= ?) AND (`gf_product`.`deleted_at` IS NULL) AND EXISTS (SELECT 1 FROM "
                                + "`gf_review` `gf_review` WHERE `gf_review`.`product_id` = `gf_product`.`id` AND "
                                + "(`gf_review`.`tenant_id` = ?) AND (`gf_review`.`deleted` = ?) AND "
                                + "(`gf_review`.`stars` >= ?)) ORDER BY `gf_product`.`id`, "
                                + "`r_gf_product_reviews`.`id`, `r_gf_product_reviews`.`id`");
    }

    @Test
    void bulkDeleteOfASoftDeleteTableMarksAndIncludeDeletedDeletes() {
        RenderContext context = context(Dialect.POSTGRESQL);
        TableMeta<?> meta = TableMeta.of(Product.class);
        List<Condition> named = List.of(Product.NAME.eq("x"));
        assertThat(QueryRenderer.delete(context, meta, named).sql())
                .isEqualTo(
                        "UPDATE \"gf_product\" SET \"deleted_at\" = ?, \"version\" = \"version\" + 1"
                                + " WHERE (\"tenant_id\" = ? AND \"deleted_at\" IS NULL AND \"name\" = ?)");
        assertThat(QueryRenderer.delete(context.without(true, false), meta, named).sql())
                .isEqualTo("DELETE FROM \"gf_product\" WHERE (\"tenant_id\" = ? AND \"name\" = ?)");
        assertThat(QueryRenderer.select(context.without(true, true), products()).sql())
                .isEqualTo(
                        "SELECT \"id\", \"name\", \"shop_id\", \"tenant_id\", \"deleted_at\","
                                + " \"version\" FROM \"gf_product\"");
    }
}
