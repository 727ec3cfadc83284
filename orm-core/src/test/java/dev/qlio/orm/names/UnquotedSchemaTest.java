package dev.qlio.orm.names;

import dev.qlio.orm.testing.TestDatabase;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@link UnquotedSchemaSuite} on each database; two spellings where a database can hold both. */
class UnquotedSchemaTest {

    /** The suite where one table can exist in two spellings. */
    abstract static class CaseSensitive extends UnquotedSchemaSuite {
        CaseSensitive(TestDatabase database) {
            super(database);
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
    class H2 extends CaseSensitive {
        H2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    class PostgreSQL extends CaseSensitive {
        PostgreSQL() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    class MariaDB extends CaseSensitive {
        MariaDB() {
            super(TestDatabase.MARIADB);
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
