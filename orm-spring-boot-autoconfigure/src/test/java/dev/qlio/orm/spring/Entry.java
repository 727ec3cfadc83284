package dev.qlio.orm.spring;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;

@TableName("qlio_starter_entry")
public class Entry extends Table {

    public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();

    public static final Column<String> LABEL = column(SqlType.varchar(64)).notNull().unique();

    static Entry labelled(String label) {
        Entry entry = new Entry();
        entry.set(LABEL, label);
        return entry;
    }
}
