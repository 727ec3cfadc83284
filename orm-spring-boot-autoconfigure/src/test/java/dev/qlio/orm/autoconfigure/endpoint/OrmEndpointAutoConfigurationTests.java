package dev.qlio.orm.autoconfigure.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.Database;
import dev.qlio.orm.actuate.endpoint.OrmEndpoint;
import dev.qlio.orm.autoconfigure.OrmAutoConfiguration;
import dev.qlio.orm.autoconfigure.tables.a.Author;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class OrmEndpointAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner =
            new ApplicationContextRunner()
                    .withConfiguration(
                            AutoConfigurations.of(
                                    DataSourceAutoConfiguration.class,
                                    OrmAutoConfiguration.class,
                                    OrmEndpointAutoConfiguration.class))
                    .withPropertyValues(
                            "spring.datasource.generate-unique-name=true", "qlio.orm.ddl=none")
                    .withUserConfiguration(AuthorTables.class);

    @Test
    void createsTheEndpointWhenExposed() {
        this.contextRunner
                .withPropertyValues("management.endpoints.web.exposure.include=orm")
                .run(
                        (context) -> {
                            assertThat(context).hasSingleBean(OrmEndpoint.class);
                            assertThat(context.getBean(OrmEndpoint.class).model().tables())
                                    .containsOnlyKeys("qlio_starter_author");
                        });
    }

    @Test
    void noEndpointWhenNotExposed() {
        this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(OrmEndpoint.class));
    }

    @Test
    void noEndpointWhenDisabled() {
        this.contextRunner
                .withPropertyValues(
                        "management.endpoints.web.exposure.include=orm",
                        "management.endpoint.orm.access=NONE")
                .run((context) -> assertThat(context).doesNotHaveBean(OrmEndpoint.class));
    }

    @Test
    void backsOffWhenUserDefinesTheEndpoint() {
        this.contextRunner
                .withPropertyValues("management.endpoints.web.exposure.include=orm")
                .withUserConfiguration(UserEndpoint.class)
                .run(
                        (context) ->
                                assertThat(context)
                                        .getBean(OrmEndpoint.class)
                                        .isSameAs(context.getBean("userOrmEndpoint")));
    }

    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage(basePackageClasses = Author.class)
    static class AuthorTables {}

    @Configuration(proxyBeanMethods = false)
    static class UserEndpoint {

        @Bean
        OrmEndpoint userOrmEndpoint(Database database) {
            return new OrmEndpoint(database);
        }
    }
}
