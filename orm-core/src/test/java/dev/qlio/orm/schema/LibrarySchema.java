package dev.qlio.orm.schema;

import dev.qlio.orm.schema.types.SqlType;

/**
 * A small library model shared by the schema tests: authors and their books, tags linked to books
 * through a composite-key link table, employees with a self-referential manager, and publishers
 * with a one-to-many collection of editions.
 *
 * <p>These classes are only ever registered, never mutated: tests that change a table description
 * ({@code setPrimaryKey}) or expect a definition error declare their own classes.
 */
final class LibrarySchema {

    private LibrarySchema() {}

    /** A registry holding every table of the library model, set up. */
    static TableMetadata registry() {
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(Author.class);
        metadata.registerTable(Book.class);
        metadata.registerTable(Tag.class);
        metadata.registerTable(BookTag.class);
        metadata.registerTable(Employee.class);
        metadata.registerTable(Publisher.class);
        metadata.registerTable(Edition.class);
        metadata.setupTables();
        return metadata;
    }

    public static class Author extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<String> NAME = column(SqlType.varchar(100)).notNull();
    }

    public static class Book extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<String> TITLE = column(SqlType.varchar(200)).notNull();
        public static final Column<Long> AUTHOR_ID = column(SqlType.BIGINT).references("author.id");
        public static final Relationship<Author> AUTHOR =
                Relationship.manyToOne(Author.class).backref("books");
        public static final Relationship<Tag> TAGS =
                Relationship.manyToMany(Tag.class, BookTag.class).backref("books");
    }

    public static class Tag extends Table {
        public static final Column<Integer> ID = column(SqlType.SERIAL).primaryKey();
        public static final Column<String> LABEL = column(SqlType.varchar(40)).unique();
    }

    public static class BookTag extends Table {
        public static final Column<Long> BOOK_ID =
                column(SqlType.BIGINT).primaryKey().references("book.id");
        public static final Column<Integer> TAG_ID =
                column(SqlType.INTEGER).primaryKey().references("tag.id");
    }

    public static class Employee extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<String> NAME = column(SqlType.TEXT);
        public static final Column<Long> MANAGER_ID =
                column(SqlType.BIGINT).references("employee.id");
        public static final Column<Long> MENTOR_ID =
                column(SqlType.BIGINT).references("employee.id");
        public static final Relationship<Employee> MANAGER =
                Relationship.manyToOne(Employee.class).via("manager_id").backref("reports");
    }

    public static class Publisher extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<String> NAME = column(SqlType.TEXT);
        public static final Relationship<Edition> EDITIONS =
                Relationship.oneToMany(Edition.class).load(LoadStrategy.JOINED);
    }

    public static class Edition extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Long> PUBLISHER_ID =
                column(SqlType.BIGINT).references("publisher.id");
    }
}
