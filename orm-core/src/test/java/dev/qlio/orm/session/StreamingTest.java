package dev.qlio.orm.session;

import dev.qlio.orm.testing.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link StreamingSuite} on the databases with a server-side or native cursor. */
class StreamingTest {

    @Nested
    class PostgreSQL extends StreamingSuite {
        PostgreSQL() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    class MariaDB extends StreamingSuite {
        MariaDB() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    class SQLite extends StreamingSuite {
        SQLite() {
            super(TestDatabase.SQLITE);
        }
    }
}
