package dev.qlio.orm.autoconfigure.jackson;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Relationship;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;

/** The tables of the JSON web test. */
final class JsonTables {

    private JsonTables() {}

    /** An author. */
    @TableName("qj_author")
    public static class Author extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<String> FULL_NAME = column(SqlType.varchar(40)).notNull();
    }

    /** A note by an author. */
    @TableName("qj_note")
    public static class Note extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<Long> AUTHOR_ID =
                column(SqlType.BIGINT).notNull().references("qj_author.id");
        public static final Column<String> TEXT = column(SqlType.varchar(100)).notNull();
        public static final Column<Integer> STARS = column(SqlType.INTEGER);
        public static final Relationship<Author> AUTHOR = Relationship.manyToOne(Author.class);
    }
}
