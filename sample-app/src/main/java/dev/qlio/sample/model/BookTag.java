package dev.qlio.sample.model;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.types.SqlType;

/** The link table of {@link Book#TAGS}: one row per book and tag. */
public class BookTag extends Table {
    public static final Column<Long> BOOK_ID =
            column(SqlType.BIGINT).primaryKey().references("book.id");
    public static final Column<Long> TAG_ID =
            column(SqlType.BIGINT).primaryKey().references("tag.id").index();
}
