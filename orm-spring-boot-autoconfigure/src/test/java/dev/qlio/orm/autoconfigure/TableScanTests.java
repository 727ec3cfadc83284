package dev.qlio.orm.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.autoconfigure.tables.a.Author;
import dev.qlio.orm.autoconfigure.tables.b.Book;
import dev.qlio.orm.schema.TableMetadata;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class TableScanTests {

    private final ApplicationContextRunner contextRunner =
            new ApplicationContextRunner()
                    .withConfiguration(
                            AutoConfigurations.of(
                                    DataSourceAutoConfiguration.class, OrmAutoConfiguration.class))
                    .withPropertyValues(
                            "spring.datasource.generate-unique-name=true", "qlio.orm.ddl=none");

    @Test
    void scansAutoConfigurationPackagesByDefault() {
        this.contextRunner
                .withUserConfiguration(AuthorPackageApplication.class)
                .run(
                        (context) -> {
                            TableMetadata metadata = context.getBean(TableMetadata.class);
                            assertThat(metadata.tables()).containsOnlyKeys("qlio_starter_author");
                            assertThat(metadata.tables().get("qlio_starter_author").tableClass())
                                    .isEqualTo(Author.class);
                            assertThat(metadata.isSetUp()).isTrue();
                        });
    }

    @Test
    void tableScanReplacesAutoConfigurationPackages() {
        this.contextRunner
                .withUserConfiguration(AuthorPackageApplication.class, BookScan.class)
                .run(
                        (context) ->
                                assertThat(context.getBean(TableMetadata.class).tables())
                                        .containsOnlyKeys("qlio_starter_book"));
    }

    @Test
    void tableScanAcceptsPackageNames() {
        this.contextRunner
                .withUserConfiguration(BookScanByName.class)
                .run(
                        (context) ->
                                assertThat(context.getBean(TableMetadata.class).tables())
                                        .containsOnlyKeys("qlio_starter_book"));
    }

    @Test
    void scanPackagesPropertyReplacesAutoConfigurationPackages() {
        this.contextRunner
                .withUserConfiguration(AuthorPackageApplication.class)
                .withPropertyValues("qlio.orm.scan-packages=" + Book.class.getPackageName())
                .run(
                        (context) ->
                                assertThat(context.getBean(TableMetadata.class).tables())
                                        .containsOnlyKeys("qlio_starter_book"));
    }

    @Test
    void tableScanAndScanPackagesPropertyGiveTheirUnion() {
        this.contextRunner
                .withUserConfiguration(BookScan.class)
                .withPropertyValues("qlio.orm.scan-packages=" + Author.class.getPackageName())
                .run(
                        (context) ->
                                assertThat(context.getBean(TableMetadata.class).tables())
                                        .containsOnlyKeys(
                                                "qlio_starter_author", "qlio_starter_book"));
    }

    @Test
    void severalTableScansGiveTheirUnion() {
        this.contextRunner
                .withUserConfiguration(BookScan.class, AuthorScan.class)
                .run(
                        (context) ->
                                assertThat(context.getBean(TableMetadata.class).tables())
                                        .containsOnlyKeys(
                                                "qlio_starter_author", "qlio_starter_book"));
    }

    @Test
    void withoutPackagesTheMetadataIsEmpty() {
        this.contextRunner.run(
                (context) -> assertThat(context.getBean(TableMetadata.class).tables()).isEmpty());
    }

    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage(basePackageClasses = Author.class)
    static class AuthorPackageApplication {}

    @Configuration(proxyBeanMethods = false)
    @TableScan(basePackageClasses = Book.class)
    static class BookScan {}

    @Configuration(proxyBeanMethods = false)
    @TableScan(basePackageClasses = Author.class)
    static class AuthorScan {}

    @Configuration(proxyBeanMethods = false)
    @TableScan("dev.qlio.orm.autoconfigure.tables.b")
    static class BookScanByName {}
}
