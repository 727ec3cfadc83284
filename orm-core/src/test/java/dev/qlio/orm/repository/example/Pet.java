package dev.qlio.orm.repository.example;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.LoadStrategy;
import dev.qlio.orm.schema.Relationship;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;
import java.time.LocalDate;

@TableName("pets")
public class Pet extends Table {
    public static final Column<Long> ID = column(Shared.ID);
    public static final Column<String> NAME = column(Shared.NAME);
    public static final Column<LocalDate> BIRTH_DATE = column(SqlType.DATE);
    public static final Column<Long> OWNER_ID =
            column(SqlType.BIGINT).notNull().references("owners.id");
    public static final Column<Long> TYPE_ID =
            column(SqlType.BIGINT).notNull().references("types.id");
    public static final Relationship<PetType> TYPE =
            Relationship.manyToOne(PetType.class).load(LoadStrategy.JOINED);
    public static final Relationship<Visit> VISITS =
            Relationship.oneToMany(Visit.class).orderBy(Visit.VISIT_DATE.desc()).removeWithParent();
}
