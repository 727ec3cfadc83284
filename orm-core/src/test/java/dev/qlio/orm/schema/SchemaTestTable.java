package dev.qlio.orm.schema;

import dev.qlio.orm.schema.types.SqlType;

/** A table no test registers, for "not registered" errors. */
public class SchemaTestTable extends Table {
    public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
}
