package dev.qlio.orm.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.autoconfigure.tables.repo.AnnotatedVisitRepository;
import dev.qlio.orm.autoconfigure.tables.repo.Visit;
import dev.qlio.orm.autoconfigure.tables.repo.VisitRepository;
import dev.qlio.orm.repository.TableRepository;
import dev.qlio.orm.spring.TableRepositorySessions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

class OrmRepositoryAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner =
            new ApplicationContextRunner()
                    .withConfiguration(
                            AutoConfigurations.of(
                                    DataSourceAutoConfiguration.class,
                                    DataSourceTransactionManagerAutoConfiguration.class,
                                    OrmAutoConfiguration.class,
                                    OrmRepositoryAutoConfiguration.class))
                    .withPropertyValues(
                            "spring.datasource.generate-unique-name=true",
                            "qlio.orm.scan-packages=dev.qlio.orm.autoconfigure.tables.repo");

    @Test
    void repositoriesInScannedPackagesBecomeBeansWithTheSession() {
        this.contextRunner.run(
                (context) -> {
                    assertThat(context).hasSingleBean(VisitRepository.class);
                    assertThat(context).hasBean("visitRepository");
                    VisitRepository visits = context.getBean(VisitRepository.class);
                    assertThat(visits.hasSession()).isTrue();

                    Visit visit = new Visit();
                    visit.set(Visit.REASON, "rabies shot");
                    visits.save(visit);

                    JdbcTemplate jdbc =
                            new JdbcTemplate(context.getBean(javax.sql.DataSource.class));
                    assertThat(
                                    jdbc.queryForObject(
                                            "SELECT \"reason\" FROM \"qlio_starter_visit\"",
                                            String.class))
                            .isEqualTo("rabies shot");
                    assertThat(visits.findByReason("rabies shot")).hasSize(1);
                    assertThat(visits.count()).isEqualTo(1);
                });
    }

    @Test
    void componentRepositoriesAreLeftToComponentScanning() {
        this.contextRunner.run(
                (context) -> assertThat(context).doesNotHaveBean(AnnotatedVisitRepository.class));
    }

    @Test
    void repositoriesTheApplicationDeclaresGetTheSession() {
        this.contextRunner
                .withUserConfiguration(DeclaredRepository.class)
                .run(
                        (context) -> {
                            assertThat(context).hasSingleBean(AnnotatedVisitRepository.class);
                            assertThat(context.getBean(AnnotatedVisitRepository.class).hasSession())
                                    .isTrue();
                            assertThat(context.getBean(AnnotatedVisitRepository.class).count())
                                    .isZero();
                        });
    }

    @Test
    void backsOffWithoutASession() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(OrmRepositoryAutoConfiguration.class))
                .withPropertyValues("qlio.orm.scan-packages=dev.qlio.orm.autoconfigure.tables.repo")
                .run(
                        (context) -> {
                            assertThat(context).doesNotHaveBean(TableRepository.class);
                            assertThat(context).doesNotHaveBean(TableRepositorySessions.class);
                        });
    }

    @Configuration(proxyBeanMethods = false)
    static class DeclaredRepository {
        @Bean
        AnnotatedVisitRepository annotatedVisitRepository() {
            return new AnnotatedVisitRepository();
        }
    }
}
