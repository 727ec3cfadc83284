package dev.qlio.orm.repository.example;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableName;

@TableName("types")
public class PetType extends Table {
    public static final Column<Long> ID = column(Shared.ID);
    public static final Column<String> NAME = column(Shared.NAME);
}
