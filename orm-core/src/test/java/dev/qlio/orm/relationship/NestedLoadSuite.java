package dev.qlio.orm.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qlio.orm.Database;
import dev.qlio.orm.observation.StatementCounter;
import dev.qlio.orm.query.SelectQuery;
import dev.qlio.orm.relationship.ClinicTables.Owner;
import dev.qlio.orm.relationship.ClinicTables.Pet;
import dev.qlio.orm.relationship.ClinicTables.PetType;
import dev.qlio.orm.relationship.ClinicTables.Specialty;
import dev.qlio.orm.relationship.ClinicTables.Vet;
import dev.qlio.orm.relationship.ClinicTables.VetSpecialty;
import dev.qlio.orm.relationship.ClinicTables.Visit;
import dev.qlio.orm.schema.LoadPath;
import dev.qlio.orm.schema.LoadStrategy;
import dev.qlio.orm.session.Session;
import dev.qlio.orm.testing.DatabaseSuite;
import dev.qlio.orm.testing.TestDatabase;
import io.micrometer.observation.ObservationRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/**
 * Nested load paths cost one statement per {@code SELECT} level whatever the number of rows, page
 * the selected rows only, keep each collection in its declared (or asked) order, and removal
 * cascades one statement per table. Every graph is compared with the same question asked through
 * plain JDBC.
 */
abstract class NestedLoadSuite extends DatabaseSuite {

    private static final String[] LAST_NAMES = {
        "Davis", "Black", "Coleman", "Estaban", "Franklin", "McTavish", "Rodriquez", "Schroeder"
    };

    private static final String[] PET_NAMES = {
        "Leo", "Basil", "Rosy", "Jewel", "Iggy", "George", "Samantha", "Max", "Lucky", "Mulligan",
        "Freddy", "Sly", "Bella", "Daisy", "Milo", "Nala", "Oscar", "Pip", "Quinn", "Rex"
    };

    private static final Pattern IDENTIFIER = Pattern.compile("\\{(\\w+)}");

    Database db;

    StatementCounter counter;

    NestedLoadSuite(TestDatabase database) {
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
        seed();
        this.counter.reset();
    }

    @AfterEach
    void dropTables() {
        this.database.dropTables(ClinicTables.NAMES);
    }

    /** 30 owners with 0-3 pets each (some without a type), 0-3 visits a pet, dates with ties. */
    private void seed() {
        try (Session s = this.db.session()) {
            List<PetType> types = new ArrayList<>();
            for (String name : new String[] {"cat", "dog", "bird"}) {
                PetType t = new PetType();
                t.set(PetType.NAME, name);
                types.add(t);
            }
            s.addAll(types);
            int k = 0;
            for (int i = 0; i < 30; i++) {
                Owner o = new Owner();
                o.set(Owner.LAST_NAME, LAST_NAMES[(i * 3) % LAST_NAMES.length]);
                o.set(Owner.FIRST_NAME, "F" + i);
                s.add(o);
                for (int j = 0; j < i % 4; j++) {
                    Pet p = new Pet();
                    p.set(Pet.NAME, PET_NAMES[(i * 5 + j * 7) % PET_NAMES.length]);
                    p.set(Pet.OWNER_ID, o.get(Owner.ID));
                    int t = (i + j) % 4;
                    p.set(Pet.TYPE_ID, t == 3 ? null : types.get(t).get(PetType.ID));
                    s.add(p);
                    List<Visit> visits = new ArrayList<>();
                    for (int v = 0; v < k % 4; v++) {
                        Visit visit = new Visit();
                        visit.set(Visit.PET_ID, p.get(Pet.ID));
                        visit.set(
                                Visit.VISIT_DATE,
                                LocalDate.of(2026, 1, 1).plusDays((k * 13 + v * 5) % 10));
                        visit.set(Visit.DESCRIPTION, "v" + k + "-" + v);
                        visits.add(visit);
                    }
                    s.addAll(visits);
                    k++;
                }
            }
            List<Specialty> specialties = new ArrayList<>();
            for (String name : new String[] {"surgery", "dentistry", "radiology"}) {
                Specialty sp = new Specialty();
                sp.set(Specialty.NAME, name);
                specialties.add(sp);
            }
            s.addAll(specialties);
            for (int i = 0; i < 5; i++) {
                Vet vet = new Vet();
                vet.set(Vet.NAME, "vet" + i);
                s.add(vet);
                for (int j = 0; j < i % 3 + 1; j++) {
                    VetSpecialty link = new VetSpecialty();
                    link.set(VetSpecialty.VET_ID, vet.get(Vet.ID));
                    link.set(
                            VetSpecialty.SPECIALTY_ID,
                            specialties.get((i + j) % 3).get(Specialty.ID));
                    s.add(link);
                }
            }
            s.commit();
        }
    }

