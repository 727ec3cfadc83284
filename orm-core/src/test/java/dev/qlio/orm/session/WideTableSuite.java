package dev.qlio.orm.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.Database;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.TableMeta;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.testing.DatabaseSuite;
import dev.qlio.orm.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rows of a table wider than 64 columns are inserted, partially updated and batched like any other:
 * the set of columns a write touches has no width limit.
 */
abstract class WideTableSuite extends DatabaseSuite {

    private static final String TABLE = "session_wide";

    Database db;

    WideTableSuite(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void createTable() {
        this.database.dropTables(TABLE);
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(WideTable.class);
        metadata.setupTables();
        this.db = Database.connect(dataSource(), metadata);
        this.db.ddl().createAll();
    }

    @AfterEach
    void dropTable() {
        this.database.dropTables(TABLE);
    }

    @SuppressWarnings("unchecked")
    private static List<Column<Integer>> valueColumns() {
        List<Column<Integer>> columns = new ArrayList<>();
        for (Column<?> c : TableMeta.of(WideTable.class).columns()) {
            if (c.name().startsWith("c")) {
                columns.add((Column<Integer>) c);
            }
        }
        return columns;
    }

    private static WideTable row(int base) {
        WideTable row = new WideTable();
        List<Column<Integer>> columns = valueColumns();
        for (int i = 0; i < columns.size(); i++) {
            row.set(columns.get(i), base + i);
        }
        return row;
    }

    private Map<String, Object> readBack(long id) {
        return jdbc().queryForMap(
                        "SELECT * FROM " + quote(TABLE) + " WHERE " + quote("id") + " = ?", id);
    }

    @Test
    void insertsAndUpdatesTheColumnsPastTheSixtyFourth() {
        assertThat(TableMeta.of(WideTable.class).columns()).hasSize(72);
        WideTable row = row(1000);
        try (Session s = this.db.session()) {
            s.add(row);
            s.commit();
        }
        long id = row.get(WideTable.ID);
        assertThat(((Number) readBack(id).get("c70")).intValue()).isEqualTo(1069);
        assertThat(((Number) readBack(id).get("c01")).intValue()).isEqualTo(1000);

        row.set(WideTable.C70, -70);
        row.set(WideTable.C66, -66);
        try (Session s = this.db.session()) {
            s.add(row);
            s.commit();
        }
        Map<String, Object> back = readBack(id);
        assertThat(((Number) back.get("c70")).intValue()).isEqualTo(-70);
        assertThat(((Number) back.get("c66")).intValue()).isEqualTo(-66);
        assertThat(((Number) back.get("c65")).intValue()).isEqualTo(1064);
        assertThat(((Number) back.get("version")).intValue()).isEqualTo(1);
        assertThat(row.get(WideTable.VERSION)).isEqualTo(1);
    }

    @Test
    void batchesWideRowsAndUpdatesThemInOneBatch() {
        List<WideTable> rows = List.of(row(0), row(100), row(200));
        try (Session s = this.db.session()) {
            s.addAll(rows);
            s.commit();
        }
        for (WideTable r : rows) {
            assertThat(((Number) readBack(r.get(WideTable.ID)).get("c68")).intValue())
                    .isEqualTo(r.get(WideTable.C68));
        }
        for (WideTable r : rows) {
            r.set(WideTable.C67, 6700);
        }
        try (Session s = this.db.session()) {
            s.addAll(rows);
            s.commit();
        }
        assertThat(
                        jdbc().queryForObject(
                                        "SELECT COUNT(*) FROM "
                                                + quote(TABLE)
                                                + " WHERE "
                                                + quote("c67")
                                                + " = 6700",
                                        Long.class))
                .isEqualTo(3L);
    }
}
