package dev.qlio.orm.corners;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Relationship;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;

/** Writers and their books (the back-reference {@code books} comes from {@code Book.WRITER}). */
final class CornerTables {

    static final String[] NAMES = {"cc_book", "cc_writer", "cc_late"};

    private CornerTables() {}

    @TableName("cc_writer")
    public static class Writer extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<String> NAME = column(SqlType.varchar(100)).notNull();
    }

    @TableName("cc_book")
    public static class Book extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<String> TITLE = column(SqlType.varchar(100)).notNull();
        public static final Column<Long> WRITER_ID =
                column(SqlType.BIGINT).references("cc_writer.id");
        public static final Relationship<Writer> WRITER =
                Relationship.manyToOne(Writer.class).backref("books");
    }

    /** Registered only after a Database was built. */
    @TableName("cc_late")
    public static class Late extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
    }
}