    // ---- the same questions through plain JDBC ---------------------------------------------

    /** Owner id -> "Last First", in page order. */
    private Map<Long, String> ownerPage(int limit, int offset) {
        Map<Long, String> owners = new LinkedHashMap<>();
        jdbc().query(
                        sql(
                                "SELECT {id}, {last_name}, {first_name} FROM {nl_owner} ORDER BY {last_name}, {id}"
                                        + " LIMIT "
                                        + limit
                                        + " OFFSET "
                                        + offset),
                        rs -> {
                            owners.put(rs.getLong(1), rs.getString(2) + " " + rs.getString(3));
                        });
        return owners;
    }

    /** The owners' pets with type and visits, as {@link #describe} writes them. */
    private Map<String, String> expected(Map<Long, String> owners, boolean visitsAscending) {
        Map<Long, String> typeNames = new HashMap<>();
        jdbc().query(
                        sql("SELECT {id}, {name} FROM {nl_pet_type}"),
                        rs -> {
                            typeNames.put(rs.getLong(1), rs.getString(2));
                        });
        Map<Long, List<String>> visits = new HashMap<>();
        jdbc().query(
                        sql(
                                "SELECT {pet_id}, {description} FROM {nl_visit} ORDER BY {visit_date} "
                                        + (visitsAscending ? "ASC" : "DESC")
                                        + ", {id}"),
                        rs -> {
                            visits.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                    .add(rs.getString(2));
                        });
        Map<Long, List<String>> pets = new HashMap<>();
        jdbc().query(
                        sql(
                                "SELECT {id}, {owner_id}, {name}, {type_id} FROM {nl_pet} ORDER BY {name}, {id}"),
                        rs -> {
                            long type = rs.getLong(4);
                            String typeName = rs.wasNull() ? "-" : typeNames.get(type);
                            pets.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                                    .add(
                                            rs.getString(3)
                                                    + "/"
                                                    + typeName
                                                    + visits.getOrDefault(
                                                            rs.getLong(1), List.of()));
                        });
        Map<String, String> graph = new LinkedHashMap<>();
        owners.forEach((id, name) -> graph.put(name, pets.getOrDefault(id, List.of()).toString()));
        return graph;
    }

    /** The loaded graph, read without statements. */
    private static Map<String, String> describe(List<Owner> owners) {
        Map<String, String> graph = new LinkedHashMap<>();
        for (Owner o : owners) {
            List<String> pets = new ArrayList<>();
            for (Pet p : o.relatedList(Owner.PETS)) {
                PetType type = p.related(Pet.TYPE);
                List<String> visits =
                        p.relatedList(Pet.VISITS).stream()
                                .map(v -> v.get(Visit.DESCRIPTION))
                                .toList();
                pets.add(
                        p.get(Pet.NAME)
                                + "/"
                                + (type == null ? "-" : type.get(PetType.NAME))
                                + visits);
            }
            graph.put(o.get(Owner.LAST_NAME) + " " + o.get(Owner.FIRST_NAME), pets.toString());
        }
        return graph;
    }

    private List<Owner> page(Session s, Function<SelectQuery<Owner>, SelectQuery<Owner>> loads) {
        return loads.apply(
                        s.select(Owner.class)
                                .orderBy(Owner.LAST_NAME.asc(), Owner.ID.asc())
                                .limit(10)
                                .offset(5))
                .all();
    }

    // ---- statement counts and contents ------------------------------------------------------

