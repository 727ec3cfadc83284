package dev.qlio.orm.relationship;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.LoadStrategy;
import dev.qlio.orm.schema.Relationship;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;

/** Authors, books, tags and a category tree. */
final class LibraryTables {

    static final String[] NAMES = {"rl_book_tag", "rl_book", "rl_tag", "rl_author", "rl_category"};

    private LibraryTables() {}

    static TableMetadata metadata() {
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(Author.class);
        metadata.registerTable(Book.class);
        metadata.registerTable(Tag.class);
        metadata.registerTable(BookTag.class);
        metadata.registerTable(Category.class);
        metadata.setupTables();
        return metadata;
    }

    @TableName("rl_author")
    public static class Author extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<String> NAME = column(SqlType.varchar(100)).notNull();
        public static final Relationship<Book> BOOKS = Relationship.oneToMany(Book.class);
    }

    @TableName("rl_book")
    public static class Book extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<String> TITLE = column(SqlType.varchar(200)).notNull();
        public static final Column<Long> AUTHOR_ID =
                column(SqlType.BIGINT).references("rl_author.id");
        public static final Relationship<Author> AUTHOR =
                Relationship.manyToOne(Author.class).load(LoadStrategy.JOINED);
        public static final Relationship<Tag> TAGS =
                Relationship.manyToMany(Tag.class, BookTag.class).backref("books");
    }

    @TableName("rl_tag")
    public static class Tag extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<String> NAME = column(SqlType.varchar(50)).notNull().unique();
    }

    @TableName("rl_book_tag")
    public static class BookTag extends Table {
        public static final Column<Long> BOOK_ID =
                column(SqlType.BIGINT).primaryKey().references("rl_book.id");
        public static final Column<Long> TAG_ID =
                column(SqlType.BIGINT).primaryKey().references("rl_tag.id");
    }

    @TableName("rl_category")
    public static class Category extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<String> NAME = column(SqlType.varchar(50)).notNull();
        public static final Column<Long> PARENT_ID =
                column(SqlType.BIGINT).references("rl_category.id");
        public static final Relationship<Category> PARENT =
                Relationship.manyToOne(Category.class).via("parent_id").backref("children");
    }
}
