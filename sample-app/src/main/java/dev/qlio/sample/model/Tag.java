package dev.qlio.sample.model;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.types.SqlType;

/** A tag such as {@code sci-fi}; books and tags are linked through {@link BookTag}. */
public class Tag extends Table {
    public static final Column<Long> ID = column(Columns.ID);
    public static final Column<String> NAME = column(SqlType.varchar(40)).notNull().unique();
}