    /** Owners 6-15 with the paths loaded cost {@code statements}; the graph is JDBC's. */
    private Map<String, String> assertOwnersPage(int statements, LoadPath... paths) {
        Map<String, String> expected = expected(ownerPage(10, 5), false);
        try (Session s = this.db.session()) {
            List<Owner> owners = this.counter.expect(statements, () -> page(s, q -> q.load(paths)));
            assertThat(owners).hasSize(10);
            Map<String, String> graph = this.counter.expect(0, () -> describe(owners));
            assertThat(graph).containsExactlyEntriesOf(expected);
            return graph;
        }
    }

    @Test
    void ownersPetsVisitsAndTypesLoadInThreeStatementsWithTheTypeJoined() {
        Map<String, String> graph =
                assertOwnersPage(
                        3,
                        Owner.PETS.then(Pet.VISITS),
                        Owner.PETS.then(Pet.TYPE.using(LoadStrategy.JOINED)));
        assertThat(graph.values()).anyMatch(pets -> pets.contains("/-"));
    }

    @Test
    void everyLevelSelectedCostsOneStatementPerLevel() {
        assertOwnersPage(4, Owner.PETS.then(Pet.VISITS), Owner.PETS.then(Pet.TYPE));
    }

    @Test
    void everyLevelJoinedIsOneStatementThatPagesTheOwnersOnly() {
        assertOwnersPage(
                1,
                Owner.PETS.using(LoadStrategy.JOINED).then(Pet.VISITS.using(LoadStrategy.JOINED)),
                Owner.PETS.then(Pet.TYPE.using(LoadStrategy.JOINED)));
    }

    @Test
    void aPagedOwnerListCostsACountAndOneStatementPerLevel() {
        Map<String, String> expected = expected(ownerPage(10, 10), false);
        try (Session s = this.db.session()) {
            Page<Owner> page =
                    this.counter.expect(
                            4,
                            () ->
                                    s.select(Owner.class)
                                            .orderBy(Owner.LAST_NAME.asc(), Owner.ID.asc())
                                            .load(
                                                    Owner.PETS.then(Pet.VISITS),
                                                    Owner.PETS.then(
                                                            Pet.TYPE.using(LoadStrategy.JOINED)))
                                            .page(PageRequest.of(1, 10)));
            assertThat(page.getTotalElements()).isEqualTo(30);
            assertThat(describe(page.getContent())).containsExactlyEntriesOf(expected);
        }
    }

    @Test
    void aQueryOrdersALoadOtherwiseWithEitherStrategy() {
        Map<String, String> expected = expected(ownerPage(10, 5), true);
        try (Session s = this.db.session()) {
            for (LoadStrategy strategy : LoadStrategy.values()) {
                List<Owner> owners =
                        page(
                                s,
                                q ->
                                        q.load(
                                                Owner.PETS.then(
                                                        Pet.VISITS
                                                                .using(strategy)
                                                                .orderBy(Visit.VISIT_DATE.asc())),
                                                Owner.PETS.then(Pet.TYPE)));
                assertThat(describe(owners)).as(strategy.name()).containsExactlyEntriesOf(expected);
            }
        }
    }

    @Test
    void rowsAlreadyReadGetAPathWithOneStatementPerLevel() {
        Map<String, String> expected = expected(ownerPage(10, 5), false);
        try (Session s = this.db.session()) {
            List<Owner> owners = page(s, q -> q);
            this.counter.expect(2, () -> s.load(owners, Owner.PETS.then(Pet.VISITS)));
            // the pets again, each with its type joined in: one statement
            this.counter.expect(
                    1, () -> s.load(owners, Owner.PETS.then(Pet.TYPE.using(LoadStrategy.JOINED))));
            this.counter.expect(
                    1,
                    () ->
                            s.load(
                                    owners.stream()
                                            .flatMap(o -> o.relatedList(Owner.PETS).stream())
                                            .toList(),
                                    LoadPath.of(Pet.VISITS)));
            assertThat(describe(owners)).containsExactlyEntriesOf(expected);
        }
    }

