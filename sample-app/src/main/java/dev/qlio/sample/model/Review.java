package dev.qlio.sample.model;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.types.SqlType;
import java.time.Instant;

/** A reader's review of a book, rated 1 to 5. */
public class Review extends Table {
    public static final Column<Long> ID = column(Columns.ID);
    public static final Column<Long> BOOK_ID =
            column(SqlType.BIGINT).notNull().references("book.id").index();
    public static final Column<String> REVIEWER = column(SqlType.varchar(100)).notNull();
    public static final Column<Integer> RATING = column(SqlType.INTEGER).notNull();
    public static final Column<String> COMMENT = column(SqlType.TEXT);
    public static final Column<Instant> CREATED_AT = column(Columns.CREATED_AT);
}
