package dev.qlio.orm.internal.ddl;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Index;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** Table classes of the DDL suite; every name is unique to it (the servers are shared). */
final class DdlTables {

    /** Every table name below, for cleaning up. */
    static final List<String> ALL =
            List.of(
                    "ddl_graded",
                    "ddl_rowid",
                    "ddl_child",
                    "ddl_parent",
                    "ddl_types",
                    "order",
                    "user",
                    Odd.NAME,
                    "ddl_membership",
                    "ddl_cycle_a",
                    "ddl_cycle_b",
                    "ddl_node",
                    "ddl_drift",
                    "ddl_never_created",
                    "ddl_evolving",
                    "ddl_defaults",
                    "ddl_strings");

    private DdlTables() {}

    enum Colour {
        RED,
        GREEN
    }

    @TableName("ddl_parent")
    public static class Parent extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<String> NAME = column(SqlType.varchar(64)).notNull().unique();
        public static final Column<Integer> CODE = column(SqlType.INTEGER).index();
        public static final Column<String> REGION = column(SqlType.varchar(16));
        public static final Index BY_CODE_REGION =
                Index.on(CODE, REGION).unique().named("ddl_parent_code_region");

        public Parent() {}
    }

    @TableName("ddl_child")
    public static class Child extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<Long> PARENT_ID =
                column(SqlType.BIGINT).notNull().references("ddl_parent.id");
        public static final Column<String> NOTE = column(SqlType.TEXT);

        public Child() {}
    }

    /** One column of every standard type. */
    @TableName("ddl_types")
    public static class Types extends Table {
        public static final Column<Integer> ID = column(SqlType.SERIAL).primaryKey();
        public static final Column<Short> A_SMALLINT = column(SqlType.SMALLINT).notNull();
        public static final Column<Integer> AN_INTEGER = column(SqlType.INTEGER);
        public static final Column<Long> A_BIGINT = column(SqlType.BIGINT);
        public static final Column<Float> A_REAL = column(SqlType.REAL);
        public static final Column<Double> A_DOUBLE = column(SqlType.DOUBLE);
        public static final Column<BigDecimal> A_NUMERIC = column(SqlType.numeric(12, 3));
        public static final Column<Boolean> A_BOOLEAN = column(SqlType.BOOLEAN).notNull();
        public static final Column<String> A_TEXT = column(SqlType.TEXT);
        public static final Column<String> A_VARCHAR = column(SqlType.varchar(200));
        public static final Column<LocalDate> A_DATE = column(SqlType.DATE);
        public static final Column<LocalDateTime> A_TIMESTAMP = column(SqlType.TIMESTAMP);
        public static final Column<Instant> A_TIMESTAMPTZ = column(SqlType.TIMESTAMPTZ);
        public static final Column<byte[]> SOME_BYTES = column(SqlType.BYTES);
        public static final Column<UUID> A_UUID = column(SqlType.UUID);
        public static final Column<String> A_JSON = column(SqlType.JSON);
        public static final Column<Colour> AN_ENUM = column(SqlType.enumOf(Colour.class));

        public Types() {}
    }

    @TableName("order")
    public static class Order extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<Long> USER =
                column(SqlType.BIGINT).named("user").references("user.select");
        public static final Column<String> GROUP =
                column(SqlType.varchar(10)).named("group").index();

        public Order() {}
    }

    @TableName("user")
    public static class User extends Table {
        public static final Column<Long> SELECT =
                column(SqlType.BIGINT).named("select").primaryKey();
        public static final Column<String> FROM = column(SqlType.TEXT).named("from").notNull();

        public User() {}
    }

    /** A table and column whose names hold a space, a double quote and a backtick. */
    @TableName(Odd.NAME)
    public static class Odd extends Table {
        static final String NAME = "ddl odd \"q\" `b`";
        static final String COLUMN = "my \"col\" `x`";
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<String> VALUE =
                column(SqlType.varchar(20)).named(COLUMN).unique();

        public Odd() {}
    }

    @TableName("ddl_membership")
    public static class Membership extends Table {
        public static final Column<Long> USER_ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Long> GROUP_ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<String> ROLE = column(SqlType.varchar(16)).notNull();

        public Membership() {}
    }

    @TableName("ddl_cycle_a")
    public static class CycleA extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Long> B_ID = column(SqlType.BIGINT).references("ddl_cycle_b.id");

        public CycleA() {}
    }

    @TableName("ddl_cycle_b")
    public static class CycleB extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Long> A_ID = column(SqlType.BIGINT).references("ddl_cycle_a.id");

        public CycleB() {}
    }

    @TableName("ddl_node")
    public static class Node extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<Long> PARENT = column(SqlType.BIGINT).references("ddl_node.id");

        public Node() {}
    }

    /** Created by hand with one difference of each severity. */
    @TableName("ddl_graded")
    public static class Graded extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<String> CODE = column(SqlType.varchar(30)).notNull().unique();
        public static final Column<String> TITLE = column(SqlType.varchar(30));
        public static final Column<String> NOTE = column(SqlType.TEXT);
        public static final Column<String> LABEL = column(SqlType.varchar(10)).notNull();

        public Graded() {}
    }

    /** SQLite's rowid key, as a hand-written schema declares it. */
    @TableName("ddl_rowid")
    public static class Rowid extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<String> NAME = column(SqlType.TEXT);

        public Rowid() {}
    }

    /** Created by hand, differently, to be validated. */
    @TableName("ddl_drift")
    public static class Drift extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<String> NAME = column(SqlType.varchar(64)).notNull();
        public static final Column<Integer> COUNT = column(SqlType.INTEGER);
        public static final Column<String> LABEL = column(SqlType.TEXT).notNull();
        public static final Column<String> GONE = column(SqlType.TEXT);

        public Drift() {}
    }

    @TableName("ddl_never_created")
    public static class NeverCreated extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();

        public NeverCreated() {}
    }

    @TableName("ddl_evolving")
    public static class Evolving extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<String> TITLE = column(SqlType.varchar(40)).notNull();
        public static final Column<String> CODE = column(SqlType.varchar(20)).unique();
        public static final Column<Integer> RANK = column(SqlType.INTEGER).index();
        public static final Column<String> NOTE = column(SqlType.TEXT);
        public static final Column<Long> PARENT_ID =
                column(SqlType.BIGINT).references("ddl_parent.id");

        public Evolving() {}
    }

    @TableName("ddl_defaults")
    public static class Defaults extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<Integer> LEVEL =
                column(SqlType.INTEGER).notNull().serverDefault("42");
        public static final Column<String> LABEL =
                column(SqlType.varchar(10)).serverDefault("'none'");

        public Defaults() {}
    }

    @TableName("ddl_strings")
    public static class Strings extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<String> S = column(SqlType.varchar(20)).notNull();

        public Strings() {}
    }
}