    @Test
    void aRowReachedTwiceIsOneInstance() {
        try (Session s = this.db.session()) {
            for (LoadStrategy strategy : LoadStrategy.values()) {
                List<Pet> pets = s.select(Pet.class).load(Pet.TYPE.using(strategy)).all();
                Map<Long, PetType> byId = new HashMap<>();
                Map<PetType, Boolean> instances = new IdentityHashMap<>();
                for (Pet p : pets) {
                    PetType t = p.related(Pet.TYPE);
                    if (t != null) {
                        PetType first = byId.putIfAbsent(t.get(PetType.ID), t);
                        assertThat(first == null || first == t).as(strategy.name()).isTrue();
                        instances.put(t, true);
                    }
                }
                assertThat(instances).as(strategy.name()).hasSize(3);
            }
        }
    }

    @Test
    void aCollectionJoinedBelowASharedToOneRowHoldsEachChildOnce() {
        Map<Long, Long> visitsPerPet = new HashMap<>();
        jdbc().query(
                        sql("SELECT {pet_id}, COUNT(*) FROM {nl_visit} GROUP BY {pet_id}"),
                        rs -> {
                            visitsPerPet.put(rs.getLong(1), rs.getLong(2));
                        });
        try (Session s = this.db.session()) {
            // every visit of a pet repeats the pet, and the pet's visits below it
            List<Visit> visits =
                    this.counter.expect(
                            1,
                            () ->
                                    s.select(Visit.class)
                                            .load(
                                                    Visit.PET
                                                            .using(LoadStrategy.JOINED)
                                                            .then(
                                                                    Pet.VISITS.using(
                                                                            LoadStrategy.JOINED)))
                                            .all());
            assertThat(visits).isNotEmpty();
            for (Visit v : visits) {
                Pet pet = v.related(Visit.PET);
                List<Long> ids =
                        pet.relatedList(Pet.VISITS).stream().map(x -> x.get(Visit.ID)).toList();
                assertThat(ids).doesNotHaveDuplicates().contains(v.get(Visit.ID));
                assertThat((long) ids.size()).isEqualTo(visitsPerPet.get(pet.get(Pet.ID)));
            }
        }
    }

    @Test
    void aManyToManyLoadsInItsDeclaredOrderWithEitherStrategy() {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        jdbc().query(
                        sql(
                                "SELECT v.{name}, s.{name} FROM {nl_vet} v LEFT JOIN {nl_vet_specialty} l ON"
                                        + " l.{vet_id} = v.{id} LEFT JOIN {nl_specialty} s ON s.{id} ="
                                        + " l.{specialty_id} ORDER BY v.{id}, s.{name}"),
                        rs -> {
                            expected.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                    .add(rs.getString(2));
                        });
        try (Session s = this.db.session()) {
            for (LoadStrategy strategy : LoadStrategy.values()) {
                List<Vet> vets =
                        this.counter.expect(
                                strategy == LoadStrategy.SELECT ? 2 : 1,
                                () ->
                                        s.select(Vet.class)
                                                .orderBy(Vet.ID.asc())
                                                .load(Vet.SPECIALTIES.using(strategy))
                                                .all());
                Map<String, List<String>> graph = new LinkedHashMap<>();
                for (Vet v : vets) {
                    graph.put(
                            v.get(Vet.NAME),
                            v.relatedList(Vet.SPECIALTIES).stream()
                                    .map(sp -> sp.get(Specialty.NAME))
                                    .toList());
                }
                assertThat(graph).as(strategy.name()).containsExactlyEntriesOf(expected);
            }
        }
    }

    // ---- removal with children --------------------------------------------------------------

