package dev.qlio.orm.autoconfigure.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.actuate.health.OrmHealthIndicator;
import dev.qlio.orm.autoconfigure.OrmAutoConfiguration;
import dev.qlio.orm.autoconfigure.tables.a.Author;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class OrmHealthContributorAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner =
            new ApplicationContextRunner()
                    .withConfiguration(
                            AutoConfigurations.of(
                                    DataSourceAutoConfiguration.class,
                                    OrmAutoConfiguration.class,
                                    OrmHealthContributorAutoConfiguration.class))
                    .withPropertyValues("spring.datasource.generate-unique-name=true")
                    .withUserConfiguration(AuthorTables.class);

    @Test
    void createsTheOrmHealthIndicator() {
        this.contextRunner.run(
                (context) -> {
                    assertThat(context).hasSingleBean(OrmHealthIndicator.class);
                    assertThat(context).hasBean("ormHealthIndicator");
                    assertThat(context.getBean(OrmHealthIndicator.class).health().getStatus())
                            .isEqualTo(Status.UP);
                });
    }

    @Test
    void reportsDownWhenTheSchemaIsMissing() {
        this.contextRunner
                .withPropertyValues("qlio.orm.ddl=none")
                .run(
                        (context) ->
                                assertThat(
                                                context.getBean(OrmHealthIndicator.class)
                                                        .health()
                                                        .getDetails())
                                        .containsEntry(
                                                "differences",
                                                java.util.List.of(
                                                        "qlio_starter_author: missing table")));
    }

    @Test
    void noHealthIndicatorWhenQlioHealthIsDisabled() {
        this.contextRunner
                .withPropertyValues("qlio.orm.health.enabled=false")
                .run((context) -> assertThat(context).doesNotHaveBean(OrmHealthIndicator.class));
    }

    @Test
    void noHealthIndicatorWhenManagementHealthOrmIsDisabled() {
        this.contextRunner
                .withPropertyValues("management.health.orm.enabled=false")
                .run((context) -> assertThat(context).doesNotHaveBean(OrmHealthIndicator.class));
    }

    @Test
    void noHealthIndicatorWithoutDatabase() {
        new ApplicationContextRunner()
                .withConfiguration(
                        AutoConfigurations.of(OrmHealthContributorAutoConfiguration.class))
                .run(
                        (context) -> {
                            assertThat(context).hasNotFailed();
                            assertThat(context).doesNotHaveBean(OrmHealthIndicator.class);
                        });
    }

    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage(basePackageClasses = Author.class)
    static class AuthorTables {}
}
