package dev.qlio.orm.observation;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Index;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;

/** The table the observation tests work on. */
@TableName("qo_item")
public class ObservedItem extends Table {
    public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
    public static final Column<String> NAME = column(SqlType.varchar(64)).notNull().unique();
    public static final Column<Integer> QUANTITY = column(SqlType.INTEGER);
    public static final Index BY_QUANTITY = Index.on(QUANTITY);
}
