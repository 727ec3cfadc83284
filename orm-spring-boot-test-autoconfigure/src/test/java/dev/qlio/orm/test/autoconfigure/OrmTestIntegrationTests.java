package dev.qlio.orm.test.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.Database;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.session.Session;
import javax.sql.DataSource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.EmbeddedDatabaseConnection;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.transaction.TestTransaction;

@OrmTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrmTestIntegrationTests {

    @Autowired Session session;

    @Autowired JdbcTemplate jdbc;

    @Autowired DataSource dataSource;

    @Autowired ApplicationContext context;

    @Test
    @Order(1)
    void firstTestAddsRows() {
        this.session.add(Note.of("one"));
        this.session.add(Note.of("two"));
        assertThat(countRows()).isEqualTo(2);
    }

    @Test
    @Order(2)
    void secondTestSeesNoneOfTheFirstTestsRows() {
        assertThat(countRows()).isZero();
        assertThat(this.session.select(Note.class).count()).isZero();
    }

    @Test
    void eachTestRunsInATransaction() {
        assertThat(TestTransaction.isActive()).isTrue();
        assertThat(TestTransaction.isFlaggedForRollback()).isTrue();
    }

    @Test
    void loadsQlioBeansAndTableClasses() {
        assertThat(this.context.getBeanNamesForType(Database.class)).hasSize(1);
        assertThat(this.context.getBean(TableMetadata.class).tables())
                .containsOnlyKeys("qlio_slice_note");
    }

    @Test
    void doesNotLoadOtherComponents() {
        assertThat(this.context.getBeanNamesForType(ExampleComponent.class)).isEmpty();
        assertThat(this.context.getBeanNamesForType(NoteService.class)).isEmpty();
    }

    @Test
    void replacesTheDataSourceWithAnEmbeddedOne() {
        assertThat(EmbeddedDatabaseConnection.isEmbedded(this.dataSource)).isTrue();
    }

    private Integer countRows() {
        return this.jdbc.queryForObject("SELECT COUNT(*) FROM \"qlio_slice_note\"", Integer.class);
    }
}
