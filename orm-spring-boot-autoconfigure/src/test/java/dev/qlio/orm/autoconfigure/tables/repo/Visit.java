package dev.qlio.orm.autoconfigure.tables.repo;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;

@TableName("qlio_starter_visit")
public class Visit extends Table {

    public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();

    public static final Column<String> REASON = column(SqlType.varchar(64)).notNull();
}
