package dev.qlio.orm.internal.ddl;

import static dev.qlio.orm.internal.ddl.GoldenTables.qlioNames;
import static dev.qlio.orm.internal.ddl.GoldenTables.renderer;
import static dev.qlio.orm.internal.ddl.GoldenTables.sql;
import static dev.qlio.orm.internal.ddl.GoldenTables.tables;
import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.internal.ddl.GoldenTables.Author;
import dev.qlio.orm.internal.ddl.GoldenTables.Book;
import dev.qlio.orm.internal.ddl.GoldenTables.CycleA;
import dev.qlio.orm.internal.ddl.GoldenTables.CycleB;
import dev.qlio.orm.internal.ddl.GoldenTables.Kinds;
import dev.qlio.orm.internal.ddl.GoldenTables.Review;
import dev.qlio.orm.internal.ddl.GoldenTables.ShelfEntry;
import dev.qlio.orm.schema.TableMeta;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The exact DDL rendered for SQLite, without a database. {@code DdlTest} proves the same statements
 * on a live server.
 */
class SqliteDdlGoldenTest {

    private final DdlRenderer renderer = renderer(Dialect.SQLITE);

    /** One column of every standard type, a SERIAL key, NOT NULL. */
    @Test
    void createsEveryStandardType() {
        assertThat(sql(this.renderer.createTables(tables(Kinds.class))))
                .containsExactly(
                        "CREATE TABLE IF NOT EXISTS \"g_kinds\" (\"id\" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "
                                + "\"a_smallint\" INTEGER NOT NULL, \"an_integer\" INTEGER, "
                                + "\"a_bigint\" INTEGER, \"a_real\" REAL, \"a_double\" REAL, \"a_numeric\" TEXT, "
                                + "\"a_boolean\" BOOLEAN NOT NULL, \"a_text\" TEXT, \"a_varchar\" VARCHAR(200), "
                                + "\"a_date\" TEXT, \"a_timestamp\" TEXT, \"a_timestamptz\" TEXT, "
                                + "\"some_bytes\" BLOB, \"a_uuid\" TEXT, \"a_json\" TEXT, \"a_mood\" VARCHAR(32))");
    }

    /**
     * A Qlio-side {@code defaultValue} is no DDL default; a unique column gets a unique index (see
     * {@link IndexStatements#uniqueAsIndex()}).
     */
    @Test
    void createsAutoincrementKeyUniqueColumnServerDefaultsAndIndexes() {
        assertThat(sql(this.renderer.createTables(tables(Author.class))))
                .containsExactly(
                        "CREATE TABLE IF NOT EXISTS \"g_author\" (\"id\" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "
                                + "\"email\" VARCHAR(64) NOT NULL, \"score\" INTEGER DEFAULT 0 NOT NULL, "
                                + "\"status\" VARCHAR(16) DEFAULT 'new', \"joined\" TEXT, \"region\" VARCHAR(8))",
                        "CREATE UNIQUE INDEX \"uq_g_author_email\" ON \"g_author\" (\"email\")",
                        "CREATE INDEX \"g_author_region_idx\" ON \"g_author\" (\"region\")",
                        "CREATE UNIQUE INDEX \"g_author_region_score\" ON \"g_author\" (\"region\", \"score\")");
    }

    /** Registration order does not matter; a self-reference is declared with its table. */
    @Test
    void createsParentsBeforeChildrenWithForeignKeysInline() {
        assertThat(sql(this.renderer.createTables(tables(Book.class, Author.class))))
                .containsExactly(
                        "CREATE TABLE IF NOT EXISTS \"g_author\" (\"id\" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "
                                + "\"email\" VARCHAR(64) NOT NULL, \"score\" INTEGER DEFAULT 0 NOT NULL, "
                                + "\"status\" VARCHAR(16) DEFAULT 'new', \"joined\" TEXT, \"region\" VARCHAR(8))",
                        "CREATE UNIQUE INDEX \"uq_g_author_email\" ON \"g_author\" (\"email\")",
                        "CREATE INDEX \"g_author_region_idx\" ON \"g_author\" (\"region\")",
                        "CREATE UNIQUE INDEX \"g_author_region_score\" ON \"g_author\" (\"region\", \"score\")",
                        "CREATE TABLE IF NOT EXISTS \"g_book\" (\"id\" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "
                                + "\"author_id\" INTEGER NOT NULL, \"title\" TEXT NOT NULL, "
                                + "\"sequel_id\" INTEGER, "
                                + "CONSTRAINT \"fk_g_book_author_id\" FOREIGN KEY (\"author_id\")"
                                + " REFERENCES \"g_author\" (\"id\"), "
                                + "CONSTRAINT \"fk_g_book_sequel_id\" FOREIGN KEY (\"sequel_id\")"
                                + " REFERENCES \"g_book\" (\"id\"))");
    }

