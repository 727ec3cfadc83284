package dev.qlio.benchmarks.peers;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;
import java.time.LocalDate;

/** Qlio's table class for {@code book}. */
@TableName("book")
public class QBook extends Table {
    public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
    public static final Column<Long> AUTHOR_ID =
            column(SqlType.BIGINT).notNull().references("author.id").index();
    public static final Column<String> TITLE = column(SqlType.varchar(200)).notNull();
    public static final Column<Integer> PAGES = column(SqlType.INTEGER).notNull();
    public static final Column<LocalDate> PUBLISHED = column(SqlType.DATE).notNull();
}
