package dev.qlio.orm.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qlio.orm.Database;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Records;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;
import dev.qlio.orm.session.Session;
import dev.qlio.orm.testing.DatabaseSuite;
import dev.qlio.orm.testing.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rows into records and records (forms, request bodies) into rows, with a database round trip. */
class RecordsTest extends DatabaseSuite {

    @TableName("rc_person")
    public static class Person extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<String> FIRST_NAME = column(SqlType.varchar(30)).notNull();
        public static final Column<String> LAST_NAME = column(SqlType.varchar(30)).notNull();
        public static final Column<Integer> AGE = column(SqlType.INTEGER);
    }

    record PersonForm(Long id, String firstName, String lastName, Integer age) {}

    record NameView(String firstName, String lastName) {}

    Database db;

    RecordsTest() {
        super(TestDatabase.H2);
    }

    @BeforeEach
    void create() {
        this.database.dropTables("rc_person");
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(Person.class);
        metadata.setupTables();
        this.db = Database.builder(dataSource(), metadata).build();
        this.db.ddl().createAll();
    }

    @AfterEach
    void drop() {
        this.database.dropTables("rc_person");
    }

    private Map<String, Object> stored(long id) {
        return jdbc().queryForMap(
                        "SELECT * FROM " + quote("rc_person") + " WHERE " + quote("id") + " = ?",
                        id);
    }

    @Test
    void aFormBecomesARowAndARowAView() {
        long id;
        try (Session s = this.db.session()) {
            // a form posted with an empty id: the database generates it
            Person person = Records.toRow(new PersonForm(null, "Ada", "Byron", 36), Person.class);
            s.add(person);
            s.commit();
            id = person.get(Person.ID);
            assertThat(Records.into(person, NameView.class))
                    .isEqualTo(new NameView("Ada", "Byron"));
        }
        assertThat(stored(id)).containsEntry("first_name", "Ada").containsEntry("age", 36);
    }

    @Test
    void copyingAFormOntoALoadedRowChangesOnlyWhatDiffers() {
        long id;
        try (Session s = this.db.session()) {
            Person person = Records.toRow(new PersonForm(null, "Ada", "Byron", 36), Person.class);
            s.add(person);
            s.commit();
            id = person.get(Person.ID);
        }
        try (Session s = this.db.session()) {
            Person loaded = s.select(Person.class).where(Person.ID.eq(id)).first().orElseThrow();
            // changed behind the session: an update of other columns must not overwrite it
            jdbc().update(
                            "UPDATE "
                                    + quote("rc_person")
                                    + " SET "
                                    + quote("age")
                                    + " = 37 WHERE "
                                    + quote("id")
                                    + " = ?",
                            id);
            Records.copy(new PersonForm(id, "Ada", "Lovelace", 36), loaded);
            assertThat(loaded.isChanged(Person.LAST_NAME)).isTrue();
            assertThat(loaded.isChanged(Person.AGE)).isFalse();
            s.add(loaded);
            s.commit();
        }
        assertThat(stored(id)).containsEntry("last_name", "Lovelace").containsEntry("age", 37);
    }

    @Test
    void componentsThatDoNotFitAreNamed() {
        Person person = Records.toRow(new PersonForm(null, "Ada", "Byron", null), Person.class);
        record Unknown(String nickname) {}
        assertThatThrownBy(() -> Records.into(person, Unknown.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown.nickname matches no column of Person")
                .hasMessageContaining("firstName");
        record Wrong(Integer firstName) {}
        assertThatThrownBy(() -> Records.into(person, Wrong.class))
                .hasMessageContaining(
                        "Wrong.firstName is a Integer but the row's value is a String");
        record Primitive(int age) {}
        assertThatThrownBy(() -> Records.into(person, Primitive.class))
                .hasMessageContaining("declare it with the boxed type");
        record BadForm(Integer firstName) {}
        assertThatThrownBy(() -> Records.toRow(new BadForm(3), Person.class))
                .hasMessageContaining("BadForm.firstName holds a Integer")
                .hasMessageContaining("takes String");
    }
}
