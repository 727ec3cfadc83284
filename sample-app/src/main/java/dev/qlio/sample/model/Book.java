package dev.qlio.sample.model;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.LoadStrategy;
import dev.qlio.orm.schema.Relationship;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.types.SqlType;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A book: written by one author (loaded in the same statement, {@code JOINED}), tagged with any
 * number of tags (loaded by name), reviewed by readers (oldest first). Removing a book removes its
 * reviews and tag links with it. {@link #VERSION} guards concurrent updates.
 */
public class Book extends Table {
    public static final Column<Long> ID = column(Columns.ID);
    public static final Column<String> ISBN = column(SqlType.varchar(13)).notNull().unique();
    public static final Column<String> TITLE = column(SqlType.varchar(200)).notNull().index();
    public static final Column<Long> AUTHOR_ID =
            column(SqlType.BIGINT).notNull().references("author.id").index();
    public static final Column<Integer> PUBLISHED_YEAR = column(SqlType.INTEGER);
    public static final Column<BigDecimal> PRICE = column(SqlType.numeric(8, 2)).notNull();
    public static final Column<String> DESCRIPTION = column(SqlType.TEXT);
    public static final Column<Instant> CREATED_AT = column(Columns.CREATED_AT);
    public static final Column<Integer> VERSION = column(SqlType.INTEGER).version();

    public static final Relationship<Author> AUTHOR =
            Relationship.manyToOne(Author.class).load(LoadStrategy.JOINED);
    public static final Relationship<Tag> TAGS =
            Relationship.manyToMany(Tag.class, BookTag.class)
                    .orderBy(Tag.NAME.asc())
                    .removeWithParent();
    public static final Relationship<Review> REVIEWS =
            Relationship.oneToMany(Review.class).orderBy(Review.ID.asc()).removeWithParent();
}
