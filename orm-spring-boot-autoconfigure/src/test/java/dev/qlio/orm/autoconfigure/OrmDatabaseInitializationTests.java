package dev.qlio.orm.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.autoconfigure.tables.a.Author;
import dev.qlio.orm.session.Session;
import dev.qlio.orm.spring.schema.SchemaValidationException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The schema action runs after {@code schema.sql} (and Flyway/Liquibase, ordered the same way). */
class OrmDatabaseInitializationTests {

    private final ApplicationContextRunner contextRunner =
            new ApplicationContextRunner()
                    .withConfiguration(
                            AutoConfigurations.of(
                                    DataSourceAutoConfiguration.class,
                                    DataSourceInitializationAutoConfiguration.class,
                                    JdbcTemplateAutoConfiguration.class,
                                    OrmAutoConfiguration.class))
                    .withUserConfiguration(AuthorTables.class)
                    .withPropertyValues(
                            "spring.datasource.generate-unique-name=true",
                            "spring.sql.init.schema-locations=classpath:qlio/author-schema.sql");

    @Test
    void validateSeesTheSchemaCreatedBySqlScripts() {
        this.contextRunner
                .withPropertyValues("qlio.orm.ddl=validate")
                .run((context) -> assertThat(context).hasNotFailed());
    }

    @Test
    void validatePassesCompatibleDriftUnlessStrict() {
        ApplicationContextRunner wider =
                this.contextRunner.withPropertyValues(
                        "qlio.orm.ddl=validate",
                        "spring.sql.init.schema-locations=classpath:qlio/author-schema-wider.sql");
        wider.run((context) -> assertThat(context).hasNotFailed());
        wider.withPropertyValues("qlio.orm.ddl-strict=true")
                .run(
                        (context) ->
                                assertThat(context)
                                        .getFailure()
                                        .rootCause()
                                        .isInstanceOf(SchemaValidationException.class)
                                        .hasMessageContaining("qlio_starter_author.name")
                                        .hasMessageContaining("nickname"));
    }

    @Test
    void validateFailsOnAMissingPrimaryKey() {
        this.contextRunner
                .withPropertyValues(
                        "qlio.orm.ddl=validate",
                        "spring.sql.init.schema-locations=classpath:qlio/author-schema-nokey.sql")
                .run(
                        (context) ->
                                assertThat(context)
                                        .getFailure()
                                        .rootCause()
                                        .isInstanceOf(SchemaValidationException.class)
                                        .hasMessageContaining("no primary key"));
    }

    @Test
    void schemaInitializerDependsOnTheScriptInitializer() {
        this.contextRunner
                .withPropertyValues("qlio.orm.ddl=none")
                .run(
                        (context) ->
                                assertThat(
                                                context.getBeanFactory()
                                                        .getBeanDefinition("qlioSchemaInitializer")
                                                        .getDependsOn())
                                        .contains("dataSourceScriptDatabaseInitializer"));
    }

    @Test
    void jdbcTemplateWaitsForTheSchemaAction() {
        this.contextRunner
                .withPropertyValues("qlio.orm.ddl=none")
                .run(
                        (context) ->
                                assertThat(
                                                context.getBeanFactory()
                                                        .getBeanDefinition("jdbcTemplate")
                                                        .getDependsOn())
                                        .contains("qlioSchemaInitializer"));
    }

    @Test
    void createAddsOnlyWhatTheScriptsDidNotCreate() {
        this.contextRunner
                .withPropertyValues("qlio.orm.ddl=create")
                .run(
                        (context) -> {
                            assertThat(context).hasNotFailed();
                            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
                            assertThat(
                                            jdbc.queryForObject(
                                                    "SELECT COUNT(*) FROM \"qlio_starter_author\"",
                                                    Integer.class))
                                    .isZero();
                        });
    }

    @Test
    void createMeetsAScriptsUnquotedNamesInsteadOfAddingASecondTable() {
        this.contextRunner
                .withPropertyValues(
                        "qlio.orm.ddl=create",
                        "spring.sql.init.schema-locations=classpath:qlio/author-schema-unquoted.sql")
                .run(
                        (context) -> {
                            assertThat(context).hasNotFailed();
                            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
                            // H2 folded the script's names to upper case; no lower-case twin
                            assertThat(
                                            jdbc.queryForObject(
                                                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                                                            + " WHERE LOWER(TABLE_NAME) ="
                                                            + " 'qlio_starter_author'",
                                                    Integer.class))
                                    .isEqualTo(1);
                            Session session = context.getBean(Session.class);
                            Author author = new Author();
                            author.set(Author.NAME, "Octavia");
                            session.add(author);
                            assertThat(
                                            jdbc.queryForObject(
                                                    "SELECT name FROM qlio_starter_author",
                                                    String.class))
                                    .isEqualTo("Octavia");
                        });
    }

    @Test
    void exactIdentifierCaseFailsStartupOnAnotherSpelling() {
        this.contextRunner
                .withPropertyValues(
                        "qlio.orm.ddl=create",
                        "qlio.orm.exact-identifier-case=true",
                        "spring.sql.init.schema-locations=classpath:qlio/author-schema-unquoted.sql")
                .run(
                        (context) ->
                                assertThat(context)
                                        .getFailure()
                                        .rootCause()
                                        .hasMessageContaining(
                                                "\"qlio_starter_author\" is not in the database,"
                                                        + " but \"QLIO_STARTER_AUTHOR\" is"));
    }

    @Configuration(proxyBeanMethods = false)
    @TableScan(basePackageClasses = Author.class)
    static class AuthorTables {}
}
