package dev.qlio.orm.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qlio.orm.Database;
import dev.qlio.orm.names.CaseTables.Owner;
import dev.qlio.orm.names.CaseTables.Pet;
import dev.qlio.orm.schema.LoadStrategy;
import dev.qlio.orm.session.Session;
import dev.qlio.orm.testing.DatabaseSuite;
import dev.qlio.orm.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tables a schema script created with unquoted names (which H2 folds to upper case, PostgreSQL to
 * lower case, and MariaDB and SQLite keep as written) are found and used as the database spells
 * them: {@code create} adds no second table, {@code validate} finds no difference, and every
 * statement reaches the script's tables, checked with plain JDBC in the script's own spelling.
 */
abstract class UnquotedSchemaSuite extends DatabaseSuite {

    UnquotedSchemaSuite(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void runTheScript() {
        dropAll();
        CaseTables.SCRIPT.forEach(jdbc()::execute);
    }

    @AfterEach
    void dropAll() {
        for (String table : List.of("ic_pet", "ic_owner")) {
            for (String spelling : spellings(table)) {
                jdbc().execute("DROP TABLE " + quote(spelling));
            }
        }
    }

    /** The spellings of a table in the database, ignoring case. */
    List<String> spellings(String table) {
        List<String> found = new ArrayList<>();
        try (Connection c = dataSource().getConnection();
                ResultSet rs =
                        c.getMetaData().getTables(c.getCatalog(), c.getSchema(), null, null)) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (name.equalsIgnoreCase(table) && !found.contains(name)) {
                    found.add(name);
                }
            }
        } catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
        return found;
    }

    Database database(boolean exactCase) {
        return Database.builder(dataSource(), CaseTables.metadata())
                .exactIdentifierCase(exactCase)
                .build();
    }

    @Test
    void createAddsNoSecondTableAndValidateFindsNoDifference() {
        List<String> before = spellings("ic_owner");
        Database db = database(false);
        db.ddl().createAll();
        assertThat(spellings("ic_owner")).isEqualTo(before).hasSize(1);
        assertThat(spellings("ic_pet")).hasSize(1);
        assertThat(db.ddl().validate()).isEmpty();
    }

    @Test
    void everyStatementReachesTheScriptsTables() {
        Database db = database(false);
        db.ddl().createAll();
        try (Session s = db.session()) {
            Owner owner = new Owner();
            owner.set(Owner.ID, 1L);
            owner.set(Owner.LAST_NAME, "Davis");
            s.add(owner);
            List<Pet> pets = new ArrayList<>();
            for (String name : List.of("Rosy", "Leo")) {
                Pet pet = new Pet();
                pet.set(Pet.ID, (long) pets.size() + 10);
                pet.set(Pet.NAME, name);
                pet.set(Pet.OWNER_ID, 1L);
                pets.add(pet);
            }
            s.addAll(pets);
            s.commit();
        }
        // read back in the script's own (unquoted) spelling
        assertThat(
                        jdbc().queryForObject(
                                        "SELECT Last_Name FROM Ic_Owner WHERE Id = 1",
                                        String.class))
                .isEqualTo("Davis");
        assertThat(
                        jdbc().queryForObject(
                                        "SELECT COUNT(*) FROM Ic_Pet WHERE Owner_Id = 1",
                                        Long.class))
                .isEqualTo(2);
        try (Session s = db.session()) {
            for (LoadStrategy strategy : LoadStrategy.values()) {
                Owner owner =
                        s.select(Owner.class)
                                .where(Pet.NAME.eq("Leo"))
                                .load(Owner.PETS.using(strategy))
                                .first()
                                .orElseThrow();
                assertThat(owner.relatedList(Owner.PETS))
                        .extracting(p -> p.get(Pet.NAME))
                        .containsExactly("Leo", "Rosy");
            }
            Pet leo =
                    s.select(Pet.class)
                            .where(Owner.LAST_NAME.eq("Davis"))
                            .load(Pet.OWNER)
                            .all()
                            .get(0);
            assertThat(leo.related(Pet.OWNER).get(Owner.LAST_NAME)).isEqualTo("Davis");
            Owner owner = leo.related(Pet.OWNER);
            owner.set(Owner.CITY, "Madison");
            s.add(owner);
            assertThat(
                            s.update(Pet.class)
                                    .set(Pet.NAME, "Max")
                                    .where(Pet.NAME.eq("Rosy"))
                                    .execute())
                    .isEqualTo(1);
            s.commit();
        }
        assertThat(jdbc().queryForObject("SELECT City FROM Ic_Owner WHERE Id = 1", String.class))
                .isEqualTo("Madison");
        assertThat(
                        jdbc().queryForObject(
                                        "SELECT COUNT(*) FROM Ic_Pet WHERE Name = 'Max'",
                                        Long.class))
                .isEqualTo(1);
        try (Session s = db.session()) {
            // raw SQL names the script's tables through placeholders, as the database spells them
            assertThat(s.fetch("SELECT {ic_owner.city} AS city FROM {ic_owner}"))
                    .extracting(r -> r.get("city"))
                    .containsExactly("Madison");
            s.remove(s.select(Owner.class).first().orElseThrow());
            s.commit();
        }
        assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM Ic_Pet", Long.class)).isZero();
        assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM Ic_Owner", Long.class)).isZero();
    }

    @Test
    void dropAllDropsTheScriptsTables() {
        Database db = database(false);
        db.ddl().dropAll();
        assertThat(spellings("ic_owner")).isEmpty();
        assertThat(spellings("ic_pet")).isEmpty();
        // created again, now in Qlio's own spelling, and used
        db.ddl().createAll();
        assertThat(db.ddl().validate()).isEmpty();
        try (Session s = db.session()) {
            Owner owner = new Owner();
            owner.set(Owner.ID, 2L);
            owner.set(Owner.LAST_NAME, "Black");
            s.add(owner);
            s.commit();
            assertThat(s.select(Owner.class).count()).isEqualTo(1);
        }
    }

    /** On databases where two spellings can exist side by side. */
    void twoSpellingsAreRefused() {
        String found = spellings("ic_owner").get(0);
        String other = found.equals("ic_owner") ? "IC_OWNER" : "ic_owner";
        jdbc().execute(
                        "CREATE TABLE "
                                + quote(other)
                                + " ("
                                + quote("id")
                                + " BIGINT PRIMARY KEY)");
        Database db = database(false);
        assertThatThrownBy(() -> db.ddl().createAll())
                .hasMessageContaining("\"" + found + "\"")
                .hasMessageContaining("\"" + other + "\"")
                .hasMessageContaining("Drop the table you do not use");
        assertThatThrownBy(() -> db.ddl().validate()).hasMessageContaining("2 spellings");
        assertThat(spellings("ic_owner")).hasSize(2);
    }

    /** With exact case, a table found only in another case fails the schema step. */
    void exactCaseRefusesAnotherSpelling() {
        String found = spellings("ic_owner").get(0);
        Database db = database(true);
        if (found.equals("ic_owner")) {
            // PostgreSQL folds the script's names to Qlio's case: nothing to refuse
            db.ddl().createAll();
            assertThat(db.ddl().validate()).isEmpty();
        } else {
            assertThatThrownBy(() -> db.ddl().createAll())
                    .hasMessageContaining(
                            "\"ic_owner\" is not in the database, but \"" + found + "\" is")
                    .hasMessageContaining("exact-identifier-case");
        }
        assertThat(spellings("ic_owner")).containsExactly(found);
    }
}
