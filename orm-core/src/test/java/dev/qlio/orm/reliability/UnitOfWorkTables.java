package dev.qlio.orm.reliability;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Relationship;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;

/** The tables of {@link UnitOfWorkSuite}; names start with {@code rel_uow_}. */
final class UnitOfWorkTables {

    /** In drop order (children first). */
    static final String[] NAMES = {
        "rel_uow_book",
        "rel_uow_author",
        "rel_uow_item",
        "rel_uow_account",
        "rel_uow_note",
        "rel_uow_small"
    };

    private UnitOfWorkTables() {}

    static TableMetadata metadata() {
        return ReliabilityTables.metadata(
                Item.class, Account.class, Note.class, Small.class, Author.class, Book.class);
    }

    /** A row with a generated key and a unique name (a duplicate makes a statement fail). */
    @TableName("rel_uow_item")
    public static class Item extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<String> NAME = column(SqlType.varchar(64)).notNull().unique();
        public static final Column<Integer> QTY = column(SqlType.INTEGER);
    }

    /** A versioned account with a client-given key. */
    @TableName("rel_uow_account")
    public static class Account extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Long> BALANCE = column(SqlType.BIGINT).notNull();
        public static final Column<Long> VERSION = column(SqlType.BIGINT).version();
    }

    /** An unversioned row with a client-given key. */
    @TableName("rel_uow_note")
    public static class Note extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<String> TXT = column(SqlType.varchar(100));
    }

    /** A row whose version is an INTEGER. */
    @TableName("rel_uow_small")
    public static class Small extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<String> TXT = column(SqlType.varchar(100));
        public static final Column<Integer> VERSION = column(SqlType.INTEGER).version();
    }

    /** An author whose books are written with it. */
    @TableName("rel_uow_author")
    public static class Author extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<String> NAME = column(SqlType.varchar(100)).notNull();
        public static final Relationship<Book> BOOKS = Relationship.oneToMany(Book.class);
    }

    /** A book with a unique title. */
    @TableName("rel_uow_book")
    public static class Book extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<String> TITLE = column(SqlType.varchar(100)).notNull().unique();
        public static final Column<Long> AUTHOR_ID =
                column(SqlType.BIGINT).notNull().references("rel_uow_author.id");
    }
}
