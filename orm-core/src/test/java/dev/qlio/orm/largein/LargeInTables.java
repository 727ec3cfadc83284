package dev.qlio.orm.largein;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Relationship;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** Tables of the large-IN tests. */
final class LargeInTables {

    static final String[] NAMES = {"li_child", "li_row"};

    private LargeInTables() {}

    static TableMetadata metadata() {
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(Row.class);
        metadata.registerTable(Child.class);
        metadata.setupTables();
        return metadata;
    }

    /**
     * One row per value of each typed column; some indexed (H2 joins long lists on those), some
     * not.
     */
    @TableName("li_row")
    public static class Row extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<String> CODE = column(SqlType.varchar(40)).notNull().index();
        public static final Column<String> NOTE = column(SqlType.TEXT);
        public static final Column<Instant> AT = column(SqlType.TIMESTAMPTZ).index();
        public static final Column<LocalDate> DAY = column(SqlType.DATE).index();
        public static final Column<UUID> UID = column(SqlType.UUID).index();
        public static final Column<Integer> NUM = column(SqlType.INTEGER).index();
        public static final Column<BigDecimal> AMOUNT = column(SqlType.numeric(20, 3)).index();
        public static final Column<Double> RATIO = column(SqlType.DOUBLE);
        public static final Column<Float> SCORE = column(SqlType.REAL);
        public static final Column<LocalDateTime> LOCAL = column(SqlType.TIMESTAMP).index();
        public static final Column<byte[]> BIN = column(SqlType.BYTES);
        public static final Column<Boolean> FLAG = column(SqlType.BOOLEAN);
        public static final Relationship<Child> CHILDREN = Relationship.oneToMany(Child.class);
    }

    /** A child of each row, loaded with the SELECT strategy over every parent key. */
    @TableName("li_child")
    public static class Child extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Long> ROW_ID = column(SqlType.BIGINT).references("li_row.id");
    }
}
