package dev.qlio.orm.autoconfigure.tables.drift;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;

/** Never created: validate reports it missing. */
@TableName("qlio_starter_missing")
public class Missing extends Table {

    public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
}
