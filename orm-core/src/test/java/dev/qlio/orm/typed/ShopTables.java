package dev.qlio.orm.typed;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Relationship;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;
import java.math.BigDecimal;
import java.time.Instant;

/** Writers, their books, reviews and tags: the tables of the typed-SQL tests. */
final class ShopTables {

    static final String[] NAMES = {"ty_book_tag", "ty_review", "ty_book", "ty_tag", "ty_writer"};

    private ShopTables() {}

    static TableMetadata metadata() {
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(Writer.class);
        metadata.registerTable(Book.class);
        metadata.registerTable(Review.class);
        metadata.registerTable(Tag.class);
        metadata.registerTable(BookTag.class);
        metadata.setupTables();
        return metadata;
    }

    @TableName("ty_writer")
    public static class Writer extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<String> NAME = column(SqlType.varchar(100)).notNull();
        public static final Column<String> COUNTRY = column(SqlType.varchar(60));
        public static final Relationship<Book> BOOKS = Relationship.oneToMany(Book.class);
    }

    @TableName("ty_book")
    public static class Book extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<Long> WRITER_ID =
                column(SqlType.BIGINT).notNull().references("ty_writer.id");
        public static final Column<String> TITLE = column(SqlType.varchar(200)).notNull();
        public static final Column<Integer> PAGES = column(SqlType.INTEGER);
        public static final Column<BigDecimal> PRICE = column(SqlType.numeric(8, 2)).notNull();
        public static final Column<Instant> PUBLISHED = column(SqlType.TIMESTAMPTZ);
        public static final Relationship<Writer> WRITER = Relationship.manyToOne(Writer.class);
        public static final Relationship<Tag> TAGS =
                Relationship.manyToMany(Tag.class, BookTag.class);
    }

    @TableName("ty_review")
    public static class Review extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<Long> BOOK_ID =
                column(SqlType.BIGINT).notNull().references("ty_book.id");
        public static final Column<Integer> RATING = column(SqlType.INTEGER).notNull();
    }

    @TableName("ty_tag")
    public static class Tag extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<String> NAME = column(SqlType.varchar(40)).notNull().unique();
    }

    @TableName("ty_book_tag")
    public static class BookTag extends Table {
        public static final Column<Long> BOOK_ID =
                column(SqlType.BIGINT).primaryKey().references("ty_book.id");
        public static final Column<Long> TAG_ID =
                column(SqlType.BIGINT).primaryKey().references("ty_tag.id");
    }
}
