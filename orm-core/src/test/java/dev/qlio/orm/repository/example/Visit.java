package dev.qlio.orm.repository.example;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;
import java.time.LocalDate;

@TableName("visits")
public class Visit extends Table {
    public static final Column<Long> ID = column(Shared.ID);
    public static final Column<Long> PET_ID =
            column(SqlType.BIGINT).notNull().references("pets.id");
    public static final Column<LocalDate> VISIT_DATE = column(SqlType.DATE).notNull();
    public static final Column<String> DESCRIPTION = column(SqlType.varchar(255));
}
