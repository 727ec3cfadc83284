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
 * The exact DDL rendered for MariaDB (and MySQL, which shares its dialect), without a database.
 * {@code DdlTest} proves the same statements on a live server.
 */
class MariaDbDdlGoldenTest {

    private final DdlRenderer renderer = renderer(Dialect.MARIADB);

    /** One column of every standard type, a SERIAL key, NOT NULL. */
    @Test
    void createsEveryStandardType() {
        assertThat(sql(this.renderer.createTables(tables(Kinds.class))))
                .containsExactly(
                        "CREATE TABLE IF NOT EXISTS `g_kinds` (`id` INTEGER AUTO_INCREMENT NOT NULL, "
                                + "`a_smallint` SMALLINT NOT NULL, `an_integer` INTEGER, "
                                + "`a_bigint` BIGINT, `a_real` DOUBLE, `a_double` DOUBLE, "
                                + "`a_numeric` NUMERIC(12, 3), `a_boolean` BOOLEAN NOT NULL, "
                                + "`a_text` LONGTEXT, `a_varchar` VARCHAR(200), `a_date` DATE, "
                                + "`a_timestamp` DATETIME(6), `a_timestamptz` DATETIME(6), "
                                + "`some_bytes` LONGBLOB, `a_uuid` CHAR(36), `a_json` LONGTEXT, "
                                + "`a_mood` VARCHAR(32), CONSTRAINT `pk_g_kinds` PRIMARY KEY (`id`))"
                                + " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin");
    }

    /**
     * A Qlio-side {@code defaultValue} is no DDL default; a unique column gets a named constraint.
     */
    @Test
    void createsAutoincrementKeyUniqueColumnServerDefaultsAndIndexes() {
        assertThat(sql(this.renderer.createTables(tables(Author.class))))
                .containsExactly(
                        "CREATE TABLE IF NOT EXISTS `g_author` (`id` BIGINT AUTO_INCREMENT NOT NULL, "
                                + "`email` VARCHAR(64) NOT NULL, `score` INTEGER DEFAULT 0 NOT NULL, "
                                + "`status` VARCHAR(16) DEFAULT 'new', `joined` DATETIME(6), "
                                + "`region` VARCHAR(8), CONSTRAINT `pk_g_author` PRIMARY KEY (`id`), "
                                + "CONSTRAINT `uq_g_author_email` UNIQUE (`email`)) ENGINE=InnoDB"
                                + " DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin",
                        "CREATE INDEX `g_author_region_idx` ON `g_author` (`region`)",
                        "CREATE UNIQUE INDEX `g_author_region_score` ON `g_author` (`region`, `score`)");
    }

    /** Registration order does not matter; a self-reference is declared with its table. */
    @Test
    void createsParentsBeforeChildrenWithForeignKeysInline() {
        assertThat(sql(this.renderer.createTables(tables(Book.class, Author.class))))
                .containsExactly(
                        "CREATE TABLE IF NOT EXISTS `g_author` (`id` BIGINT AUTO_INCREMENT NOT NULL, "
                                + "`email` VARCHAR(64) NOT NULL, `score` INTEGER DEFAULT 0 NOT NULL, "
                                + "`status` VARCHAR(16) DEFAULT 'new', `joined` DATETIME(6), "
                                + "`region` VARCHAR(8), CONSTRAINT `pk_g_author` PRIMARY KEY (`id`), "
                                + "CONSTRAINT `uq_g_author_email` UNIQUE (`email`)) ENGINE=InnoDB"
                                + " DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin",
                        "CREATE INDEX `g_author_region_idx` ON `g_author` (`region`)",
                        "CREATE UNIQUE INDEX `g_author_region_score` ON `g_author` (`region`, `score`)",
                        "CREATE TABLE IF NOT EXISTS `g_book` (`id` BIGINT AUTO_INCREMENT NOT NULL, "
                                + "`author_id` BIGINT NOT NULL, `title` LONGTEXT NOT NULL, "
                                + "`sequel_id` BIGINT, CONSTRAINT `pk_g_book` PRIMARY KEY (`id`), "
                                + "CONSTRAINT `fk_g_book_author_id` FOREIGN KEY (`author_id`)"
                                + " REFERENCES `g_author` (`id`), "
                                + "CONSTRAINT `fk_g_book_sequel_id` FOREIGN KEY (`sequel_id`)"
                                + " REFERENCES `g_book` (`id`)) ENGINE=InnoDB"
                                + " DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin");
    }