    /** The SQL with each {@code {name}} quoted for this database. */
    private String sql(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = IDENTIFIER.matcher(text);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(quote(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private long count(String sql) {
        Long n = jdbc().queryForObject(sql(sql), Long.class);
        return n == null ? -1 : n;
    }

    @Test
    void removingAnOwnerDeletesItsPetsAndTheirVisitsOneStatementPerTable() {
        long owners = count("SELECT COUNT(*) FROM {nl_owner}");
        long pets = count("SELECT COUNT(*) FROM {nl_pet}");
        long visits = count("SELECT COUNT(*) FROM {nl_visit}");
        // the owner with the most visits
        long ownerId =
                count(
                        "SELECT p.{owner_id} FROM {nl_pet} p JOIN {nl_visit} v ON v.{pet_id} = p.{id}"
                                + " GROUP BY p.{owner_id} ORDER BY COUNT(*) DESC, p.{owner_id} LIMIT 1");
        long itsPets = count("SELECT COUNT(*) FROM {nl_pet} WHERE {owner_id} = " + ownerId);
        long itsVisits =
                count(
                        "SELECT COUNT(*) FROM {nl_visit} v JOIN {nl_pet} p ON p.{id} = v.{pet_id} WHERE"
                                + " p.{owner_id} = "
                                + ownerId);
        assertThat(itsPets).isGreaterThan(1);
        assertThat(itsVisits).isGreaterThan(1);
        try (Session s = this.db.session()) {
            Owner owner = s.select(Owner.class).where(Owner.ID.eq(ownerId)).first().orElseThrow();
            this.counter.expect(3, () -> s.remove(owner));
            s.commit();
        }
        assertThat(count("SELECT COUNT(*) FROM {nl_owner}")).isEqualTo(owners - 1);
        assertThat(count("SELECT COUNT(*) FROM {nl_pet}")).isEqualTo(pets - itsPets);
        assertThat(count("SELECT COUNT(*) FROM {nl_visit}")).isEqualTo(visits - itsVisits);
        assertThat(count("SELECT COUNT(*) FROM {nl_pet} WHERE {owner_id} = " + ownerId)).isZero();
    }

    @Test
    void aRemovalThatFailsLeavesTheChildren() {
        long pets = count("SELECT COUNT(*) FROM {nl_pet}");
        long visits = count("SELECT COUNT(*) FROM {nl_visit}");
        long ownerId = count("SELECT MIN({owner_id}) FROM {nl_pet}");
        try (Session s = this.db.session()) {
            Owner owner = s.select(Owner.class).where(Owner.ID.eq(ownerId)).first().orElseThrow();
            s.remove(owner);
            // gone behind the session's back: removing it again matches no row
            assertThatThrownBy(() -> s.remove(owner)).hasMessageContaining("nl_owner");
            s.rollback();
        }
        assertThat(count("SELECT COUNT(*) FROM {nl_pet}")).isEqualTo(pets);
        assertThat(count("SELECT COUNT(*) FROM {nl_visit}")).isEqualTo(visits);
    }

    @Test
    void removingAVetDeletesItsLinkRowsNotTheSpecialties() {
        long links = count("SELECT COUNT(*) FROM {nl_vet_specialty}");
        long itsLinks =
                count(
                        "SELECT COUNT(*) FROM {nl_vet_specialty} WHERE {vet_id} = (SELECT MAX({id}) FROM"
                                + " {nl_vet})");
        try (Session s = this.db.session()) {
            Vet vet = s.select(Vet.class).orderBy(Vet.ID.desc()).first().orElseThrow();
            this.counter.expect(2, () -> s.remove(vet));
            s.commit();
        }
        assertThat(count("SELECT COUNT(*) FROM {nl_vet_specialty}")).isEqualTo(links - itsLinks);
        assertThat(count("SELECT COUNT(*) FROM {nl_specialty}")).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM {nl_vet}")).isEqualTo(4);
    }

    // ---- mistakes ---------------------------------------------------------------------------

    @Test
    void aPathThatDoesNotConnectIsRefusedWithTheFix() {
        assertThatThrownBy(() -> Owner.PETS.then(Vet.SPECIALTIES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("continue with a relationship of Pet");
        try (Session s = this.db.session()) {
            assertThatThrownBy(() -> s.select(Pet.class).load(Owner.PETS.then(Pet.VISITS)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("the table this query selects");
            assertThatThrownBy(
                            () ->
                                    s.select(Owner.class)
                                            .load(
                                                    Owner.PETS.then(
                                                            LoadPath.of(Pet.VISITS)
                                                                    .orderBy(
                                                                            Owner.LAST_NAME
                                                                                    .asc()))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("order a load by columns of Visit");
            assertThatThrownBy(() -> LoadPath.of(Pet.TYPE).orderBy(PetType.NAME.asc()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("only collections can be ordered");
        }
    }
}
