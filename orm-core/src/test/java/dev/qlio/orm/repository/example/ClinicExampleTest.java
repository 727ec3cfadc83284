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
 * controller costs a count, a select of the owners, one of their pets with each pet's type joined
 * in, and one of the pets' visits (newest first); removing an owner takes its pets and their visits
 * with it.
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
        // Davidson (owner 2) has two pets; the first has two visits
        for (String pet : java.util.List.of("Max", "Leo")) {
            jdbc.update(
                    "INSERT INTO \"pets\" (\"name\", \"owner_id\", \"type_id\", \"birth_date\")"
                            + " VALUES (?, 2, 1, ?)",
                    pet,
                    LocalDate.of(2020, 9, 7));
        }
        for (String date : java.util.List.of("2026-01-05", "2026-03-01")) {
            jdbc.update(
                    "INSERT INTO \"visits\" (\"pet_id\", \"visit_date\") VALUES (1, ?)",
                    LocalDate.parse(date));
        }
        OwnerRepository owners = new OwnerRepository();
        owners.setSession(db.transactionAwareSession());
        OwnerController controller = new OwnerController(owners);

        Page<Owner> page =
                counter.expect(
                        4, () -> controller.list("Dav", PageRequest.of(0, 2, Sort.by("lastName"))));

        assertThat(page.getTotalElements()).isEqualTo(3);
        assertThat(page.getContent())
                .extracting(o -> o.get(Owner.LAST_NAME))
                .containsExactly("Davidson", "Davies");
        Owner davidson = page.getContent().get(0);
        java.util.List<Pet> pets = davidson.relatedList(Owner.PETS);
        assertThat(pets).extracting(p -> p.get(Pet.NAME)).containsExactly("Leo", "Max");
        assertThat(pets.get(1).related(Pet.TYPE).get(PetType.NAME)).isEqualTo("cat");
        assertThat(pets.get(1).relatedList(Pet.VISITS))
                .extracting(v -> v.get(Visit.VISIT_DATE).toString())
                .containsExactly("2026-03-01", "2026-01-05");

        counter.expect(3, () -> owners.delete(davidson));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM \"pets\"", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM \"visits\"", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM \"owners\"", Long.class)).isEqualTo(3);
        db.ddl().dropAll();
    }
}
