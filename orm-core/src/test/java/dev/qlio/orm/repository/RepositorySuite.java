package dev.qlio.orm.repository;

import static dev.qlio.orm.repository.ClinicTables.owner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qlio.orm.Database;
import dev.qlio.orm.observation.StatementCounter;
import dev.qlio.orm.query.UnknownSortPropertyException;
import dev.qlio.orm.repository.ClinicTables.MistypedRepository;
import dev.qlio.orm.repository.ClinicTables.Owner;
import dev.qlio.orm.repository.ClinicTables.OwnerRepository;
import dev.qlio.orm.repository.ClinicTables.Pet;
import dev.qlio.orm.repository.ClinicTables.RawRepository;
import dev.qlio.orm.testing.DatabaseSuite;
import dev.qlio.orm.testing.TestDatabase;
import io.micrometer.observation.ObservationRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * {@link TableRepository} methods and Spring Data paging, on tables sharing column definitions;
 * outcomes read back with plain JDBC, statements counted.
 */
abstract class RepositorySuite extends DatabaseSuite {

    /** Last names of the seeded owners, in key order. */
    static final String[] LAST_NAMES = {
        "Davis", "Black", "Franklin", "Escobito", "Coleman", "Davis", "Andrews"
    };

    Database db;

    StatementCounter counter;

    OwnerRepository owners;

