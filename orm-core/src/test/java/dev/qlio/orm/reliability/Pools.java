package dev.qlio.orm.reliability;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.qlio.orm.testing.TestDatabase;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Dedicated small HikariCP pools for the pool and fault tests (never the shared ones of {@link
 * TestDatabase}): the tests saturate, kill and inspect them. Close them.
 */
final class Pools {

    private Pools() {}

    static HikariDataSource create(
            TestDatabase database, String name, int size, Consumer<HikariConfig> customizer) {
        database.assumeAvailable();
        HikariConfig config = new HikariConfig();
        config.setPoolName("qlio-rel-" + name + "-" + database.id());
        config.setJdbcUrl(database.url());
        config.setUsername(setting(database, "user", defaultUser(database)));
        config.setPassword(setting(database, "password", ""));
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(5_000);
        // the shared pools' per-JVM namespace (TestDatabase creates it in assumeAvailable)
        String namespace = "qlio_run_" + ProcessHandle.current().pid();
        if (database == TestDatabase.POSTGRESQL) {
            config.setSchema(namespace);
        }
        if (database == TestDatabase.MARIADB) {
            config.setCatalog(namespace);
        }
        if (database == TestDatabase.SQLITE) {
            config.addDataSourceProperty("foreign_keys", "true");
            config.addDataSourceProperty("busy_timeout", "10000");
        }
        customizer.accept(config);
        return new HikariDataSource(config);
    }

    private static String defaultUser(TestDatabase database) {
        return switch (database) {
            case POSTGRESQL -> "postgres";
            case MARIADB -> "root";
            case H2 -> "sa";
            case SQLITE -> "";
        };
    }

    /** Same lookup as {@link TestDatabase}: system property, then environment variable. */
    private static String setting(TestDatabase database, String name, String fallback) {
        String key = database == TestDatabase.POSTGRESQL ? "pg" : database.id();
        String value = System.getProperty("qlio.test." + key + "." + name);
        if (value == null || value.isBlank()) {
            value =
                    System.getenv(
                            "QLIO_TEST_"
                                    + key.toUpperCase(Locale.ROOT)
                                    + "_"
                                    + name.toUpperCase(Locale.ROOT));
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
