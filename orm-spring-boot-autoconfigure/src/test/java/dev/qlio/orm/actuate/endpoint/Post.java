package dev.qlio.orm.actuate.endpoint;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Index;
import dev.qlio.orm.schema.Relationship;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;
import java.math.BigDecimal;

@TableName("qe_post")
public class Post extends Table {
    public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
    public static final Column<Long> WRITER_ID =
            column(SqlType.BIGINT).notNull().references("qe_writer.id");
    public static final Column<Long> REVIEWER_ID =
            column(SqlType.BIGINT).references("qe_writer.id");
    public static final Column<String> TITLE = column(SqlType.TEXT).notNull();
    public static final Column<BigDecimal> PRICE = column(SqlType.numeric(10, 2));
    public static final Column<Integer> VERSION = column(SqlType.INTEGER).version();
    public static final Relationship<Writer> WRITER =
            Relationship.manyToOne(Writer.class).via("writer_id").backref("posts");
    public static final Index BY_TITLE = Index.on(TITLE);
}
