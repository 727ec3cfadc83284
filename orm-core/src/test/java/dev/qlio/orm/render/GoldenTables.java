package dev.qlio.orm.render;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.LoadStrategy;
import dev.qlio.orm.schema.Relationship;
import dev.qlio.orm.schema.ResolvedRelationship;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMeta;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;

/** Tables of the golden-SQL tests: never created, only rendered. */
final class GoldenTables {

    static final TableMetadata METADATA = metadata();

    private GoldenTables() {}

    private static TableMetadata metadata() {
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(Author.class);
        metadata.registerTable(Book.class);
        metadata.registerTable(Tag.class);
        metadata.registerTable(BookTag.class);
        metadata.registerTable(Person.class);
        metadata.registerTable(Measure.class);
        metadata.setupTables();
        return metadata;
    }

    static ResolvedRelationship relationship(Class<? extends Table> owner, String name) {
        return METADATA.getRelationship(TableMeta.of(owner), name).orElseThrow();
    }

    /** With a version column. */
    @TableName("g_author")
    public static class Author extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<String> NAME = column(SqlType.varchar(100)).notNull();
        public static final Column<String> EMAIL = column(SqlType.varchar(200));
        public static final Column<Integer> SCORE = column(SqlType.INTEGER).notNull();
        public static final Column<Long> VERSION = column(SqlType.BIGINT).version();
        public static final Relationship<Book> BOOKS = Relationship.oneToMany(Book.class);
    }

    /** Without a version column. */
    @TableName("g_book")
    public static class Book extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<String> TITLE = column(SqlType.varchar(200)).notNull();
        public static final Column<Long> AUTHOR_ID =
                column(SqlType.BIGINT).references("g_author.id");
        public static final Column<Integer> PAGES = column(SqlType.INTEGER).notNull();
        public static final Relationship<Author> AUTHOR =
                Relationship.manyToOne(Author.class).load(LoadStrategy.JOINED);
        public static final Relationship<Tag> TAGS =
                Relationship.manyToMany(Tag.class, BookTag.class).backref("books");
    }

    @TableName("g_tag")
    public static class Tag extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<String> NAME = column(SqlType.varchar(50)).notNull();
    }

    @TableName("g_book_tag")
    public static class BookTag extends Table {
        public static final Column<Long> BOOK_ID =
                column(SqlType.BIGINT).primaryKey().references("g_book.id");
        public static final Column<Long> TAG_ID =
                column(SqlType.BIGINT).primaryKey().references("g_tag.id");
    }

    /** A self-reference, for aliased self-joins. */
    @TableName("g_person")
    public static class Person extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<String> NAME = column(SqlType.varchar(50)).notNull();
        public static final Column<Long> MANAGER_ID =
                column(SqlType.BIGINT).references("g_person.id");
        public static final Relationship<Person> MANAGER =
                Relationship.manyToOne(Person.class).via("manager_id").backref("reports");
    }

    /** A kind (DOUBLE) that MariaDB and SQLite bind as no list parameter. */
    @TableName("g_measure")
    public static class Measure extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Double> AMOUNT = column(SqlType.DOUBLE).notNull();
    }
}
