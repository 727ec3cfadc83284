package dev.qlio.orm.autoconfigure.tables.b;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;

@TableName("qlio_starter_book")
public class Book extends Table {

    public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();

    public static final Column<String> TITLE = column(SqlType.TEXT).notNull();
}
