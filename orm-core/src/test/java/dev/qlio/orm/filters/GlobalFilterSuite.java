package dev.qlio.orm.filters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qlio.orm.Database;
import dev.qlio.orm.expression.Sql;
import dev.qlio.orm.filters.FilterTables.Product;
import dev.qlio.orm.filters.FilterTables.ProductTag;
import dev.qlio.orm.filters.FilterTables.Review;
import dev.qlio.orm.filters.FilterTables.Shop;
import dev.qlio.orm.filters.FilterTables.Tag;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.LoadStrategy;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.session.Session;
import dev.qlio.orm.testing.DatabaseSuite;
import dev.qlio.orm.testing.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Soft delete and tenant filters on every query path. The data holds, for each path, rows the
 * filters must leave out (soft-deleted ones, another tenant's), so each test fails if its path
 * drops a filter; every expected answer is the same question asked through plain JDBC.
 */
abstract class GlobalFilterSuite extends DatabaseSuite {

    private static final Pattern IDENTIFIER = Pattern.compile("\\{(\\w+)}");

    final AtomicReference<String> tenant = new AtomicReference<>();

    Database db;

    /** Keys by name: products p1..p4, reviews r1..r5, tags t1, t2, shops a, b. */
    final Map<String, Long> ids = new java.util.HashMap<>();

    GlobalFilterSuite(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void createTables() {
        this.database.dropTables(FilterTables.NAMES);
        this.db =
                Database.builder(dataSource(), FilterTables.metadata())
                        .tenantResolver(this.tenant::get)
                        .build();
        this.db.ddl().createAll();
        seed();
    }

    @AfterEach
    void dropTables() {
        this.database.dropTables(FilterTables.NAMES);
    }

    /**
     * Tenant a: shop a, products p1 (live), p2 (deleted), p4 (live, of tenant b's shop); reviews r1
     * (p1), r2 (p1, deleted), r4 (p4). Tenant b: shop b, product p3, review r3 (p3) and r5, a
     * tenant-b review of tenant a's p1. Tags t1 (live) and t2 (deleted) on p1, t1 on p4.
     */
    private void seed() {
        try (Session s = this.db.session()) {
            this.tenant.set("b");
            Shop b = shop(s, "b");
            this.tenant.set("a");
            Shop a = shop(s, "a");
            Product p1 = product(s, "p1", a);
            product(s, "p2", a);
            Product p4 = product(s, "p4", b);
            review(s, "r1", p1, 3);
            review(s, "r2", p1, 5);
            review(s, "r4", p4, 4);
            Tag t1 = tag(s, "t1");
            Tag t2 = tag(s, "t2");
            link(s, p1, t1);
            link(s, p1, t2);
            link(s, p4, t1);
            s.update(Product.class)
                    .set(Product.DELETED_AT, Instant.parse("2026-01-02T03:04:05Z"))
                    .where(Product.ID.eq(id("p2")))
                    .execute();
            s.update(Tag.class)
                    .set(Tag.DELETED_AT, Instant.parse("2026-01-02T03:04:05Z"))
                    .where(Tag.ID.eq(id("t2")))
                    .execute();
            this.tenant.set("b");
            Product p3 = product(s, "p3", b);
            review(s, "r3", p3, 2);
            review(s, "r5", p1, 5);
            s.commit();
        }
        jdbc().update("UPDATE {gf_review} SET {deleted} = ? WHERE {id} = ?", true, id("r2"));
        this.tenant.set("a");
    }

    private Shop shop(Session s, String name) {
        Shop shop = new Shop();
        shop.set(Shop.NAME, name);
        s.add(shop);
        this.ids.put("shop " + name, shop.get(Shop.ID));
        return shop;
    }

    private Product product(Session s, String name, Shop shop) {
        Product p = new Product();
        p.set(Product.NAME, name);
        p.set(Product.SHOP_ID, shop.get(Shop.ID));
        s.add(p);
        this.ids.put(name, p.get(Product.ID));
        return p;
    }

    private Review review(Session s, String name, Product p, int stars) {
        Review r = new Review();
        r.set(Review.PRODUCT_ID, p.get(Product.ID));
        r.set(Review.STARS, stars);
        s.add(r);
        this.ids.put(name, r.get(Review.ID));
        return r;
    }

    private Tag tag(Session s, String name) {
        Tag t = new Tag();
        t.set(Tag.NAME, name);
        s.add(t);
        this.ids.put(name, t.get(Tag.ID));
        return t;
    }

    private void link(Session s, Product p, Tag t) {
        ProductTag link = new ProductTag();
        link.set(ProductTag.PRODUCT_ID, p.get(Product.ID));
        link.set(ProductTag.TAG_ID, t.get(Tag.ID));
        s.add(link);
    }

    /** Plain JDBC, {@code {name}} quoted for the database. */
    @Override
    protected JdbcTemplate jdbc() {
        JdbcTemplate plain = super.jdbc();
        return new JdbcTemplate(plain.getDataSource()) {
            @Override
            public <T> List<T> queryForList(String sql, Class<T> type, Object... args) {
                return super.queryForList(quoted(sql), type, args);
            }

            @Override
            public <T> T queryForObject(String sql, Class<T> type, Object... args) {
                return super.queryForObject(quoted(sql), type, args);
            }

            @Override
            public <T> List<T> queryForList(String sql, Class<T> type) {
                return super.queryForList(quoted(sql), type);
            }

            @Override
            public <T> T queryForObject(String sql, Class<T> type) {
                return super.queryForObject(quoted(sql), type);
            }

            @Override
            public int update(String sql, Object... args) {
                return super.update(quoted(sql), args);
            }
        };
    }

    private String quoted(String sql) {
        Matcher m = IDENTIFIER.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(quote(m.group(1))));
        }
        return m.appendTail(out).toString();
    }

    long id(String name) {
        return this.ids.get(name);
    }

    /** Product keys through JDBC: {@code where} over gf_product p. */
    List<Long> jdbcProducts(String where, Object... args) {
        return jdbc().queryForList(
                        "SELECT p.{id} FROM {gf_product} p WHERE "
                                + where.replaceAll("p\\.(\\w+)", "p.{$1}")
                                + " ORDER BY p.{id}",
                        Long.class,
                        args);
    }

    static List<Long> keys(List<? extends Table> rows) {
        List<Long> keys = new ArrayList<>();
        for (Table row : rows) {
            Column<Long> id =
                    row instanceof Product
                            ? Product.ID
                            : row instanceof Review
                                    ? Review.ID
                                    : row instanceof Tag ? Tag.ID : Shop.ID;
            keys.add(row.get(id));
        }
        return keys;
    }

    // ---- the seed --------------------------------------------------------------------------

    @Test
    void seedSetTheTenantOnInsertAndHoldsRowsEachFilterMustLeaveOut() {
        assertThat(
                        jdbc().queryForList(
                                        "SELECT {tenant_id} FROM {gf_product} ORDER BY {id}",
                                        String.class))
                .containsExactly("a", "a", "a", "b");
        assertThat(jdbcProducts("p.deleted_at IS NOT NULL")).containsExactly(id("p2"));
        assertThat(
                        jdbc().queryForObject(
                                        "SELECT {tenant_id} FROM {gf_review} WHERE {id} = ?",
                                        String.class,
                                        id("r5")))
                .isEqualTo("b");
        assertThat(
                        jdbc().queryForObject(
                                        "SELECT COUNT(*) FROM {gf_review} WHERE {deleted} = ?",
                                        Long.class,
                                        false))
                .isEqualTo(4L);
    }

    // ---- typed selects ---------------------------------------------------------------------

    @Test
    void selectCountStreamAndPageSeeTheCurrentTenantsLiveRowsOnly() {
        List<Long> expected = jdbcProducts("p.tenant_id = ? AND p.deleted_at IS NULL", "a");
        assertThat(expected).containsExactly(id("p1"), id("p4"));
        try (Session s = this.db.session()) {
            assertThat(keys(s.select(Product.class).orderBy(Product.ID.asc()).all()))
                    .isEqualTo(expected);
            assertThat(s.select(Product.class).count()).isEqualTo(expected.size());
            try (Stream<Product> stream =
                    s.select(Product.class).orderBy(Product.ID.asc()).stream()) {
                assertThat(stream.map(p -> p.get(Product.ID)).toList()).isEqualTo(expected);
            }
            Page<Product> page =
                    s.select(Product.class).orderBy(Product.ID.asc()).page(PageRequest.of(0, 1));
            assertThat(page.getTotalElements()).isEqualTo(expected.size());
            assertThat(keys(page.getContent())).containsExactly(expected.get(0));
            assertThat(s.select(Product.class).where(Product.ID.eq(id("p2"))).first()).isEmpty();
            assertThat(s.select(Product.class).where(Product.ID.eq(id("p3"))).first()).isEmpty();
        }
        this.tenant.set("b");
        try (Session s = this.db.session()) {
            assertThat(keys(s.select(Product.class).all()))
                    .isEqualTo(jdbcProducts("p.tenant_id = ? AND p.deleted_at IS NULL", "b"));
        }
    }

    @Test
    void includeDeletedAndAllTenantsDropOneFilterEach() {
        try (Session s = this.db.session()) {
            assertThat(
                            keys(
                                    s.select(Product.class)
                                            .includeDeleted()
                                            .orderBy(Product.ID.asc())
                                            .all()))
                    .isEqualTo(jdbcProducts("p.tenant_id = ?", "a"));
            assertThat(keys(s.select(Product.class).allTenants().orderBy(Product.ID.asc()).all()))
                    .isEqualTo(jdbcProducts("p.deleted_at IS NULL"));
            assertThat(s.select(Product.class).allTenants().includeDeleted().count()).isEqualTo(4L);
        }
    }

    @Test
    void conditionsThroughRelationshipsSeeLiveRowsOfTheTenantOnly() {
        // 5 stars: r2 is deleted, r5 is tenant b's; without the filters p1 would match
        assertThat(
                        jdbc().queryForList(
                                        "SELECT DISTINCT {product_id} FROM {gf_review} WHERE {stars} = 5",
                                        Long.class))
                .containsExactly(id("p1"));
        try (Session s = this.db.session()) {
            assertThat(s.select(Product.class).where(Review.STARS.eq(5)).all()).isEmpty();
            assertThat(keys(s.select(Product.class).where(Review.STARS.eq(3)).all()))
                    .containsExactly(id("p1"));
            // many-to-many: t2 is deleted
            assertThat(s.select(Product.class).where(Tag.NAME.eq("t2")).all()).isEmpty();
            assertThat(
                            keys(
                                    s.select(Product.class)
                                            .where(Tag.NAME.eq("t1"))
                                            .orderBy(Product.ID.asc())
                                            .all()))
                    .containsExactly(id("p1"), id("p4"));
            // many-to-one: p4's shop is tenant b's
            assertThat(s.select(Product.class).where(Shop.NAME.eq("b")).all()).isEmpty();
            assertThat(keys(s.select(Product.class).where(Shop.NAME.eq("a")).all()))
                    .containsExactly(id("p1"));
        }
    }

    // ---- relationship loads ----------------------------------------------------------------

    @Test
    void loadsWithEitherStrategyLeaveFilteredRowsOut() {
        for (LoadStrategy strategy : LoadStrategy.values()) {
            try (Session s = this.db.session()) {
                List<Product> products =
                        s.select(Product.class)
                                .orderBy(Product.ID.asc())
                                .load(
                                        Product.REVIEWS.using(strategy),
                                        Product.TAGS.using(strategy),
                                        Product.SHOP.using(strategy))
                                .all();
                assertThat(keys(products)).containsExactly(id("p1"), id("p4"));
                Product p1 = products.get(0);
                assertThat(keys(p1.relatedList(Product.REVIEWS)))
                        .as("%s: r2 deleted, r5 tenant b's", strategy)
                        .isEqualTo(
                                jdbc().queryForList(
                                                "SELECT {id} FROM {gf_review} WHERE {product_id} = ? AND"
                                                        + " {tenant_id} = ? AND {deleted} = ?"
                                                        + " ORDER BY {id}",
                                                Long.class,
                                                id("p1"),
                                                "a",
                                                false));
                assertThat(keys(p1.relatedList(Product.TAGS)))
                        .as("%s: t2 deleted", strategy)
                        .containsExactly(id("t1"));
                assertThat(p1.related(Product.SHOP).get(Shop.ID)).isEqualTo(id("shop a"));
                assertThat(products.get(1).related(Product.SHOP))
                        .as("%s: p4's shop is tenant b's", strategy)
                        .isNull();
            }
        }
    }

    @Test
    void aManyToOneTargetOfAnotherTenantLoadsAsAbsent() {
        // r5 is tenant b's review of tenant a's p1: read as tenant b, its product is not there
        this.tenant.set("b");
        for (LoadStrategy strategy : LoadStrategy.values()) {
            try (Session s = this.db.session()) {
                Review r5 =
                        s.select(Review.class)
                                .where(Review.ID.eq(id("r5")))
                                .load(Review.PRODUCT.using(strategy))
                                .first()
                                .orElseThrow();
                assertThat(r5.get(Review.PRODUCT_ID)).isEqualTo(id("p1"));
                assertThat(r5.related(Review.PRODUCT)).as("%s", strategy).isNull();
            }
        }
    }

    @Test
    void loadingOntoRowsAlreadyReadFiltersToo() {
        try (Session s = this.db.session()) {
            List<Product> products = s.select(Product.class).orderBy(Product.ID.asc()).all();
            s.load(products, Product.REVIEWS);
            assertThat(keys(products.get(0).relatedList(Product.REVIEWS)))
                    .containsExactly(id("r1"));
        }
    }

    // ---- expression selects and raw SQL ----------------------------------------------------

    @Test
    void expressionSelectsFilterTheirTablesJoinsAndSubqueries() {
        try (Session s = this.db.session()) {
            assertThat(
                            s.select(Product.ID)
                                    .from(Product.class)
                                    .orderBy(Product.ID.asc())
                                    .all(Product.ID))
                    .containsExactly(id("p1"), id("p4"));
            assertThat(
                            s.select(Review.ID)
                                    .from(Product.class)
                                    .join(Product.REVIEWS)
                                    .orderBy(Review.ID.asc())
                                    .all(Review.ID))
                    .containsExactly(id("r1"), id("r4"));
            // r2 (deleted) and r5 (tenant b) have 5 stars: no product has a visible one
            assertThat(
                            s.select(Product.ID)
                                    .from(Product.class)
                                    .where(
                                            Sql.exists(
                                                    s.select(Review.ID)
                                                            .from(Review.class)
                                                            .where(
                                                                    Review.PRODUCT_ID.equalTo(
                                                                            Product.ID))
                                                            .where(Review.STARS.eq(5))))
                                    .all(Product.ID))
                    .isEmpty();
            // a row query's condition on a subquery
            assertThat(
                            keys(
                                    s.select(Product.class)
                                            .where(
                                                    Product.ID.in(
                                                            s.select(Review.PRODUCT_ID)
                                                                    .from(Review.class)
                                                                    .where(Review.STARS.ge(4))))
                                            .all()))
                    .containsExactly(id("p4"));
            assertThat(
                            s.select(Product.ID)
                                    .from(Product.class)
                                    .includeDeleted()
                                    .allTenants()
                                    .orderBy(Product.ID.asc())
                                    .all(Product.ID))
                    .hasSize(4);
        }
    }

    @Test
    void rawSqlApplyingTheFiltersSeesWhatTypedQueriesSee() {
        try (Session s = this.db.session()) {
            List<Map<String, Object>> rows =
                    s.fetch(
                            "SELECT p.{id} AS id FROM {gf_product} p WHERE {filters(gf_product p)}"
                                    + " ORDER BY p.{id}",
                            Map.of());
            assertThat(rows.stream().map(r -> ((Number) r.values().iterator().next()).longValue()))
                    .containsExactly(id("p1"), id("p4"));
            assertThat(
                            s.fetch(
                                    "SELECT COUNT(*) AS n FROM {gf_product} WHERE"
                                            + " {filters(gf_product)} AND {gf_product.name} = :name",
                                    Map.of("name", "p3")))
                    .singleElement()
                    .satisfies(
                            r ->
                                    assertThat(((Number) r.values().iterator().next()).longValue())
                                            .isZero());
        }
    }

    @Test
    void rawSqlNamingAFilteredTableWithoutItsFiltersIsRefused() {
        try (Session s = this.db.session()) {
            assertThatThrownBy(() -> s.fetch("SELECT COUNT(*) FROM {gf_product}"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("gf_product")
                    .hasMessageContaining("{filters(gf_product)}");
        }
    }

    // ---- writes ----------------------------------------------------------------------------

    @Test
    void bulkUpdateTouchesTheCurrentTenantsLiveRowsOnly() {
        long updated;
        try (Session s = this.db.session()) {
            updated = s.update(Product.class).set(Product.NAME, "renamed").execute();
            s.commit();
        }
        assertThat(updated).isEqualTo(2L);
        assertThat(jdbcProducts("p.name = ?", "renamed")).containsExactly(id("p1"), id("p4"));
        try (Session s = this.db.session()) {
            assertThatThrownBy(() -> s.update(Product.class).set(Product.TENANT_ID, "b"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("tenant column");
        }
    }

    @Test
    void bulkDeleteMarksLiveRowsDeletedAndIncludeDeletedDeletesForGood() {
        Object p2Deleted =
                jdbc().queryForObject(
                                "SELECT {deleted_at} FROM {gf_product} WHERE {id} = ?",
                                Object.class,
                                id("p2"));
        try (Session s = this.db.session()) {
            assertThat(s.delete(Product.class).execute()).isEqualTo(2L);
            s.commit();
        }
        assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM {gf_product}", Long.class))
                .isEqualTo(4L);
        assertThat(jdbcProducts("p.deleted_at IS NOT NULL"))
                .containsExactly(id("p1"), id("p2"), id("p4"));
        assertThat(jdbcProducts("p.deleted_at IS NULL")).containsExactly(id("p3"));
        // p2 keeps the time it was deleted at
        assertThat(
                        jdbc().queryForObject(
                                        "SELECT {deleted_at} FROM {gf_product} WHERE {id} = ?",
                                        Object.class,
                                        id("p2")))
                .isEqualTo(p2Deleted);
        try (Session s = this.db.session()) {
            s.delete(Review.class).includeDeleted().where(Review.PRODUCT_ID.eq(id("p1"))).execute();
            assertThat(
                            s.delete(Product.class)
                                    .includeDeleted()
                                    .where(Product.ID.eq(id("p2")))
                                    .execute())
                    .isEqualTo(1L);
            s.commit();
        }
        assertThat(jdbcProducts("1 = 1")).containsExactly(id("p1"), id("p4"), id("p3"));
        // r5 is tenant b's: the purge of tenant a's reviews left it
        assertThat(
                        jdbc().queryForList(
                                        "SELECT {id} FROM {gf_review} WHERE {product_id} = ?",
                                        Long.class,
                                        id("p1")))
                .containsExactly(id("r5"));
    }

    @Test
    void removeMarksTheRowAndItsSoftDeleteChildrenAndDeletesLinks() {
        try (Session s = this.db.session()) {
            Product p1 =
                    s.select(Product.class).where(Product.ID.eq(id("p1"))).first().orElseThrow();
            s.remove(p1);
            s.commit();
        }
        assertThat(jdbcProducts("p.deleted_at IS NOT NULL")).containsExactly(id("p1"), id("p2"));
        assertThat(
                        jdbc().queryForObject(
                                        "SELECT {version} FROM {gf_product} WHERE {id} = ?",
                                        Integer.class,
                                        id("p1")))
                .isEqualTo(1);
        // r1 marked; r2 was already; r5 is tenant b's and stays as it was
        assertThat(
                        jdbc().queryForList(
                                        "SELECT {id} FROM {gf_review} WHERE {product_id} = ? AND {deleted} = ? ORDER BY {id}",
                                        Long.class,
                                        id("p1"),
                                        true))
                .containsExactly(id("r1"), id("r2"));
        assertThat(
                        jdbc().queryForObject(
                                        "SELECT {deleted} FROM {gf_review} WHERE {id} = ?",
                                        Boolean.class,
                                        id("r5")))
                .isFalse();
        // link rows have no soft-delete column: deleted
        assertThat(
                        jdbc().queryForObject(
                                        "SELECT COUNT(*) FROM {gf_product_tag} WHERE {product_id} = ?",
                                        Long.class,
                                        id("p1")))
                .isZero();
        try (Session s = this.db.session()) {
            assertThat(keys(s.select(Product.class).all())).containsExactly(id("p4"));
        }
    }

    @Test
    void aRestoredRowIsVisibleAgain() {
        try (Session s = this.db.session()) {
            Product p2 =
                    s.select(Product.class)
                            .includeDeleted()
                            .where(Product.ID.eq(id("p2")))
                            .first()
                            .orElseThrow();
            p2.set(Product.DELETED_AT, null);
            s.add(p2);
            s.commit();
        }
        assertThat(jdbcProducts("p.deleted_at IS NULL AND p.tenant_id = ?", "a"))
                .containsExactly(id("p1"), id("p2"), id("p4"));
    }

    @Test
    void rowsOfAnotherTenantAreNeitherWrittenNorMoved() {
        try (Session s = this.db.session()) {
            Product p1 =
                    s.select(Product.class).where(Product.ID.eq(id("p1"))).first().orElseThrow();
            this.tenant.set("b");
            p1.set(Product.NAME, "stolen");
            assertThatThrownBy(() -> s.add(p1)).hasMessageContaining("gf_product");
        }
        this.tenant.set("a");
        try (Session s = this.db.session()) {
            Product p1 =
                    s.select(Product.class).where(Product.ID.eq(id("p1"))).first().orElseThrow();
            p1.set(Product.TENANT_ID, "b");
            assertThatThrownBy(() -> s.add(p1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("current tenant is a");
            Product forged = new Product();
            forged.set(Product.NAME, "forged");
            forged.set(Product.SHOP_ID, id("shop a"));
            forged.set(Product.TENANT_ID, "b");
            assertThatThrownBy(() -> s.add(forged))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("tenant_id = b");
        }
        // merge of tenant b's key as tenant a: refused by the database, p3 untouched
        try (Session s = this.db.session()) {
            Review merged = new Review();
            merged.set(Review.ID, id("r3"));
            merged.set(Review.PRODUCT_ID, id("p1"));
            merged.set(Review.STARS, 1);
            assertThatThrownBy(() -> s.merge(merged))
                    .isInstanceOf(org.springframework.dao.DataAccessException.class);
        }
        assertThat(
                        jdbc().queryForList(
                                        "SELECT {name} FROM {gf_product} ORDER BY {id}",
                                        String.class))
                .containsExactly("p1", "p2", "p4", "p3");
        assertThat(
                        jdbc().queryForObject(
                                        "SELECT {stars} FROM {gf_review} WHERE {id} = ?",
                                        Integer.class,
                                        id("r3")))
                .isEqualTo(2);
        assertThat(
                        jdbc().queryForObject(
                                        "SELECT {tenant_id} FROM {gf_review} WHERE {id} = ?",
                                        String.class,
                                        id("r3")))
                .isEqualTo("b");
    }

    @Test
    void withoutACurrentTenantEveryStatementOnATenantTableFails() {
        this.tenant.set(null);
        try (Session s = this.db.session()) {
            assertThatThrownBy(() -> s.select(Product.class).all())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("gf_product")
                    .hasMessageContaining("allTenants()");
            assertThat(s.select(Product.class).allTenants().count()).isEqualTo(3L);
            // a table without a tenant column needs none
            assertThat(s.select(Tag.class).count()).isEqualTo(1L);
        }
    }
}
