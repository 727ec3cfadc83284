package dev.qlio.orm.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.qlio.orm.schema.types.SqlType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Column definitions shared through {@link ColumnTemplate}s and helper methods: each table gets
 * columns of its own, and what cannot work (columns on a base class, a table class extending
 * another, anonymous subclasses) is refused with what to do instead.
 */
class SharedColumnsTest {

    /** Definitions shared by the tables below. */
    static final class Shared {
        static final ColumnTemplate<Long> ID =
                ColumnTemplate.of(SqlType.BIGINT).primaryKey().autoincrement();
        static final ColumnTemplate<String> NAME = ColumnTemplate.of(SqlType.varchar(30)).notNull();
        static final ColumnTemplate<Instant> CREATED =
                ColumnTemplate.of(SqlType.TIMESTAMPTZ)
                        .named("created_at")
                        .defaultValue(Instant::now);
    }

    /** An abstract base with helpers only: allowed. */
    abstract static class Person extends Table {
        static Column<String> personName() {
            return column(Shared.NAME).index();
        }

        String describe() {
            return get(firstNameOf(this)) + "!";
        }

        private static Column<String> firstNameOf(Table row) {
            return (Column<String>) row.table().requireColumn("first_name").origin();
        }
    }

    @TableName("shared_owners")
    public static class Owner extends Person {
        public static final Column<Long> ID = column(Shared.ID);
        public static final Column<String> FIRST_NAME = personName();
        public static final Column<String> LAST_NAME = column(Shared.NAME).unique();
        public static final Column<Instant> CREATED = column(Shared.CREATED);
    }

    @TableName("shared_pets")
    public static class Pet extends Table {
        public static final Column<Long> ID = column(Shared.ID);
        public static final Column<String> NAME = column(Shared.NAME);
    }

    @Test
    void eachTableGetsColumnsOfItsOwn() {
        assertThat(Owner.ID).isNotSameAs(Pet.ID);
        assertThat(Owner.ID.table().tableClass()).isEqualTo(Owner.class);
        assertThat(Pet.ID.table().tableClass()).isEqualTo(Pet.class);
        assertThat(Owner.ID.qualifier()).isEqualTo("shared_owners");
        assertThat(Pet.ID.qualifier()).isEqualTo("shared_pets");
        assertThat(Owner.ID.isPrimaryKey()).isTrue();
        assertThat(Owner.ID.isAutoincrement()).isTrue();
        assertThat(TableMeta.of(Owner.class).primaryKey().columns()).containsExactly(Owner.ID);
        assertThat(TableMeta.of(Pet.class).primaryKey().columns()).containsExactly(Pet.ID);
    }

    @Test
    void copiesAreNamedAfterTheirFieldsUnlessTheTemplateNamesThem() {
        assertThat(TableMeta.of(Owner.class).columns())
                .extracting(Column::name)
                .containsExactly("id", "first_name", "last_name", "created_at");
        assertThat(Pet.NAME.name()).isEqualTo("name");
    }

    @Test
    void modifiersOnACopyStayOnThatCopy() {
        assertThat(Owner.LAST_NAME.isUnique()).isTrue();
        assertThat(Pet.NAME.isUnique()).isFalse();
        assertThat(Owner.FIRST_NAME.isIndexed()).isTrue();
        assertThat(Pet.NAME.isIndexed()).isFalse();
        assertThat(Owner.LAST_NAME.isNullable()).isFalse();
        assertThat(Owner.CREATED.defaultValueFor()).isNotNull();
    }

    @Test
    void templatesAreImmutable() {
        ColumnTemplate<String> base = ColumnTemplate.of(SqlType.TEXT);
        ColumnTemplate<String> required = base.notNull();
        assertThat(required).isNotSameAs(base);
        assertThat(base.definition().notNull).isFalse();
        assertThat(required.definition().notNull).isTrue();
    }

    @Test
    void aHelperOnAnAbstractBaseBuildsColumnsForTheCallingTable() {
        assertThat(Owner.FIRST_NAME.declaringClass()).isEqualTo(Owner.class);
        new TableMetadata().registerTable(Owner.class);
        Owner owner = new Owner();
        owner.set(Owner.FIRST_NAME, "Ada");
        assertThat(owner.describe()).isEqualTo("Ada!");
    }

    @Test
    void aRowRefusesAnotherTablesCopyOfTheSameTemplate() {
        Pet pet = new Pet();
        assertThatThrownBy(() -> pet.set(Owner.LAST_NAME, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void conditionsNameTheirOwnTable() {
        assertThat(Owner.ID.eq(1L)).isNotEqualTo(Pet.ID.eq(1L));
        assertThat(Owner.ID.toString()).startsWith("Owner.id");
        assertThat(Pet.ID.toString()).startsWith("Pet.id");
    }

    // ---- what is refused ---------------------------------------------------------------------

    /** A base whose static columns would belong to the base, not to each table. */
    abstract static class WithColumns extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
    }

    public static class InheritsColumns extends WithColumns {
        public static final Column<String> NAME = column(SqlType.TEXT);
    }

    @Test
    void columnsOnAnAbstractBaseAreRefusedPointingToTemplates() {
        SchemaDefinitionException ex =
                catchThrowableOfType(
                        SchemaDefinitionException.class,
                        () -> new TableMetadata().registerTable(InheritsColumns.class));
        assertThat(ex)
                .hasMessageContaining(InheritsColumns.class.getName())
                .hasMessageContaining(WithColumns.class.getName() + ", which declares ID")
                .hasMessageContaining("ColumnTemplate")
                .hasMessageContaining("column(Shared.ID)");
    }

    public static class ExtendsPet extends Pet {}

    @Test
    void aTableClassExtendingAnotherIsRefusedPointingToTemplates() {
        SchemaDefinitionException ex =
                catchThrowableOfType(
                        SchemaDefinitionException.class,
                        () -> new TableMetadata().registerTable(ExtendsPet.class));
        assertThat(ex)
                .hasMessageContaining("extends the table class " + Pet.class.getName())
                .hasMessageContaining("Make both extend Table")
                .hasMessageContaining("ColumnTemplate");
    }

    @Test
    void anAnonymousSubclassIsRefusedPointingToTheTableClass() {
        assertThatThrownBy(
                        () ->
                                new Pet() {
                                    {
                                        set(NAME, "Rex");
                                    }
                                })
                .isInstanceOf(SchemaDefinitionException.class)
                .hasMessageContaining("anonymous subclass of " + Pet.class.getName())
                .hasMessageContaining("new Pet() and set(...)");
    }

    @Test
    void columnOutsideATableClassIsRefusedPointingToTemplates() {
        assertThatThrownBy(NotATable::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not from " + Helper.class.getName())
                .hasMessageContaining("ColumnTemplate");
    }

    /** Reaches {@code column(...)} from a class that is no table, through a table's helper. */
    static final class NotATable {
        static Object build() {
            return Helper.make();
        }
    }

    abstract static class Helper extends Table {
        static Column<String> make() {
            return column(SqlType.TEXT);
        }
    }
}
