package dev.qlio.orm.names;

import dev.qlio.orm.testing.TestDatabase;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@link UnquotedSchemaSuite} on each database; two spellings where a database can hold both. */
class UnquotedSchemaTest {

    @Nested
    class H2 extends UnquotedSchemaSuite {
        H2() {
            super(TestDatabase.H2);
        }

        @Test
        void twoSpellings() {
            twoSpellingsAreRefused();
        }

        @Test
        void exactCase() {
            exactCaseRefusesAnotherSpelling();
        }
    }

    @Nested
    class PostgreSQL extends UnquotedSchemaSuite {
        PostgreSQL() {
            super(TestDatabase.POSTGRESQL);
        }

        @Test
        void twoSpellings() {
            twoSpellingsAreRefused();
        }

        @Test
        void exactCase() {
            exactCaseRefusesAnotherSpelling();
        }
    }

    @Nested
    class MariaDB extends UnquotedSchemaSuite {
        MariaDB() {
            super(TestDatabase.MARIADB);
        }

        @Test
        void twoSpellings() {
            twoSpellingsAreRefused();
        }

        @Test
        void exactCase() {
            exactCaseRefusesAnotherSpelling();
        }
    }

    /** SQLite compares table names ignoring case: one table, however spelled. */
    @Nested
    class SQLite extends UnquotedSchemaSuite {
        SQLite() {
            super(TestDatabase.SQLITE);
        }

        @Test
        void exactCase() {
            exactCaseRefusesAnotherSpelling();
        }
    }
}
