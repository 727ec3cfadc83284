package dev.qlio.orm.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class UnknownDialectFailureAnalyzerTests {

    private final ApplicationContextRunner contextRunner =
            new ApplicationContextRunner()
                    .withConfiguration(
                            AutoConfigurations.of(
                                    DataSourceAutoConfiguration.class, OrmAutoConfiguration.class))
                    .withPropertyValues(
                            "spring.datasource.generate-unique-name=true", "qlio.orm.ddl=none");

    @Test
    void describesUnknownDialectProperty() {
        this.contextRunner
                .withPropertyValues("qlio.orm.dialect=oracle")
                .run(
                        (context) -> {
                            FailureAnalysis analysis =
                                    new UnknownDialectFailureAnalyzer()
                                            .analyze(context.getStartupFailure());
                            assertThat(analysis).isNotNull();
                            assertThat(analysis.getDescription())
                                    .isEqualTo(
                                            "The property qlio.orm.dialect is set to 'oracle',"
                                                    + " which is not a Qlio dialect.");
                            assertThat(analysis.getAction())
                                    .contains("h2, postgresql, mariadb, mysql, sqlite");
                        });
    }

    @Test
    void describesUnsupportedDatabase() {
        FailureAnalysis analysis =
                new UnknownDialectFailureAnalyzer()
                        .analyze(
                                new IllegalStateException(
                                        "wrapper",
                                        UnknownDialectException.forDatabase("Apache Derby", null)));
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription())
                .isEqualTo(
                        "Qlio has no dialect for the database 'Apache Derby' behind the"
                                + " DataSource.");
        assertThat(analysis.getAction()).contains("qlio.orm.dialect");
    }
}
