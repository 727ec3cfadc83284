package dev.qlio.orm.autoconfigure.tables.broken;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;

/** Broken on purpose: no primary key. */
@TableName("qlio_starter_keyless")
public class Keyless extends Table {

    public static final Column<String> LABEL = column(SqlType.TEXT);
}
