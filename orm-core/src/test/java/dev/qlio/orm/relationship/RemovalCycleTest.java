package dev.qlio.orm.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qlio.orm.Database;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Relationship;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;
import dev.qlio.orm.session.Session;
import dev.qlio.orm.testing.DatabaseSuite;
import dev.qlio.orm.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** A removal cascade that comes back to its own table is refused, and deletes nothing. */
class RemovalCycleTest extends DatabaseSuite {

    RemovalCycleTest() {
        super(TestDatabase.H2);
    }

    @TableName("rc_folder")
    public static class Folder extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<Long> PARENT_ID =
                column(SqlType.BIGINT).references("rc_folder.id");
        public static final Relationship<Folder> CHILDREN =
                Relationship.oneToMany(Folder.class).via("parent_id").removeWithParent();
    }

    @Test
    void aCascadeThroughATreeIsRefusedWithTheFix() {
        this.database.dropTables("rc_folder");
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(Folder.class);
        metadata.setupTables();
        Database db = Database.builder(dataSource(), metadata).build();
        db.ddl().createAll();
        try (Session s = db.session()) {
            Folder root = new Folder();
            root.set(Folder.ID, 1L);
            Folder child = new Folder();
            child.set(Folder.ID, 2L);
            child.set(Folder.PARENT_ID, 1L);
            s.add(root);
            s.add(child);
            s.commit();
            assertThatThrownBy(() -> s.remove(root))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("rc_folder.children")
                    .hasMessageContaining("ON DELETE CASCADE");
        }
        Long left = jdbc().queryForObject("SELECT COUNT(*) FROM " + quote("rc_folder"), Long.class);
        assertThat(left).isEqualTo(2);
        this.database.dropTables("rc_folder");
    }
}
