package dev.qlio.orm.autoconfigure.tables.drift;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;

/** Its live table is created by hand with differences, for validate tests. */
@TableName("qlio_starter_drift")
public class Drift extends Table {

    public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();

    public static final Column<String> NAME = column(SqlType.varchar(64)).notNull();

    public static final Column<Integer> AMOUNT = column(SqlType.INTEGER).notNull();

    public static final Column<String> NOTE = column(SqlType.TEXT);
}
