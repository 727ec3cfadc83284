package dev.qlio.orm.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.actuate.endpoint.OrmEndpoint;
import dev.qlio.orm.autoconfigure.endpoint.OrmEndpointAutoConfiguration;
import dev.qlio.orm.autoconfigure.tables.tenant.Note;
import dev.qlio.orm.session.Session;
import dev.qlio.orm.session.TenantResolver;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A {@link TenantResolver} bean restricts every statement of the injected session to the current
 * tenant, and the {@code orm} endpoint and diagram show the filters.
 */
class TenantResolverAutoConfigurationTests {

    static final AtomicLong CURRENT = new AtomicLong();

    private final ApplicationContextRunner contextRunner =
            new ApplicationContextRunner()
                    .withConfiguration(
                            AutoConfigurations.of(
                                    DataSourceAutoConfiguration.class,
                                    DataSourceTransactionManagerAutoConfiguration.class,
                                    TransactionAutoConfiguration.class,
                                    OrmAutoConfiguration.class,
                                    OrmEndpointAutoConfiguration.class))
                    .withPropertyValues(
                            "spring.datasource.generate-unique-name=true",
                            "qlio.orm.ddl=create",
                            "management.endpoints.web.exposure.include=orm")
                    .withUserConfiguration(NoteTables.class);

    @Test
    void theTenantResolverBeanRestrictsTheSessionToTheCurrentTenant() {
        this.contextRunner.run(
                (context) -> {
                    Session session = context.getBean(Session.class);
                    TransactionTemplate tx = context.getBean(TransactionTemplate.class);
                    for (long tenant = 1; tenant <= 2; tenant++) {
                        CURRENT.set(tenant);
                        for (int i = 0; i < (int) tenant; i++) {
                            tx.executeWithoutResult(
                                    (status) -> {
                                        Note note = new Note();
                                        note.set(Note.TEXT, "note");
                                        session.add(note);
                                    });
                        }
                    }
                    JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
                    assertThat(
                                    jdbc.queryForList(
                                            "SELECT \"organisation_id\" FROM \"qlio_starter_note\""
                                                    + " ORDER BY \"id\"",
                                            Long.class))
                            .containsExactly(1L, 2L, 2L);
                    CURRENT.set(2);
                    Long count = tx.execute((status) -> session.select(Note.class).count());
                    assertThat(count).isEqualTo(2L);
                    CURRENT.set(1);
                    List<Note> notes = tx.execute((status) -> session.select(Note.class).all());
                    assertThat(notes).hasSize(1);
                    assertThat(notes.get(0).get(Note.ORGANISATION_ID)).isEqualTo(1L);
                });
    }

    @Test
    void theEndpointAndDiagramShowTheFilters() {
        this.contextRunner.run(
                (context) -> {
                    OrmEndpoint endpoint = context.getBean(OrmEndpoint.class);
                    assertThat(endpoint.model().tables().get("qlio_starter_note").filters())
                            .containsExactly("tenant: organisation_id", "soft delete: deleted_at");
                    assertThat(endpoint.diagram(OrmEndpoint.DIAGRAM))
                            .contains("organisation_id \"not null, tenant filter\"")
                            .contains("deleted_at \"soft delete filter\"");
                });
    }

    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage(basePackageClasses = Note.class)
    static class NoteTables {

        @Bean
        TenantResolver tenantResolver() {
            return CURRENT::get;
        }
    }
}
