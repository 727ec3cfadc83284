package dev.qlio.orm.autoconfigure.integration;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;

@TableName("qlio_starter_ledger")
public class Ledger extends Table {

    public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();

    public static final Column<String> OWNER = column(SqlType.varchar(64)).notNull();

    public static final Column<Integer> AMOUNT = column(SqlType.INTEGER).notNull();

    public static Ledger of(String owner, int amount) {
        Ledger ledger = new Ledger();
        ledger.set(OWNER, owner);
        ledger.set(AMOUNT, amount);
        return ledger;
    }
}
