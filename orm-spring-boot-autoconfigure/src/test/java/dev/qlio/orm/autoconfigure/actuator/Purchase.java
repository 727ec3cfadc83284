package dev.qlio.orm.autoconfigure.actuator;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Relationship;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;

@TableName("qa_purchase")
public class Purchase extends Table {
    public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
    public static final Column<Long> CUSTOMER_ID =
            column(SqlType.BIGINT).notNull().references("qa_customer.id");
    public static final Column<String> ITEM = column(SqlType.TEXT).notNull();
    public static final Column<String> NOTE = column(SqlType.TEXT);
    public static final Relationship<Customer> CUSTOMER =
            Relationship.manyToOne(Customer.class).backref("purchases");
}
