package dev.qlio.orm.autoconfigure.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.autoconfigure.OrmAutoConfiguration;
import dev.qlio.orm.autoconfigure.tables.a.Author;
import dev.qlio.orm.session.Session;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

/** {@code qlio.orm.show-sql} and {@code qlio.orm.slow-query-threshold}, read from the log. */
@ExtendWith(OutputCaptureExtension.class)
class OrmLoggingTests {

    private final ApplicationContextRunner contextRunner =
            new ApplicationContextRunner()
                    .withConfiguration(
                            AutoConfigurations.of(
                                    DataSourceAutoConfiguration.class, OrmAutoConfiguration.class))
                    .withPropertyValues("spring.datasource.generate-unique-name=true")
                    .withUserConfiguration(AuthorTables.class);

    @Test
    void slowStatementsAreLoggedAtWarnWithSqlAndDuration(CapturedOutput output) {
        this.contextRunner
                .withPropertyValues("qlio.orm.slow-query-threshold=1ns", "qlio.orm.ddl=create")
                .run(
                        (context) -> {
                            Author author = new Author();
                            author.set(Author.NAME, "s3cret");
                            context.getBean(Session.class).add(author);
                        });
        assertThat(output.getOut())
                .containsPattern(
                        Pattern.compile(
                                "WARN.*dev\\.qlio\\.orm\\.slow.*Slow statement \\(\\d+\\.\\d{3} ms,"
                                        + " threshold 0\\.000 ms\\) insert on qlio_starter_author:"
                                        + " INSERT INTO \"qlio_starter_author\""))
                .doesNotContain("s3cret");
    }

    @Test
    void fastStatementsAreNotLoggedAsSlow(CapturedOutput output) {
        this.contextRunner
                .withPropertyValues("qlio.orm.slow-query-threshold=1h")
                .run((context) -> context.getBean(Session.class).select(Author.class).all());
        assertThat(output.getOut()).doesNotContain("Slow statement");
    }

    @Test
    void showSqlLogsEveryStatementAtInfoWithoutValues(CapturedOutput output) {
        this.contextRunner
                .withPropertyValues("qlio.orm.show-sql=true")
                .run(
                        (context) -> {
                            Author author = new Author();
                            author.set(Author.NAME, "s3cret");
                            Session session = context.getBean(Session.class);
                            session.add(author);
                            session.select(Author.class).where(Author.NAME.eq("s3cret")).all();
                        });
        assertThat(output.getOut())
                .containsPattern(
                        "INFO.*dev\\.qlio\\.orm\\.sql.*insert on qlio_starter_author: INSERT INTO")
                .containsPattern(
                        "INFO.*dev\\.qlio\\.orm\\.sql.*select on qlio_starter_author: SELECT .*\\?")
                .doesNotContain("s3cret");
    }

    @Test
    void withoutShowSqlNothingIsLoggedAtInfo(CapturedOutput output) {
        this.contextRunner.run(
                (context) -> context.getBean(Session.class).select(Author.class).all());
        assertThat(output.getOut()).doesNotContainPattern("INFO.*dev\\.qlio\\.orm\\.sql");
    }

    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage(basePackageClasses = Author.class)
    static class AuthorTables {}
}
