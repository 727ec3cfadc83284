package dev.qlio.orm.testing;

import dev.qlio.orm.dialect.Dialect;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base of a test suite that runs unchanged on every {@link TestDatabase}.
 *
 * <p>Write the tests once in an abstract suite, then run it on each database from one test class
 * whose {@code @Nested} inner classes pick the database, so the report lists every test once per
 * database ({@code SessionTest > PostgreSQL > addInsertsRow()}):
 *
 * <pre>{@code
 * abstract class SessionSuite extends DatabaseSuite {
 *     SessionSuite(TestDatabase database) { super(database); }
 *
 *     @BeforeEach void cleanTables() { database.dropTables("session_users"); }
 *
 *     @Test void addInsertsRow() {
 *         ... Database.builder(dataSource(), metadata).dialect(dialect()).build() ...
 *         assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM " + quote("session_users"),
 *                 Long.class)).isEqualTo(1);
 *     }
 * }
 *
 * class SessionTest {   // the name surefire picks up
 *     @Nested class H2 extends SessionSuite { H2() { super(TestDatabase.H2); } }
 *     @Nested class PostgreSQL extends SessionSuite { PostgreSQL() { super(TestDatabase.POSTGRESQL); } }
 *     @Nested class MariaDB extends SessionSuite { MariaDB() { super(TestDatabase.MARIADB); } }
 *     @Nested class SQLite extends SessionSuite { SQLite() { super(TestDatabase.SQLITE); } }
 * }
 * }</pre>
 *
 * <p>Before each test the database is checked: unreachable means skipped, or failed when it is
 * listed in {@code QLIO_TEST_REQUIRE} (see {@link TestDatabase}). This {@code @BeforeEach} runs
 * before the suite's own.
 */
public abstract class DatabaseSuite {

    /** The database this instance of the suite runs on. */
    protected final TestDatabase database;

    /**
     * A suite on one database.
     *
     * @param database the database
     */
    protected DatabaseSuite(TestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void requireDatabase() {
        this.database.assumeAvailable();
    }

    /**
     * The database's shared pool.
     *
     * @return the data source
     */
    protected DataSource dataSource() {
        return this.database.dataSource();
    }

    /**
     * The database's dialect.
     *
     * @return the dialect
     */
    protected Dialect dialect() {
        return this.database.dialect();
    }

    /**
     * A {@link JdbcTemplate} to read results back independently of Qlio.
     *
     * @return the template
     */
    protected JdbcTemplate jdbc() {
        return this.database.jdbc();
    }

    /**
     * Quotes an identifier for this database.
     *
     * @param identifier the raw name
     * @return the quoted name
     */
    protected String quote(String identifier) {
        return this.database.quote(identifier);
    }
}
