package dev.qlio.orm.reliability;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The tables of {@link WrongRowSuite}: issue 23's rows no caller named. */
final class WrongRowTables {

    static final String[] NAMES = {"wr_child", "wr_parent", "wr_person", "wr_seq", "wr_doc"};

    private WrongRowTables() {}

    static TableMetadata metadata() {
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(Person.class);
        metadata.registerTable(Parent.class);
        metadata.registerTable(Child.class);
        metadata.registerTable(Seq.class);
        metadata.registerTable(Doc.class);
        metadata.registerTable(Slow.class);
        metadata.setupTables();
        return metadata;
    }

    static Person person(long id, String email, String name) {
        Person p = new Person();
        p.set(Person.ID, id);
        p.set(Person.EMAIL, email);
        p.set(Person.NAME, name);
        return p;
    }

    /** A primary key and a second unique key. */
    @TableName("wr_person")
    public static class Person extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<String> EMAIL = column(SqlType.varchar(64)).notNull().unique();
        public static final Column<String> NAME = column(SqlType.varchar(64));
        public static final Column<BigDecimal> AMOUNT = column(SqlType.numeric(10, 2));
        public static final Column<LocalDate> BORN = column(SqlType.DATE);
    }

    @TableName("wr_parent")
    public static class Parent extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
    }

    @TableName("wr_child")
    public static class Child extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Long> PARENT_ID =
                column(SqlType.BIGINT).notNull().references("wr_parent.id");
    }

    /** Generated keys. */
    @TableName("wr_seq")
    public static class Seq extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<Integer> N = column(SqlType.INTEGER).notNull();
    }

    @TableName("wr_doc")
    public static class Doc extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<String> BODY = column(SqlType.JSON_TEXT);
        public static final Column<String> PARSED = column(SqlType.JSON);
    }

    /** A view that takes about three seconds to read (created by the suite, not by DDL). */
    @TableName("wr_slow")
    public static class Slow extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
    }
}
