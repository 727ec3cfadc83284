package dev.qlio.orm.autoconfigure.actuator;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;

@TableName("qa_customer")
public class Customer extends Table {
    public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
    public static final Column<String> NAME = column(SqlType.varchar(64)).notNull().unique();
}
