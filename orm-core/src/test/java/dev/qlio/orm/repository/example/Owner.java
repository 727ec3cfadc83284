package dev.qlio.orm.repository.example;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Relationship;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;

@TableName("owners")
public class Owner extends Table {
    public static final Column<Long> ID = column(Shared.ID);
    public static final Column<String> FIRST_NAME = column(Shared.NAME);
    public static final Column<String> LAST_NAME = column(Shared.NAME).index();
    public static final Column<String> CITY = column(SqlType.varchar(80));
    public static final Relationship<Pet> PETS =
            Relationship.oneToMany(Pet.class).orderBy(Pet.NAME.asc()).removeWithParent();
}
