package dev.qlio.orm.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.qlio.orm.Database;
import dev.qlio.orm.TransactionAwareSession;
import dev.qlio.orm.autoconfigure.tables.a.Author;
import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.session.Session;
import dev.qlio.orm.spring.schema.SchemaAction;
import dev.qlio.orm.spring.schema.SchemaInitializer;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class OrmAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner =
            new ApplicationContextRunner()
                    .withConfiguration(
                            AutoConfigurations.of(
                                    DataSourceAutoConfiguration.class,
                                    DataSourceTransactionManagerAutoConfiguration.class,
                                    TransactionAutoConfiguration.class,
                                    OrmAutoConfiguration.class))
                    .withPropertyValues("spring.datasource.generate-unique-name=true")
                    .withUserConfiguration(AuthorTables.class);

    @Test
    void createsTableMetadataDatabaseAndSession() {
        this.contextRunner
                .withPropertyValues("qlio.orm.ddl=none")
                .run(
                        (context) -> {
                            assertThat(context).hasSingleBean(TableMetadata.class);
                            assertThat(context).hasSingleBean(Database.class);
                            assertThat(context).hasSingleBean(Session.class);
                            assertThat(context).hasSingleBean(SchemaInitializer.class);
                            Database database = context.getBean(Database.class);
                            assertThat(database.metadata())
                                    .isSameAs(context.getBean(TableMetadata.class));
                            assertThat(database.dataSource())
                                    .isSameAs(context.getBean(DataSource.class));
                            assertThat(context.getBean(Session.class))
                                    .isInstanceOf(TransactionAwareSession.class);
                            assertThat(
                                            ((TransactionAwareSession)
                                                            context.getBean(Session.class))
                                                    .getDatabase())
                                    .isSameAs(database);
                        });
    }

    @Test
    void backsOffWithoutDataSource() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(OrmAutoConfiguration.class))
                .withUserConfiguration(AuthorTables.class)
                .run(
                        (context) -> {
                            assertThat(context).hasNotFailed();
                            assertThat(context).doesNotHaveBean(TableMetadata.class);
                            assertThat(context).doesNotHaveBean(Database.class);
                            assertThat(context).doesNotHaveBean(Session.class);
                            assertThat(context).doesNotHaveBean(OrmProperties.class);
                        });
    }

    @Test
    void backsOffWithTwoDataSourcesAndNoPrimary() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(OrmAutoConfiguration.class))
                .withUserConfiguration(TwoDataSources.class)
                .run(
                        (context) -> {
                            assertThat(context).hasNotFailed();
                            assertThat(context).doesNotHaveBean(Database.class);
                        });
    }

    @Test
    void backsOffWhenUserDefinesTableMetadata() {
        this.contextRunner
                .withPropertyValues("qlio.orm.ddl=none")
                .withBean("userMetadata", TableMetadata.class, TableMetadata::new)
                .run(
                        (context) -> {
                            assertThat(context).hasSingleBean(TableMetadata.class);
                            assertThat(context).hasBean("userMetadata");
                            assertThat(context.getBean(Database.class).metadata().tables())
                                    .isEmpty();
                        });
    }

    @Test
    void backsOffWhenUserDefinesDatabase() {
        this.contextRunner
                .withPropertyValues("qlio.orm.ddl=none")
                .withUserConfiguration(UserDatabase.class)
                .run(
                        (context) -> {
                            assertThat(context).hasSingleBean(Database.class);
                            assertThat(context).hasBean("userDatabase");
                            assertThat(
                                            ((TransactionAwareSession)
                                                            context.getBean(Session.class))
                                                    .getDatabase())
                                    .isSameAs(context.getBean("userDatabase"));
                        });
    }

    @Test
    void backsOffWhenUserDefinesSession() {
        this.contextRunner
                .withPropertyValues("qlio.orm.ddl=none")
                .withUserConfiguration(UserSession.class)
                .run(
                        (context) -> {
                            assertThat(context).hasSingleBean(Session.class);
                            assertThat(context).hasBean("userSession");
                            assertThat(context).doesNotHaveBean(TransactionAwareSession.class);
                        });
    }

    @Test
    void backsOffWhenUserDefinesSchemaInitializer() {
        this.contextRunner
                .withUserConfiguration(UserSchemaInitializer.class)
                .run(
                        (context) -> {
                            assertThat(context).hasSingleBean(SchemaInitializer.class);
                            assertThat(context.getBean(SchemaInitializer.class).getAction())
                                    .isEqualTo(SchemaAction.NONE);
                        });
    }

    @Test
    void sharedSessionRefusesCommitAndRollbackAndIgnoresClose() {
        this.contextRunner
                .withPropertyValues("qlio.orm.ddl=none")
                .run(
                        (context) -> {
                            Session session = context.getBean(Session.class);
                            assertThatIllegalStateException()
                                    .isThrownBy(session::commit)
                                    .withMessageContaining("@Transactional");
                            assertThatIllegalStateException()
                                    .isThrownBy(session::rollback)
                                    .withMessageContaining("transactions belong to Spring");
                            session.close();
                            assertThat(session.fetch("SELECT 1 AS one"))
                                    .singleElement()
                                    .satisfies((row) -> assertThat(row.get("ONE")).isEqualTo(1));
                        });
    }

    @Test
    void sessionDependsOnDatabaseInitialization() {
        this.contextRunner
                .withPropertyValues("qlio.orm.ddl=none")
                .run(
                        (context) ->
                                assertThat(
                                                context.getBeanFactory()
                                                        .getBeanDefinition("qlioSession")
                                                        .getDependsOn())
                                        .contains("qlioSchemaInitializer"));
    }

    @Test
    void appliesDatabaseCustomizersInOrder() {
        this.contextRunner
                .withPropertyValues("qlio.orm.ddl=none")
                .withUserConfiguration(Customizers.class)
                .run(
                        (context) -> {
                            assertThat(context.getBean(Customizers.class).calls)
                                    .containsExactly("first", "second");
                            // the last customizer wins over the detected dialect
                            assertThat(context.getBean(Database.class).dialect())
                                    .isSameAs(Dialect.POSTGRESQL);
                        });
    }

    @Test
    void detectsDialectFromDataSource() {
        this.contextRunner
                .withPropertyValues("qlio.orm.ddl=none")
                .run(
                        (context) ->
                                assertThat(context.getBean(Database.class).dialect())
                                        .isSameAs(Dialect.H2));
    }

    @Test
    void usesDialectFromProperty() {
        this.contextRunner
                .withPropertyValues("qlio.orm.ddl=none", "qlio.orm.dialect=PostgreSQL")
                .run(
                        (context) ->
                                assertThat(context.getBean(Database.class).dialect())
                                        .isSameAs(Dialect.POSTGRESQL));
    }

    @Test
    void unknownDialectStopsStartup() {
        this.contextRunner
                .withPropertyValues("qlio.orm.ddl=none", "qlio.orm.dialect=oracle")
                .run(
                        (context) ->
                                assertThat(context)
                                        .getFailure()
                                        .rootCause()
                                        .isInstanceOf(UnknownDialectException.class)
                                        .hasMessageContaining("'oracle'"));
    }

    @Test
    void dialectClassThatIsNotADialectStopsStartup() {
        this.contextRunner
                .withPropertyValues("qlio.orm.ddl=none", "qlio.orm.dialect=java.lang.String")
                .run(
                        (context) ->
                                assertThat(context)
                                        .getFailure()
                                        .rootCause()
                                        .isInstanceOf(UnknownDialectException.class)
                                        .hasMessageContaining("java.lang.String"));
    }

    @Test
    void defaultSchemaActionIsCreateOnEmbeddedDatabase() {
        this.contextRunner.run(
                (context) ->
                        assertThat(context.getBean(SchemaInitializer.class).getAction())
                                .isEqualTo(SchemaAction.CREATE));
    }

    @Test
    void defaultSchemaActionIsNoneOnServerDatabase() {
        // an H2 file database is not embedded for Spring Boot (only in-memory ones are)
        this.contextRunner
                .withPropertyValues(
                        "spring.datasource.url=jdbc:h2:file:./target/qlio-server-like;AUTO_SERVER=FALSE")
                .run(
                        (context) ->
                                assertThat(context.getBean(SchemaInitializer.class).getAction())
                                        .isEqualTo(SchemaAction.NONE));
    }

    @Test
    void createsTablesOnEmbeddedDatabaseByDefault() {
        this.contextRunner.run(
                (context) -> {
                    assertThat(context).hasNotFailed();
                    JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
                    assertThat(countRows(jdbc, "qlio_starter_author")).isZero();
                });
    }

    @Test
    void createDropDropsTablesWhenTheContextCloses() {
        this.contextRunner
                .withPropertyValues(
                        "spring.datasource.generate-unique-name=false",
                        "spring.datasource.name=qlio-create-drop",
                        "spring.datasource.url=jdbc:h2:mem:qlio-create-drop;DB_CLOSE_DELAY=-1",
                        "qlio.orm.ddl=create-drop")
                .run(
                        (context) ->
                                assertThat(
                                                countRows(
                                                        new JdbcTemplate(
                                                                context.getBean(DataSource.class)),
                                                        "qlio_starter_author"))
                                        .isZero());
        JdbcTemplate jdbc =
                new JdbcTemplate(
                        new DriverManagerDataSource(
                                "jdbc:h2:mem:qlio-create-drop;DB_CLOSE_DELAY=-1", "sa", ""));
        assertThat(
                        jdbc.queryForObject(
                                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME ="
                                        + " 'qlio_starter_author'",
                                Integer.class))
                .isZero();
    }

    @Test
    void runsSchemaActionForUserDefinedDatabase() {
        this.contextRunner
                .withPropertyValues("qlio.orm.ddl=create")
                .withUserConfiguration(UserDatabaseWithAuthor.class)
                .run(
                        (context) ->
                                assertThat(
                                                countRows(
                                                        new JdbcTemplate(
                                                                context.getBean(DataSource.class)),
                                                        "qlio_starter_author"))
                                        .isZero());
    }

    static Integer countRows(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM \"" + table + "\"", Integer.class);
    }

    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage(basePackageClasses = Author.class)
    static class AuthorTables {}

    @Configuration(proxyBeanMethods = false)
    static class TwoDataSources {

        @Bean
        DataSource one() {
            return new DriverManagerDataSource("jdbc:h2:mem:one");
        }

        @Bean
        DataSource two() {
            return new DriverManagerDataSource("jdbc:h2:mem:two");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class UserDatabase {

        @Bean
        Database userDatabase(DataSource dataSource) {
            return Database.builder(dataSource, new TableMetadata()).dialect(Dialect.H2).build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class UserDatabaseWithAuthor {

        @Bean
        Database userDatabase(DataSource dataSource) {
            TableMetadata metadata = new TableMetadata();
            metadata.registerTable(Author.class);
            return Database.connect(dataSource, metadata);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class UserSession {

        @Bean
        Session userSession(Database database) {
            return database.session();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class UserSchemaInitializer {

        @Bean
        SchemaInitializer userSchemaInitializer(Database database) {
            return new SchemaInitializer(database, SchemaAction.NONE);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Customizers {

        final List<String> calls = new ArrayList<>();

        @Bean
        @Order(2)
        DatabaseCustomizer second() {
            return (builder) -> {
                this.calls.add("second");
                builder.dialect(Dialect.POSTGRESQL);
            };
        }

        @Bean
        @Order(1)
        DatabaseCustomizer first() {
            return (builder) -> {
                this.calls.add("first");
                builder.dialect(Dialect.MARIADB);
            };
        }
    }
}
