package dev.qlio.orm.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The test infrastructure itself, on every database. */
class TestDatabaseTest {

    abstract static class Suite extends DatabaseSuite {
        Suite(TestDatabase database) {
            super(database);
        }

        @BeforeEach
        void clean() {
            this.database.dropTables("qlio_infra_child", "qlio_infra");
        }

        @Test
        void connectsWithTheDialectOfTheDatabase() throws Exception {
            try (var c = dataSource().getConnection()) {
                assertThat(dev.qlio.orm.dialect.Dialect.detect(c)).isSameAs(dialect());
            }
        }

        @Test
        void dropTablesRemovesTablesEvenWhenReferenced() {
            jdbc().execute(
                            "CREATE TABLE "
                                    + quote("qlio_infra")
                                    + " ("
                                    + quote("id")
                                    + " INTEGER PRIMARY KEY)");
            jdbc().execute(
                            "CREATE TABLE "
                                    + quote("qlio_infra_child")
                                    + " ("
                                    + quote("id")
                                    + " INTEGER PRIMARY KEY, "
                                    + quote("parent")
                                    + " INTEGER REFERENCES "
                                    + quote("qlio_infra")
                                    + " ("
                                    + quote("id")
                                    + "))");
            assertThat(this.database.tableExists("qlio_infra")).isTrue();
            assertThat(this.database.columns("qlio_infra_child")).containsOnlyKeys("id", "parent");
            assertThat(this.database.primaryKey("qlio_infra_child")).containsExactly("id");

            this.database.dropTables("qlio_infra", "qlio_infra_child");

            assertThat(this.database.tableExists("qlio_infra")).isFalse();
            assertThat(this.database.tableExists("qlio_infra_child")).isFalse();
        }

        @Test
        void storesFourByteCharactersExactly() {
            jdbc().execute(
                            "CREATE TABLE "
                                    + quote("qlio_infra")
                                    + " ("
                                    + quote("id")
                                    + " INTEGER PRIMARY KEY, "
                                    + quote("s")
                                    + " VARCHAR(20))");
            jdbc().update(
                            "INSERT INTO " + quote("qlio_infra") + " VALUES (1, ?)",
                            "a\uD83D\uDE00b");
            assertThat(
                            jdbc().queryForObject(
                                            "SELECT " + quote("s") + " FROM " + quote("qlio_infra"),
                                            String.class))
                    .isEqualTo("a\uD83D\uDE00b");
        }
    }

    @Nested
    class H2 extends Suite {
        H2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    class PostgreSQL extends Suite {
        PostgreSQL() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    class MariaDB extends Suite {
        MariaDB() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    class SQLite extends Suite {
        SQLite() {
            super(TestDatabase.SQLITE);
        }
    }
}
