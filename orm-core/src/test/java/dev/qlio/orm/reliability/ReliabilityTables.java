package dev.qlio.orm.reliability;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The tables of the reliability suites; names start with {@code rel_} (shared test servers). */
final class ReliabilityTables {

    private ReliabilityTables() {}

    static TableMetadata metadata(Class<? extends Table>... tables) {
        TableMetadata metadata = new TableMetadata();
        for (Class<? extends Table> t : tables) {
            metadata.registerTable(t);
        }
        metadata.setupTables();
        return metadata;
    }

    /** A counter guarded by a version column. */
    @TableName("rel_counter")
    public static class Counter extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Long> HITS = column(SqlType.BIGINT).notNull();
        public static final Column<Long> VERSION = column(SqlType.BIGINT).version();
    }

    /** The same counter without a version column: the lost update is possible. */
    @TableName("rel_plain_counter")
    public static class PlainCounter extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Long> HITS = column(SqlType.BIGINT).notNull();
    }

    /** An account of the transfer test (no version: SERIALIZABLE protects it). */
    @TableName("rel_account")
    public static class Account extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Long> BALANCE = column(SqlType.BIGINT).notNull();
    }

    /** The ledger of committed transfers. */
    @TableName("rel_transfer")
    public static class Transfer extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<Long> SOURCE = column(SqlType.BIGINT).notNull();
        public static final Column<Long> TARGET = column(SqlType.BIGINT).notNull();
        public static final Column<Long> AMOUNT = column(SqlType.BIGINT).notNull();
    }

    /** Rows written by the fault-injection transactions: all of a transaction or none. */
    @TableName("rel_fault")
    public static class FaultRow extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<Integer> TX = column(SqlType.INTEGER).notNull();
        public static final Column<Integer> STEP = column(SqlType.INTEGER).notNull();
    }

    /** Hostile text payloads. */
    @TableName("rel_payload")
    public static class Payload extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<String> TXT = column(SqlType.TEXT);
        public static final Column<String> LABEL = column(SqlType.varchar(200));
    }

    /** Extreme numbers and dates. */
    @TableName("rel_extreme")
    public static class Extreme extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Integer> INT = column(SqlType.INTEGER);
        public static final Column<Long> BIG = column(SqlType.BIGINT);
        public static final Column<Double> DBL = column(SqlType.DOUBLE);
        public static final Column<BigDecimal> NUM = column(SqlType.numeric(20, 6));
        public static final Column<LocalDate> DAY = column(SqlType.DATE);
        public static final Column<LocalDateTime> TS = column(SqlType.TIMESTAMP);
        public static final Column<Instant> TSZ = column(SqlType.TIMESTAMPTZ);
    }

    /** A table that must survive every payload. */
    @TableName("rel_canary")
    public static class Canary extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
    }

    /** A table whose names try to break out of their quotes. */
    @TableName(HostileNames.TABLE)
    public static class HostileNames extends Table {
        static final String TABLE = "rel_h\"x'; DROP TABLE rel_canary;--";
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<String> TICK = column(SqlType.TEXT).named("c`ol\"umn");
        public static final Column<String> STATEMENT =
                column(SqlType.TEXT).named("x) ; DELETE FROM rel_canary; --");
    }

    /** A table whose name has a NUL character: refused at registration. */
    @TableName("rel_nul\u0000name")
    public static class NulName extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
    }
}
