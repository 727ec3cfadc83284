package dev.qlio.orm.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.autoconfigure.tables.drift.Drift;
import dev.qlio.orm.spring.schema.SchemaValidationException;
import dev.qlio.orm.testsupport.Postgres;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@code qlio.orm.ddl=validate} against a hand-made schema with four differences. */
class SchemaValidationFailureAnalyzerTests {

    private final ApplicationContextRunner contextRunner =
            new ApplicationContextRunner()
                    .withConfiguration(
                            AutoConfigurations.of(
                                    DataSourceAutoConfiguration.class, OrmAutoConfiguration.class))
                    .withUserConfiguration(DriftTables.class)
                    .withPropertyValues("qlio.orm.ddl=validate");

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void reportsEveryDifferenceInOneMessage(String database) {
        String[] properties = dataSourceProperties(database);
        createDriftedSchema(dataSource(properties));
        this.contextRunner
                .withPropertyValues(properties)
                .run(
                        (context) -> {
                            assertThat(context)
                                    .getFailure()
                                    .rootCause()
                                    .isInstanceOf(SchemaValidationException.class);
                            SchemaValidationException failure =
                                    (SchemaValidationException)
                                            rootCause(context.getStartupFailure());
                            assertThat(failure.getDifferences()).hasSize(4);
                            FailureAnalysis analysis =
                                    new SchemaValidationFailureAnalyzer()
                                            .analyze(context.getStartupFailure());
                            assertThat(analysis).isNotNull();
                            assertThat(analysis.getDescription())
                                    .contains("qlio.orm.ddl=validate found 4 differences")
                                    .contains("qlio_starter_missing")
                                    .contains(
                                            "qlio_starter_drift.name ("
                                                    + Drift.class.getName()
                                                    + ".NAME)")
                                    .contains(
                                            "qlio_starter_drift.amount ("
                                                    + Drift.class.getName()
                                                    + ".AMOUNT)")
                                    .contains(
                                            "qlio_starter_drift.note ("
                                                    + Drift.class.getName()
                                                    + ".NOTE)");
                            assertThat(analysis.getAction())
                                    .contains("qlio.orm.ddl=create")
                                    .contains("migration");
                        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void startsWhenTheSchemaMatches(String database) {
        String[] properties = dataSourceProperties(database);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource(properties));
        dropTables(jdbc);
        this.contextRunner
                .withPropertyValues(properties)
                .withPropertyValues("qlio.orm.ddl=create")
                .run((context) -> assertThat(context).hasNotFailed());
        this.contextRunner
                .withPropertyValues(properties)
                .run((context) -> assertThat(context).hasNotFailed());
        dropTables(jdbc);
    }

    private static String[] dataSourceProperties(String database) {
        if (database.equals("postgresql")) {
            Postgres.assumeAvailable();
            return Postgres.dataSourceProperties();
        }
        return new String[] {
            "spring.datasource.url=jdbc:h2:mem:qlio-validate;DB_CLOSE_DELAY=-1",
            "spring.datasource.username=sa",
            "spring.datasource.password="
        };
    }

    private static DataSource dataSource(String[] properties) {
        List<String> values = new ArrayList<>();
        for (String property : properties) {
            values.add(property.substring(property.indexOf('=') + 1));
        }
        return new DriverManagerDataSource(values.get(0), values.get(1), values.get(2));
    }

    private static void createDriftedSchema(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        dropTables(jdbc);
        // no "name" column; "amount" is text, not an integer; "note" is NOT NULL, not nullable
        jdbc.execute(
                "CREATE TABLE \"qlio_starter_drift\" (\"id\" BIGINT PRIMARY KEY,"
                        + " \"amount\" VARCHAR(10) NOT NULL, \"note\" TEXT NOT NULL)");
    }

    private static void dropTables(JdbcTemplate jdbc) {
        jdbc.execute("DROP TABLE IF EXISTS \"qlio_starter_drift\"");
        jdbc.execute("DROP TABLE IF EXISTS \"qlio_starter_missing\"");
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    @Configuration(proxyBeanMethods = false)
    @TableScan(basePackageClasses = Drift.class)
    static class DriftTables {}
}
