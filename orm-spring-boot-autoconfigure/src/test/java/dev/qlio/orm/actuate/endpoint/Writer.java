package dev.qlio.orm.actuate.endpoint;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;

@TableName("qe_writer")
public class Writer extends Table {
    public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
    public static final Column<String> EMAIL = column(SqlType.varchar(128)).notNull().unique();
    public static final Column<String> STATUS =
            column(SqlType.varchar(16)).notNull().serverDefault("'active'");
}
