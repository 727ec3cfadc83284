package dev.qlio.orm.session;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Index;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** The tables the session suite works on. */
final class SessionTables {

    static final String[] NAMES = {
        "qs_user", "qs_types", "qs_versioned", "qs_membership", "order", "we\"ird tab`le"
    };

    private SessionTables() {}

    static TableMetadata metadata() {
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(User.class);
        metadata.registerTable(Types.class);
        metadata.registerTable(Versioned.class);
        metadata.registerTable(Membership.class);
        metadata.registerTable(Order.class);
        metadata.registerTable(Weird.class);
        metadata.setupTables();
        return metadata;
    }

    @TableName("qs_user")
    public static class User extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<String> USERNAME =
                column(SqlType.varchar(64)).notNull().unique();
        public static final Column<String> EMAIL = column(SqlType.TEXT);
        public static final Column<Integer> AGE = column(SqlType.INTEGER);
        public static final Column<String> STATUS =
                column(SqlType.varchar(16)).notNull().defaultValue("new");
        public static final Index BY_AGE = Index.on(AGE);
    }

    /** Color, for the enum column. */
    enum Color {
        RED,
        GREEN,
        BLUE
    }

    @TableName("qs_types")
    public static class Types extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Short> SMALL = column(SqlType.SMALLINT);
        public static final Column<Integer> INT = column(SqlType.INTEGER);
        public static final Column<Long> BIG = column(SqlType.BIGINT);
        public static final Column<Float> REAL = column(SqlType.REAL);
        public static final Column<Double> DBL = column(SqlType.DOUBLE);
        public static final Column<BigDecimal> NUM = column(SqlType.numeric(20, 6));
        public static final Column<Boolean> BOOL = column(SqlType.BOOLEAN);
        public static final Column<String> TXT = column(SqlType.TEXT);
        public static final Column<String> VC = column(SqlType.varchar(100));
        public static final Column<LocalDate> DAY = column(SqlType.DATE);
        public static final Column<LocalDateTime> TS = column(SqlType.TIMESTAMP);
        public static final Column<Instant> TSZ = column(SqlType.TIMESTAMPTZ);
        public static final Column<byte[]> BIN = column(SqlType.BYTES);
        public static final Column<UUID> UID = column(SqlType.UUID);
        public static final Column<String> DOC = column(SqlType.JSON);
        public static final Column<Color> COLOR = column(SqlType.enumOf(Color.class));
    }

    @TableName("qs_versioned")
    public static class Versioned extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<String> NAME = column(SqlType.TEXT);
        public static final Column<Integer> COUNTER =
                column(SqlType.INTEGER).notNull().defaultValue(0);
        public static final Column<Long> VERSION = column(SqlType.BIGINT).version();
    }

    @TableName("qs_membership")
    public static class Membership extends Table {
        public static final Column<Long> USER_ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Long> GROUP_ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<String> ROLE = column(SqlType.varchar(20));
    }

    /** Reserved words as table and column names. */
    @TableName("order")
    public static class Order extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<String> USER = column(SqlType.varchar(40)).named("user");
        public static final Column<String> SELECT = column(SqlType.varchar(40)).named("select");
    }

    /** Quotes, backticks and spaces in identifiers. */
    @TableName("we\"ird tab`le")
    public static class Weird extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<String> NAME = column(SqlType.varchar(40)).named("na\"me `x`");
    }
}