    /** A composite key is a table constraint; a key column may also be a foreign key. */
    @Test
    void createsCompositePrimaryKey() {
        assertThat(sql(this.renderer.createTables(tables(ShelfEntry.class))))
                .containsExactly(
                        "CREATE TABLE IF NOT EXISTS \"g_shelf_entry\" (\"book_id\" INTEGER NOT NULL, "
                                + "\"shelf\" INTEGER NOT NULL, \"position\" INTEGER NOT NULL, "
                                + "CONSTRAINT \"pk_g_shelf_entry\" PRIMARY KEY (\"book_id\", \"shelf\"), "
                                + "CONSTRAINT \"fk_g_shelf_entry_book_id\" FOREIGN KEY (\"book_id\")"
                                + " REFERENCES \"g_book\" (\"id\"))");
    }

    /**
     * SQLite accepts a foreign key to a table that does not exist yet, and cannot add one later.
     */
    @Test
    void declaresEveryKeyOfACycleInline() {
        assertThat(sql(this.renderer.createTables(tables(CycleA.class, CycleB.class))))
                .containsExactly(
                        "CREATE TABLE IF NOT EXISTS \"g_cycle_b\" (\"id\" INTEGER NOT NULL, "
                                + "\"a_id\" INTEGER, CONSTRAINT \"pk_g_cycle_b\" PRIMARY KEY (\"id\"), "
                                + "CONSTRAINT \"fk_g_cycle_b_a_id\" FOREIGN KEY (\"a_id\")"
                                + " REFERENCES \"g_cycle_a\" (\"id\"))",
                        "CREATE TABLE IF NOT EXISTS \"g_cycle_a\" (\"id\" INTEGER NOT NULL, "
                                + "\"b_id\" INTEGER, CONSTRAINT \"pk_g_cycle_a\" PRIMARY KEY (\"id\"), "
                                + "CONSTRAINT \"fk_g_cycle_a_b_id\" FOREIGN KEY (\"b_id\")"
                                + " REFERENCES \"g_cycle_b\" (\"id\"))");
    }

    /** The checks of the cycle's keys wait for the commit, when every table of it is gone. */
    @Test
    void dropsChildrenFirstDeferringForeignKeyChecksForACycle() {
        TableOrder order =
                this.renderer.order(
                        tables(
                                Book.class,
                                Author.class,
                                ShelfEntry.class,
                                CycleA.class,
                                CycleB.class));

        assertThat(sql(this.renderer.dropTables(order, qlioNames(order))))
                .containsExactly(
                        "PRAGMA defer_foreign_keys = ON",
                        "DROP TABLE IF EXISTS \"g_cycle_a\"",
                        "DROP TABLE IF EXISTS \"g_cycle_b\"",
                        "DROP TABLE IF EXISTS \"g_shelf_entry\"",
                        "DROP TABLE IF EXISTS \"g_book\"",
                        "DROP TABLE IF EXISTS \"g_author\"");
    }

    /** {@code DROP TABLE IF EXISTS}. */
    @Test
    void dropsOneTable() {
        assertThat(sql(List.of(this.renderer.dropTable(TableMeta.of(Author.class)))))
                .containsExactly("DROP TABLE IF EXISTS \"g_author\"");
    }

    /** SQLite cannot add a constraint: the reference is part of the column. */
    @Test
    void addsForeignKeyColumnWithItsIndex() {
        assertThat(sql(this.renderer.addColumn(Review.BOOK_ID)))
                .containsExactly(
                        "ALTER TABLE \"g_review\" ADD COLUMN \"book_id\" INTEGER"
                                + " REFERENCES \"g_book\" (\"id\")",
                        "CREATE INDEX \"g_review_book_id_idx\" ON \"g_review\" (\"book_id\")");
    }

    /** SQLite cannot add a {@code UNIQUE} column: a unique index follows it. */
    @Test
    void addsUniqueColumn() {
        assertThat(sql(this.renderer.addColumn(Review.CODE)))
                .containsExactly(
                        "ALTER TABLE \"g_review\" ADD COLUMN \"code\" VARCHAR(20)",
                        "CREATE UNIQUE INDEX \"uq_g_review_code\" ON \"g_review\" (\"code\")");
    }

    /** The server default fills the rows that exist. */
    @Test
    void addsNotNullColumnWithServerDefault() {
        assertThat(sql(this.renderer.addColumn(Review.NOTE)))
                .containsExactly(
                        "ALTER TABLE \"g_review\" ADD COLUMN \"note\" TEXT DEFAULT 'none' NOT NULL");
    }

    /**
     * SQLite refuses to drop an indexed column: Qlio drops its indexes first (foreign keys go with
     * the column).
     */
    @Test
    void dropsColumnAfterItsForeignKeyAndIndexes() {
        assertThat(sql(this.renderer.dropColumn(Review.BOOK_ID, List.of("fk_g_review_book_id"))))
                .containsExactly(
                        "DROP INDEX IF EXISTS \"g_review_book_id_idx\"",
                        "ALTER TABLE \"g_review\" DROP COLUMN \"book_id\"");
    }

    /** Its unique index goes first. */
    @Test
    void dropsUniqueColumn() {
        assertThat(sql(this.renderer.dropColumn(Review.CODE, List.of())))
                .containsExactly(
                        "DROP INDEX IF EXISTS \"uq_g_review_code\"",
                        "ALTER TABLE \"g_review\" DROP COLUMN \"code\"");
    }
}
