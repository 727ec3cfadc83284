package dev.qlio.orm.repository.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.Database;
import dev.qlio.orm.observation.StatementCounter;
import dev.qlio.orm.schema.TableMetadata;
import io.micrometer.observation.ObservationRegistry;
import java.time.LocalDate;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The worked example of {@code docs/repositories.md} runs as written: the owners page of the
 * controller costs a select, the pets of the page and a count.
 */
class ClinicExampleTest {

    @Test
    void theOwnersPageOfTheWorkedExample() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:clinic_example;DB_CLOSE_DELAY=-1");
        TableMetadata metadata = new TableMetadata();
        for (Class<? extends dev.qlio.orm.schema.Table> c :
                java.util.List.of(Owner.class, PetType.class, Pet.class, Visit.class)) {
            metadata.registerTable(c);
        }
        metadata.setupTables();
        ObservationRegistry registry = ObservationRegistry.create();
        StatementCounter counter = StatementCounter.install(registry);
        Database db = Database.builder(dataSource, metadata).observationRegistry(registry).build();
        db.ddl().createAll();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("INSERT INTO \"types\" (\"name\") VALUES ('cat')");
        for (String last : java.util.List.of("Davis", "Davidson", "Black", "Davies")) {
            jdbc.update(
                    "INSERT INTO \"owners\" (\"first_name\", \"last_name\") VALUES ('A', ?)", last);
        }
        jdbc.update(
                "INSERT INTO \"pets\" (\"name\", \"owner_id\", \"type_id\", \"birth_date\")"
                        + " VALUES ('Leo', 1, 1, ?)",
                LocalDate.of(2020, 9, 7));
        OwnerRepository owners = new OwnerRepository();
        owners.setSession(db.transactionAwareSession());
        OwnerController controller = new OwnerController(owners);

        Page<Owner> page =
                counter.expect(
                        3, () -> controller.list("Dav", PageRequest.of(0, 2, Sort.by("lastName"))));

        assertThat(page.getTotalElements()).isEqualTo(3);
        assertThat(page.getContent())
                .extracting(o -> o.get(Owner.LAST_NAME))
                .containsExactly("Davidson", "Davies");
        db.ddl().dropAll();
    }
}