    RepositorySuite(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void createTables() {
        this.database.dropTables(ClinicTables.NAMES);
        ObservationRegistry registry = ObservationRegistry.create();
        this.counter = StatementCounter.install(registry);
        this.db =
                Database.builder(dataSource(), ClinicTables.metadata())
                        .observationRegistry(registry)
                        .build();
        this.db.ddl().createAll();
        this.owners = new OwnerRepository();
        this.owners.setSession(this.db.transactionAwareSession());
    }

    @AfterEach
    void dropTables() {
        this.database.dropTables(ClinicTables.NAMES);
    }

    /** Seeds the owners with plain JDBC, two pets for the first; returns their keys in order. */
    List<Long> seed() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < LAST_NAMES.length; i++) {
            jdbc().update(
                            "INSERT INTO "
                                    + quote("repo_owners")
                                    + " ("
                                    + quote("first_name")
                                    + ", "
                                    + quote("last_name")
                                    + ", "
                                    + quote("city")
                                    + ") VALUES (?, ?, ?)",
                            "First" + i,
                            LAST_NAMES[i],
                            i % 2 == 0 ? "Madison" : "Monona");
        }
        ids.addAll(
                jdbc().queryForList(
                                "SELECT "
                                        + quote("id")
                                        + " FROM "
                                        + quote("repo_owners")
                                        + " ORDER BY "
                                        + quote("id"),
                                Long.class));
        for (String pet : List.of("Leo", "Basil")) {
            jdbc().update(
                            "INSERT INTO "
                                    + quote("repo_pets")
                                    + " ("
                                    + quote("name")
                                    + ", "
                                    + quote("owner_id")
                                    + ") VALUES (?, ?)",
                            pet,
                            ids.get(0));
        }
        this.counter.reset();
        return ids;
    }

    long rows(String table) {
        Long n = jdbc().queryForObject("SELECT COUNT(*) FROM " + quote(table), Long.class);
        return n == null ? -1 : n;
    }

    String lastNameOf(long id) {
        return ownerColumn("last_name", id);
    }

    /** One column of one owner, read with plain JDBC. */
    String ownerColumn(String column, long id) {
        return jdbc().queryForObject(
                        "SELECT "
                                + quote(column)
                                + " FROM "
                                + quote("repo_owners")
                                + " WHERE "
                                + quote("id")
                                + " = ?",
                        String.class,
                        id);
    }

    // ---- CRUD ----------------------------------------------------------------------------------

    @Test
    void saveInsertsANewRowAndSetsItsKey() {
        Owner saved = this.counter.expect(1, () -> this.owners.save(owner("George", "Franklin")));

        assertThat(saved.get(Owner.ID)).isNotNull();
        assertThat(lastNameOf(saved.get(Owner.ID))).isEqualTo("Franklin");
    }

    @Test
    void saveOnALoadedRowUpdatesItsChangedColumnsOnly() {
        long id = seed().get(2);
        Owner loaded = this.owners.findById(id).orElseThrow();
        loaded.set(Owner.LAST_NAME, "Frankland");
        jdbc().update(
                        "UPDATE " + quote("repo_owners") + " SET " + quote("city") + " = ?",
                        "Elsewhere");

        this.counter.expect(1, () -> this.owners.save(loaded));
        this.counter.expect(0, () -> this.owners.save(loaded));

        assertThat(lastNameOf(id)).isEqualTo("Frankland");
        assertThat(ownerColumn("city", id)).isEqualTo("Elsewhere");
    }

    @Test
    void saveAllInsertsInOneBatch() {
        List<Owner> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            batch.add(owner("F" + i, "L" + i));
        }
        List<Owner> saved = this.counter.expect(1, () -> this.owners.saveAll(batch));

        assertThat(saved).hasSize(5).allSatisfy(o -> assertThat(o.get(Owner.ID)).isNotNull());
        assertThat(rows("repo_owners")).isEqualTo(5);
        assertThat(lastNameOf(saved.get(4).get(Owner.ID))).isEqualTo("L4");
    }

    @Test
    void findByIdExistsByIdAndCount() {
        List<Long> ids = seed();

        assertThat(this.owners.findById(ids.get(1)).orElseThrow().get(Owner.LAST_NAME))
                .isEqualTo("Black");
        assertThat(this.owners.findById(-1L)).isEmpty();
        assertThat(this.owners.existsById(ids.get(1))).isTrue();
        assertThat(this.owners.existsById(-1L)).isFalse();
        assertThat(this.owners.count()).isEqualTo(LAST_NAMES.length);
        assertThat(this.owners.findAll()).hasSize(LAST_NAMES.length);
        assertThat(this.owners.findAllById(List.of(ids.get(0), ids.get(3), -5L)))
                .extracting(o -> o.get(Owner.LAST_NAME))
                .containsExactlyInAnyOrder("Davis", "Escobito");
    }

    @Test
    void deleteByIdDeletesWithOneStatementAndTellsWhetherARowWent() {
        List<Long> ids = seed();
        jdbc().update("DELETE FROM " + quote("repo_pets"));

        assertThat(this.counter.expect(1, () -> this.owners.deleteById(ids.get(4)))).isTrue();
        assertThat(this.owners.deleteById(ids.get(4))).isFalse();

        assertThat(rows("repo_owners")).isEqualTo(LAST_NAMES.length - 1);
        assertThat(
                        jdbc().queryForObject(
                                        "SELECT COUNT(*) FROM "
                                                + quote("repo_owners")
                                                + " WHERE "
                                                + quote("id")
                                                + " = ?",
                                        Long.class,
                                        ids.get(4)))
                .isZero();
    }

    @Test
    void deleteRemovesALoadedRow() {
        List<Long> ids = seed();
        Owner loaded = this.owners.findById(ids.get(6)).orElseThrow();

        this.owners.delete(loaded);

        assertThat(rows("repo_owners")).isEqualTo(LAST_NAMES.length - 1);
    }

    @Test
    void ownQueriesOfTheRepositoryRunOnItsSession() {
        seed();

        assertThat(this.owners.findByCity(List.of("Monona")))
                .extracting(o -> o.get(Owner.LAST_NAME))
                .containsExactly("Black", "Escobito", "Davis");
    }

    // ---- paging --------------------------------------------------------------------------------

    @Test
    void aFullPageCostsOneSelectAndOneCount() {
        seed();
        Pageable request = PageRequest.of(0, 3, Sort.by("lastName").descending());

        Page<Owner> page = this.counter.expect(2, () -> this.owners.findAll(request));

        assertThat(page.getContent())
                .extracting(o -> o.get(Owner.LAST_NAME))
                .containsExactly("Franklin", "Escobito", "Davis");
        assertThat(page.getTotalElements()).isEqualTo(LAST_NAMES.length);
        assertThat(page.getTotalPages()).isEqualTo(3);
        assertThat(page.hasNext()).isTrue();
    }

    @Test
    void theLastPageNeedsNoCount() {
        seed();

        Page<Owner> page =
                this.counter.expect(
                        1, () -> this.owners.findAll(PageRequest.of(2, 3, Sort.by("lastName"))));

        assertThat(page.getContent())
                .extracting(o -> o.get(Owner.LAST_NAME))
                .containsExactly("Franklin");
        assertThat(page.getTotalElements()).isEqualTo(LAST_NAMES.length);
        assertThat(page.isLast()).isTrue();
    }

    @Test
    void tiesAndUnsortedPagesAreOrderedByTheKey() {
        List<Long> ids = seed();

        Page<Owner> davis =
                this.owners.findAll(PageRequest.of(0, 2, Sort.by("lastName").descending()).next());
        Page<Owner> unsorted = this.owners.findAll(PageRequest.of(1, 2));

        // Davis twice, the tie broken by the key ascending
        assertThat(davis.getContent())
                .extracting(o -> o.get(Owner.ID))
                .containsExactly(ids.get(0), ids.get(5));
        assertThat(unsorted.getContent())
                .extracting(o -> o.get(Owner.ID))
                .containsExactly(ids.get(2), ids.get(3));
    }

    @Test
    void sortPropertiesMayBeColumnNames() {
        seed();

        List<Owner> sorted =
                this.owners.findAll(Sort.by(Sort.Order.asc("city"), Sort.Order.desc("last_name")));

        assertThat(sorted)
                .extracting(o -> o.get(Owner.LAST_NAME))
                .containsExactly(
                        "Franklin", "Davis", "Coleman", "Andrews", "Escobito", "Davis", "Black");
    }

    @Test
    void aPageOfAQueryLoadsRelationshipsForThePageOnly() {
        seed();

        Page<Owner> page =
                this.counter.expect(
                        3,
                        () ->
                                this.owners.findByLastNamePrefix(
                                        "D", PageRequest.of(0, 1, Sort.by("id"))));

        assertThat(page.getTotalElements()).isEqualTo(2);
        assertThat(page.getContent()).hasSize(1);
        assertThat(page.getContent().get(0).relatedList(Owner.PETS))
                .extracting(p -> p.get(Pet.NAME))
                .containsExactlyInAnyOrder("Leo", "Basil");
    }

    @Test
    void unpagedSelectsEverythingWithoutCount() {
        seed();

        Page<Owner> page = this.counter.expect(1, () -> this.owners.findAll(Pageable.unpaged()));

        assertThat(page.getContent()).hasSize(LAST_NAMES.length);
        assertThat(page.getTotalElements()).isEqualTo(LAST_NAMES.length);
    }

    @Test
    void anUnknownSortPropertyFailsBeforeAnyStatementNamingTheKnownOnes() {
        seed();

        assertThatThrownBy(() -> this.owners.findAll(PageRequest.of(0, 3, Sort.by("lastname"))))
                .isInstanceOf(UnknownSortPropertyException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'lastname'")
                .hasMessageContaining("known: id, firstName, lastName, city");
        assertThat(this.counter.count()).isZero();
    }

    // ---- definition errors ---------------------------------------------------------------------

    @Test
    void aKeyTypeThatDoesNotMatchTheTableIsRefused() {
        assertThatThrownBy(MistypedRepository::new)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("key type argument is Integer")
                .hasMessageContaining("TableRepository<Owner, Long>");
    }

    @Test
    void openTypeArgumentsAreRefused() {
        assertThatThrownBy(RawRepository::new)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("must name its table and key types");
    }

    @Test
    void aRepositoryWithoutSessionSaysHowToGetOne() {
        assertThatThrownBy(() -> new OwnerRepository().count())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("setSession");
    }
}