    /** A composite key is a table constraint; a key column may also be a foreign key. */
    @Test
    void createsCompositePrimaryKey() {
        assertThat(sql(this.renderer.createTables(tables(ShelfEntry.class))))
                .containsExactly(
                        "CREATE TABLE IF NOT EXISTS `g_shelf_entry` (`book_id` BIGINT NOT NULL, "
                                + "`shelf` INTEGER NOT NULL, `position` INTEGER NOT NULL, "
                                + "CONSTRAINT `pk_g_shelf_entry` PRIMARY KEY (`book_id`, `shelf`), "
                                + "CONSTRAINT `fk_g_shelf_entry_book_id` FOREIGN KEY (`book_id`)"
                                + " REFERENCES `g_book` (`id`)) ENGINE=InnoDB"
                                + " DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin");
    }

    /** The table created first cannot reference the other yet. */
    @Test
    void closesACycleWithAlterTableOnceBothTablesExist() {
        assertThat(sql(this.renderer.createTables(tables(CycleA.class, CycleB.class))))
                .containsExactly(
                        "CREATE TABLE IF NOT EXISTS `g_cycle_b` (`id` BIGINT NOT NULL, "
                                + "`a_id` BIGINT, CONSTRAINT `pk_g_cycle_b` PRIMARY KEY (`id`))"
                                + " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin",
                        "CREATE TABLE IF NOT EXISTS `g_cycle_a` (`id` BIGINT NOT NULL, "
                                + "`b_id` BIGINT, CONSTRAINT `pk_g_cycle_a` PRIMARY KEY (`id`), "
                                + "CONSTRAINT `fk_g_cycle_a_b_id` FOREIGN KEY (`b_id`)"
                                + " REFERENCES `g_cycle_b` (`id`)) ENGINE=InnoDB"
                                + " DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin",
                        "ALTER TABLE `g_cycle_b` ADD CONSTRAINT `fk_g_cycle_b_a_id` FOREIGN KEY (`a_id`)"
                                + " REFERENCES `g_cycle_a` (`id`)");
    }

    /** The key is dropped by the name the live database reports. */
    @Test
    void dropsTheKeyClosingACycleThenChildrenBeforeParents() {
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
                        "ALTER TABLE `g_cycle_b` DROP FOREIGN KEY `fk_g_cycle_b_a_id`",
                        "DROP TABLE IF EXISTS `g_cycle_a`",
                        "DROP TABLE IF EXISTS `g_cycle_b`",
                        "DROP TABLE IF EXISTS `g_shelf_entry`",
                        "DROP TABLE IF EXISTS `g_book`",
                        "DROP TABLE IF EXISTS `g_author`");
    }

    /** {@code DROP TABLE IF EXISTS}. */
    @Test
    void dropsOneTable() {
        assertThat(sql(List.of(this.renderer.dropTable(TableMeta.of(Author.class)))))
                .containsExactly("DROP TABLE IF EXISTS `g_author`");
    }

    /** The foreign key is a named constraint added after the column. */
    @Test
    void addsForeignKeyColumnWithItsIndex() {
        assertThat(sql(this.renderer.addColumn(Review.BOOK_ID)))
                .containsExactly(
                        "ALTER TABLE `g_review` ADD COLUMN `book_id` BIGINT",
                        "ALTER TABLE `g_review` ADD CONSTRAINT `fk_g_review_book_id` FOREIGN KEY (`book_id`)"
                                + " REFERENCES `g_book` (`id`)",
                        "CREATE INDEX `g_review_book_id_idx` ON `g_review` (`book_id`)");
    }

    /** The unique constraint is added after the column. */
    @Test
    void addsUniqueColumn() {
        assertThat(sql(this.renderer.addColumn(Review.CODE)))
                .containsExactly(
                        "ALTER TABLE `g_review` ADD COLUMN `code` VARCHAR(20)",
                        "ALTER TABLE `g_review` ADD CONSTRAINT `uq_g_review_code` UNIQUE (`code`)");
    }

    /** The server default fills the rows that exist. */
    @Test
    void addsNotNullColumnWithServerDefault() {
        assertThat(sql(this.renderer.addColumn(Review.NOTE)))
                .containsExactly(
                        "ALTER TABLE `g_review` ADD COLUMN `note` LONGTEXT DEFAULT 'none' NOT NULL");
    }

    /**
     * MariaDB refuses to drop a column a foreign key uses: the key goes first, by its live name.
     */
    @Test
    void dropsColumnAfterItsForeignKeyAndIndexes() {
        assertThat(sql(this.renderer.dropColumn(Review.BOOK_ID, List.of("fk_g_review_book_id"))))
                .containsExactly(
                        "ALTER TABLE `g_review` DROP FOREIGN KEY `fk_g_review_book_id`",
                        "ALTER TABLE `g_review` DROP COLUMN `book_id`");
    }

    /** Its unique constraint goes with it. */
    @Test
    void dropsUniqueColumn() {
        assertThat(sql(this.renderer.dropColumn(Review.CODE, List.of())))
                .containsExactly("ALTER TABLE `g_review` DROP COLUMN `code`");
    }
}
