package dev.qlio.orm.names;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.LoadStrategy;
import dev.qlio.orm.schema.Relationship;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;
import java.util.List;

/** Owners and pets, mapped onto tables a schema script created with unquoted, mixed-case names. */
final class CaseTables {

    /** The schema as a script writes it: unquoted, in mixed case. */
    static final List<String> SCRIPT =
            List.of(
                    "CREATE TABLE Ic_Owner (Id BIGINT PRIMARY KEY, Last_Name VARCHAR(50) NOT NULL,"
                            + " City VARCHAR(50))",
                    "CREATE TABLE Ic_Pet (Id BIGINT PRIMARY KEY, Name VARCHAR(50) NOT NULL,"
                            + " Owner_Id BIGINT REFERENCES Ic_Owner (Id))");

    private CaseTables() {}

    static TableMetadata metadata() {
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(Owner.class);
        metadata.registerTable(Pet.class);
        metadata.setupTables();
        return metadata;
    }

    @TableName("ic_owner")
    public static class Owner extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<String> LAST_NAME = column(SqlType.varchar(50)).notNull();
        public static final Column<String> CITY = column(SqlType.varchar(50));
        public static final Relationship<Pet> PETS =
                Relationship.oneToMany(Pet.class).orderBy(Pet.NAME.asc()).removeWithParent();
    }

    @TableName("ic_pet")
    public static class Pet extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<String> NAME = column(SqlType.varchar(50)).notNull();
        public static final Column<Long> OWNER_ID =
                column(SqlType.BIGINT).references("ic_owner.id");
        public static final Relationship<Owner> OWNER =
                Relationship.manyToOne(Owner.class).load(LoadStrategy.JOINED);
    }
}
