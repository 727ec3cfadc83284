package dev.qlio.benchmarks.peers;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Relationship;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Qlio's table class for {@code author}. */
@TableName("author")
public class QAuthor extends Table {
    public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
    public static final Column<String> NAME = column(SqlType.varchar(100)).notNull();
    public static final Column<String> EMAIL = column(SqlType.varchar(200));
    public static final Column<LocalDate> BORN = column(SqlType.DATE).notNull();
    public static final Column<Double> RATING = column(SqlType.DOUBLE).notNull();
    public static final Column<Boolean> ACTIVE = column(SqlType.BOOLEAN).notNull();
    public static final Column<LocalDateTime> CREATED_AT = column(SqlType.TIMESTAMP).notNull();
    public static final Column<Integer> SCORE = column(SqlType.INTEGER).notNull();
    public static final Relationship<QBook> BOOKS = Relationship.oneToMany(QBook.class);
}
