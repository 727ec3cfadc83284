package dev.qlio.orm.filters;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Relationship;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;
import java.time.Instant;

/**
 * Shops, their products and the products' reviews and tags, each of a tenant: products are
 * soft-deleted with a timestamp, reviews with a flag, tags with a timestamp and no tenant.
 */
final class FilterTables {

    static final String[] NAMES = {
        "gf_product_tag", "gf_review", "gf_product", "gf_tag", "gf_shop"
    };

    private FilterTables() {}

    static TableMetadata metadata() {
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(Shop.class);
        metadata.registerTable(Product.class);
        metadata.registerTable(Review.class);
        metadata.registerTable(Tag.class);
        metadata.registerTable(ProductTag.class);
        metadata.setupTables();
        return metadata;
    }

    @TableName("gf_shop")
    public static class Shop extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<String> NAME = column(SqlType.varchar(40)).notNull();
        public static final Column<String> TENANT_ID = column(SqlType.varchar(10)).tenant();
    }

    @TableName("gf_product")
    public static class Product extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<String> NAME = column(SqlType.varchar(40)).notNull();
        public static final Column<Long> SHOP_ID =
                column(SqlType.BIGINT).notNull().references("gf_shop.id");
        public static final Column<String> TENANT_ID = column(SqlType.varchar(10)).tenant().index();
        public static final Column<Instant> DELETED_AT = column(SqlType.TIMESTAMPTZ).softDelete();
        public static final Column<Integer> VERSION = column(SqlType.INTEGER).version();
        public static final Relationship<Shop> SHOP = Relationship.manyToOne(Shop.class);
        public static final Relationship<Review> REVIEWS =
                Relationship.oneToMany(Review.class).orderBy(Review.ID.asc()).removeWithParent();
        public static final Relationship<Tag> TAGS =
                Relationship.manyToMany(Tag.class, ProductTag.class)
                        .orderBy(Tag.ID.asc())
                        .removeWithParent();
    }

    @TableName("gf_review")
    public static class Review extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<Long> PRODUCT_ID =
                column(SqlType.BIGINT).notNull().references("gf_product.id");
        public static final Column<Integer> STARS = column(SqlType.INTEGER).notNull();
        public static final Column<String> TENANT_ID = column(SqlType.varchar(10)).tenant();
        public static final Column<Boolean> DELETED = column(SqlType.BOOLEAN).softDelete();
        public static final Relationship<Product> PRODUCT = Relationship.manyToOne(Product.class);
    }

    @TableName("gf_tag")
    public static class Tag extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<String> NAME = column(SqlType.varchar(40)).notNull();
        public static final Column<Instant> DELETED_AT = column(SqlType.TIMESTAMPTZ).softDelete();
    }

    @TableName("gf_product_tag")
    public static class ProductTag extends Table {
        public static final Column<Long> PRODUCT_ID =
                column(SqlType.BIGINT).primaryKey().references("gf_product.id");
        public static final Column<Long> TAG_ID =
                column(SqlType.BIGINT).primaryKey().references("gf_tag.id");
    }
}
