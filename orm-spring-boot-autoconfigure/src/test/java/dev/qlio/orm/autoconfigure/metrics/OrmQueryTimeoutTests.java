package dev.qlio.orm.autoconfigure.metrics;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qlio.orm.autoconfigure.OrmAutoConfiguration;
import dev.qlio.orm.session.Session;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.dao.QueryTimeoutException;

/** {@code qlio.orm.query-timeout} reaches every statement of the shared session. */
class OrmQueryTimeoutTests {

    private final ApplicationContextRunner contextRunner =
            new ApplicationContextRunner()
                    .withConfiguration(
                            AutoConfigurations.of(
                                    DataSourceAutoConfiguration.class, OrmAutoConfiguration.class))
                    .withPropertyValues("spring.datasource.generate-unique-name=true")
                    .withUserConfiguration(OrmLoggingTests.AuthorTables.class);

    @Test
    void aStatementLongerThanTheQueryTimeoutIsCancelled() {
        this.contextRunner
                .withPropertyValues("qlio.orm.query-timeout=1s")
                .run(
                        (context) ->
                                assertThatThrownBy(
                                                () ->
                                                        context.getBean(Session.class)
                                                                .fetch(
                                                                        "SELECT SUM(a.X * b.X)"
                                                                                + " FROM SYSTEM_RANGE(1, 40000) a,"
                                                                                + " SYSTEM_RANGE(1, 40000) b"))
                                        .isInstanceOf(QueryTimeoutException.class));
    }
}
