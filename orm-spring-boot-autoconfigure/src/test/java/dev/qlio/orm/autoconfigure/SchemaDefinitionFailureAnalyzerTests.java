package dev.qlio.orm.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

import dev.qlio.orm.autoconfigure.tables.broken.Keyless;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

@ExtendWith(OutputCaptureExtension.class)
class SchemaDefinitionFailureAnalyzerTests {

    private final ApplicationContextRunner contextRunner =
            new ApplicationContextRunner()
                    .withConfiguration(
                            AutoConfigurations.of(
                                    DataSourceAutoConfiguration.class, OrmAutoConfiguration.class))
                    .withPropertyValues("spring.datasource.generate-unique-name=true");

    @Test
    void describesTableClassWithoutPrimaryKey() {
        this.contextRunner
                .withUserConfiguration(BrokenTables.class)
                .run(
                        (context) -> {
                            FailureAnalysis analysis =
                                    new SchemaDefinitionFailureAnalyzer()
                                            .analyze(context.getStartupFailure());
                            assertThat(analysis).isNotNull();
                            assertThat(analysis.getDescription())
                                    .contains(Keyless.class.getName())
                                    .contains("no primary key");
                            assertThat(analysis.getAction())
                                    .contains("Fix the definition of " + Keyless.class.getName())
                                    .contains("@TableScan");
                        });
    }

    @Test
    void reportsBadTableClassInsteadOfAStackTrace(CapturedOutput output) {
        SpringApplication application = new SpringApplication(BrokenApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        assertThatException()
                .isThrownBy(
                        () ->
                                application.run(
                                        "--spring.datasource.generate-unique-name=true",
                                        "--spring.main.banner-mode=off"));
        assertThat(output)
                .contains("APPLICATION FAILED TO START")
                .contains("A Qlio table class is not a valid table")
                .contains(Keyless.class.getName());
    }

    @Configuration(proxyBeanMethods = false)
    @TableScan(basePackageClasses = Keyless.class)
    static class BrokenTables {}

    @Configuration(proxyBeanMethods = false)
    @TableScan(basePackageClasses = Keyless.class)
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, OrmAutoConfiguration.class})
    static class BrokenApplication {}
}
