package dev.qlio.orm.relationship;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Relationship;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;
import java.time.LocalDate;

/** Owners, their pets (each with a type) and the pets' visits; vets with specialties. */
final class ClinicTables {

    static final String[] NAMES = {
        "nl_visit",
        "nl_pet",
        "nl_pet_type",
        "nl_owner",
        "nl_vet_specialty",
        "nl_vet",
        "nl_specialty"
    };

    private ClinicTables() {}

    static TableMetadata metadata() {
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(Owner.class);
        metadata.registerTable(PetType.class);
        metadata.registerTable(Pet.class);
        metadata.registerTable(Visit.class);
        metadata.registerTable(Vet.class);
        metadata.registerTable(Specialty.class);
        metadata.registerTable(VetSpecialty.class);
        metadata.setupTables();
        return metadata;
    }

    @TableName("nl_owner")
    public static class Owner extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<String> LAST_NAME = column(SqlType.varchar(50)).notNull();
        public static final Column<String> FIRST_NAME = column(SqlType.varchar(50)).notNull();
        public static final Relationship<Pet> PETS =
                Relationship.oneToMany(Pet.class).orderBy(Pet.NAME.asc()).removeWithParent();
    }

    @TableName("nl_pet_type")
    public static class PetType extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<String> NAME = column(SqlType.varchar(30)).notNull();
    }

    @TableName("nl_pet")
    public static class Pet extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<String> NAME = column(SqlType.varchar(50)).notNull();
        public static final Column<Long> OWNER_ID =
                column(SqlType.BIGINT).references("nl_owner.id");
        public static final Column<Long> TYPE_ID =
                column(SqlType.BIGINT).references("nl_pet_type.id");
        public static final Relationship<PetType> TYPE = Relationship.manyToOne(PetType.class);
        public static final Relationship<Visit> VISITS =
                Relationship.oneToMany(Visit.class)
                        .orderBy(Visit.VISIT_DATE.desc())
                        .removeWithParent();
    }

    @TableName("nl_visit")
    public static class Visit extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<Long> PET_ID =
                column(SqlType.BIGINT).notNull().references("nl_pet.id");
        public static final Column<LocalDate> VISIT_DATE = column(SqlType.DATE).notNull();
        public static final Column<String> DESCRIPTION = column(SqlType.varchar(100));
        public static final Relationship<Pet> PET = Relationship.manyToOne(Pet.class);
    }

    @TableName("nl_vet")
    public static class Vet extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<String> NAME = column(SqlType.varchar(50)).notNull();
        public static final Relationship<Specialty> SPECIALTIES =
                Relationship.manyToMany(Specialty.class, VetSpecialty.class)
                        .orderBy(Specialty.NAME.asc())
                        .removeWithParent();
    }

    @TableName("nl_specialty")
    public static class Specialty extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<String> NAME = column(SqlType.varchar(50)).notNull();
    }

    @TableName("nl_vet_specialty")
    public static class VetSpecialty extends Table {
        public static final Column<Long> VET_ID =
                column(SqlType.BIGINT).primaryKey().references("nl_vet.id");
        public static final Column<Long> SPECIALTY_ID =
                column(SqlType.BIGINT).primaryKey().references("nl_specialty.id");
    }
}
