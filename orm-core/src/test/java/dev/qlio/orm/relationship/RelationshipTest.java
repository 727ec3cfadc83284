package dev.qlio.orm.relationship;

import dev.qlio.orm.testing.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link RelationshipSuite} on each database. */
class RelationshipTest {

    @Nested
    class H2 extends RelationshipSuite {
        H2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    class PostgreSQL extends RelationshipSuite {
        PostgreSQL() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    class MariaDB extends RelationshipSuite {
        MariaDB() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    class SQLite extends RelationshipSuite {
        SQLite() {
            super(TestDatabase.SQLITE);
        }
    }
}
