package dev.qlio.orm.corners;

import dev.qlio.orm.testing.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link ContractCornersSuite} on each database. */
class ContractCornersTest {

    @Nested
    class H2 extends ContractCornersSuite {
        H2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    class PostgreSQL extends ContractCornersSuite {
        PostgreSQL() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    class MariaDB extends ContractCornersSuite {
        MariaDB() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    class SQLite extends ContractCornersSuite {
        SQLite() {
            super(TestDatabase.SQLITE);
        }
    }
}
