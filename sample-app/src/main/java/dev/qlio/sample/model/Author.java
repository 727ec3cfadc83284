package dev.qlio.sample.model;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Relationship;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.types.SqlType;

/** An author, with their books by title. */
public class Author extends Table {
    public static final Column<Long> ID = column(Columns.ID);
    public static final Column<String> NAME = column(SqlType.varchar(100)).notNull().unique();
    public static final Column<String> COUNTRY = column(SqlType.varchar(60));
    public static final Column<String> BIO = column(SqlType.TEXT);

    public static final Relationship<Book> BOOKS =
            Relationship.oneToMany(Book.class).orderBy(Book.TITLE.asc());
}
