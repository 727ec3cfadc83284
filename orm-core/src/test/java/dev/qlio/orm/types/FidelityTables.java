package dev.qlio.orm.types;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** The table the type-fidelity suite writes every edge value to: one column per type. */
final class FidelityTables {

    static final String NAME = "qf_fidelity";

    private FidelityTables() {}

    static TableMetadata metadata() {
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(Fidelity.class);
        metadata.setupTables();
        return metadata;
    }

    /** A shrunken enum: the database may hold names it no longer has. */
    enum Color {
        RED,
        GREEN,
        UNKNOWN
    }

    @TableName(NAME)
    public static class Fidelity extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Short> SMALL = column(SqlType.SMALLINT);
        public static final Column<Integer> INT = column(SqlType.INTEGER);
        public static final Column<Long> BIG = column(SqlType.BIGINT);
        public static final Column<Float> REAL = column(SqlType.REAL);
        public static final Column<Double> DBL = column(SqlType.DOUBLE);
        public static final Column<BigDecimal> NUM = column(SqlType.numeric(10, 2));
        public static final Column<Boolean> BOOL = column(SqlType.BOOLEAN);
        public static final Column<String> TXT = column(SqlType.TEXT);
        public static final Column<String> VC = column(SqlType.varchar(10));
        public static final Column<LocalDate> DAY = column(SqlType.DATE);
        public static final Column<LocalDateTime> TS = column(SqlType.TIMESTAMP);
        public static final Column<Instant> TSZ = column(SqlType.TIMESTAMPTZ);
        public static final Column<byte[]> BIN = column(SqlType.BYTES);
        public static final Column<UUID> UID = column(SqlType.UUID);
        public static final Column<String> DOC = column(SqlType.JSON);
        public static final Column<Color> COLOR = column(SqlType.enumOf(Color.class));
        public static final Column<Color> COLOR_OR =
                column(SqlType.enumOf(Color.class).orElse(Color.UNKNOWN));
    }
}
