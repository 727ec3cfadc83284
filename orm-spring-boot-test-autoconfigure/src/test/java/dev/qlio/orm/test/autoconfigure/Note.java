package dev.qlio.orm.test.autoconfigure;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;

@TableName("qlio_slice_note")
public class Note extends Table {

    public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();

    public static final Column<String> TEXT = column(SqlType.TEXT).notNull();

    static Note of(String text) {
        Note note = new Note();
        note.set(TEXT, text);
        return note;
    }
}
