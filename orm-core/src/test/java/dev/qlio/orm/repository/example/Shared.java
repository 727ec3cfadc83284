package dev.qlio.orm.repository.example;

import dev.qlio.orm.schema.ColumnTemplate;
import dev.qlio.orm.schema.types.SqlType;

final class Shared {
    static final ColumnTemplate<Long> ID =
            ColumnTemplate.of(SqlType.BIGINT).primaryKey().autoincrement();
    static final ColumnTemplate<String> NAME = ColumnTemplate.of(SqlType.varchar(30)).notNull();
}
