package dev.qlio.orm.spring.retry;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;

/** The account the declarative retry suite deposits to. */
@TableName("qlio_retry_account")
public class RetryAccount extends Table {

    public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();

    public static final Column<Long> BALANCE = column(SqlType.BIGINT).notNull();
}
