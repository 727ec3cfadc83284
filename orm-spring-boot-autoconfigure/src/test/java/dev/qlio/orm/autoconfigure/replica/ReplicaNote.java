package dev.qlio.orm.autoconfigure.replica;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;

/** A row the replica suite writes on the primary and reads back from either side. */
@TableName("qlio_replica_note")
public class ReplicaNote extends Table {

    public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();

    public static final Column<String> BODY = column(SqlType.varchar(64)).notNull();

    public static ReplicaNote of(String body) {
        ReplicaNote note = new ReplicaNote();
        note.set(BODY, body);
        return note;
    }
}
