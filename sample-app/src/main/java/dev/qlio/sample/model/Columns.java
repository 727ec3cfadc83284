package dev.qlio.sample.model;

import dev.qlio.orm.schema.ColumnTemplate;
import dev.qlio.orm.schema.types.SqlType;
import java.time.Instant;

/** Column definitions the tables share, each copied with one line: {@code column(Columns.ID)}. */
final class Columns {

    static final ColumnTemplate<Long> ID =
            ColumnTemplate.of(SqlType.BIGINT).primaryKey().autoincrement();

    static final ColumnTemplate<Instant> CREATED_AT =
            ColumnTemplate.of(SqlType.TIMESTAMPTZ).notNull().defaultValue(Instant::now);

    private Columns() {}
}
