package dev.qlio.orm.autoconfigure.tables.tenant;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;
import java.time.Instant;

@TableName("qlio_starter_note")
public class Note extends Table {

    public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();

    public static final Column<String> TEXT = column(SqlType.varchar(64)).notNull();

    public static final Column<Long> ORGANISATION_ID = column(SqlType.BIGINT).tenant();

    public static final Column<Instant> DELETED_AT = column(SqlType.TIMESTAMPTZ).softDelete();
}
