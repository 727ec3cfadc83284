package com.example.fresh;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.types.SqlType;

public class Greeting extends Table {

    public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();

    public static final Column<String> TEXT = column(SqlType.varchar(100)).notNull();
}
