package dev.qlio.orm.internal.ddl;

import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.internal.render.Spellings;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.ForeignKey;
import dev.qlio.orm.schema.Index;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMeta;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Tables of the golden DDL tests, and helpers rendering them without a database. */
final class GoldenTables {

    private GoldenTables() {}

    /** A renderer for a dialect over a registry of the given tables, set up. */
    @SafeVarargs
    static DdlRenderer renderer(Dialect dialect, Class<? extends Table>... tables) {
        return new DdlRenderer(dialect, metadata(tables), new Spellings());
    }

    @SafeVarargs
    static TableMetadata metadata(Class<? extends Table>... tables) {
        TableMetadata metadata = new TableMetadata();
        for (Class<? extends Table> table : tables) {
            metadata.registerTable(table);
        }
        metadata.setupTables();
        return metadata;
    }

    /** The tables of classes, in the order given. */
    @SafeVarargs
    static List<TableMeta<?>> tables(Class<? extends Table>... tables) {
        return Arrays.stream(tables).<TableMeta<?>>map(TableMeta::of).toList();
    }

    /**
     * Every table below registered, and a renderer for the dialect over them: the tables the golden
     * tests render.
     */
    static DdlRenderer renderer(Dialect dialect) {
        return renderer(
                dialect,
                Kinds.class,
                Author.class,
                Book.class,
                ShelfEntry.class,
                CycleA.class,
                CycleB.class,
                Review.class);
    }

    /**
     * For each reference closing a cycle, the name a live database reports for its constraint: the
     * name Qlio gave it.
     */
    static Map<ForeignKey, List<String>> qlioNames(TableOrder order) {
        Map<ForeignKey, List<String>> names = new LinkedHashMap<>();
        for (ForeignKey fk : order.cyclic()) {
            names.put(fk, List.of(fk.constraintName()));
        }
        return names;
    }

    /** The SQL of statements, in order. */
    static List<String> sql(List<DdlStatement> statements) {
        return statements.stream().map(DdlStatement::sql).toList();
    }

    enum Mood {
        CALM,
        ANGRY
    }

    /** One column of every standard type. */
    @TableName("g_kinds")
    public static class Kinds extends Table {
        // SERIAL and BIGSERIAL generate values (one such column per table; BIGSERIAL: g_book)
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
        public static final Column<Mood> A_MOOD = column(SqlType.enumOf(Mood.class));

        public Kinds() {}
    }

    /** Auto-increment, unique, server defaults, a Qlio-side default and indexes. */
    @TableName("g_author")
    public static class Author extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<String> EMAIL = column(SqlType.varchar(64)).notNull().unique();
        public static final Column<Integer> SCORE =
                column(SqlType.INTEGER).notNull().serverDefault("0");
        public static final Column<String> STATUS =
                column(SqlType.varchar(16)).serverDefault("'new'");
        // applied by Qlio on insert: no DEFAULT in the DDL
        public static final Column<Instant> JOINED =
                column(SqlType.TIMESTAMPTZ).defaultValue(Instant::now);
        public static final Column<String> REGION = column(SqlType.varchar(8)).index();
        public static final Index BY_REGION_SCORE =
                Index.on(REGION, SCORE).unique().named("g_author_region_score");

        public Author() {}
    }

    /** A BIGSERIAL key, a foreign key to its parent and one to itself. */
    @TableName("g_book")
    public static class Book extends Table {
        public static final Column<Long> ID = column(SqlType.BIGSERIAL).primaryKey();
        public static final Column<Long> AUTHOR_ID =
                column(SqlType.BIGINT).notNull().references("g_author.id");
        public static final Column<String> TITLE = column(SqlType.TEXT).notNull();
        public static final Column<Long> SEQUEL_ID = column(SqlType.BIGINT).references("g_book.id");

        public Book() {}
    }

    /** A composite primary key, one of whose columns is a foreign key. */
    @TableName("g_shelf_entry")
    public static class ShelfEntry extends Table {
        public static final Column<Long> BOOK_ID =
                column(SqlType.BIGINT).primaryKey().references("g_book.id");
        public static final Column<Integer> SHELF = column(SqlType.INTEGER).primaryKey();
        public static final Column<Integer> POSITION = column(SqlType.INTEGER).notNull();

        public ShelfEntry() {}
    }

    @TableName("g_cycle_a")
    public static class CycleA extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Long> B_ID = column(SqlType.BIGINT).references("g_cycle_b.id");

        public CycleA() {}
    }

    @TableName("g_cycle_b")
    public static class CycleB extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Long> A_ID = column(SqlType.BIGINT).references("g_cycle_a.id");

        public CycleB() {}
    }

    /** Columns to add to and drop from an existing table. */
    @TableName("g_review")
    public static class Review extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<Long> BOOK_ID =
                column(SqlType.BIGINT).references("g_book.id").index();
        public static final Column<String> CODE = column(SqlType.varchar(20)).unique();
        public static final Column<String> NOTE =
                column(SqlType.TEXT).notNull().serverDefault("'none'");

        public Review() {}
    }
}
