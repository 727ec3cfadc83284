package dev.qlio.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;
import dev.qlio.orm.testing.TestDatabase;
import org.junit.jupiter.api.Test;

class DatabaseTest {

    /** 63 ASCII characters: fine on PostgreSQL; the column name is 64 bytes in UTF-8. */
    @TableName("t23456789012345678901234567890123456789012345678901234567890123")
    public static class LongNames extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<String> NAME = column(SqlType.TEXT).named("é" + "x".repeat(62));
    }

    static TableMetadata metadata() {
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(LongNames.class, true);
        return metadata;
    }

    @Test
    void identifierLengthsAreCheckedForTheDialect() {
        assertThatThrownBy(
                        () ->
                                Database.builder(TestDatabase.H2.dataSource(), metadata())
                                        .dialect(Dialect.POSTGRESQL)
                                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LongNames.NAME")
                .hasMessageContaining("63");
        // MariaDB counts characters (64), H2 allows 256
        assertThat(
                        Database.builder(TestDatabase.H2.dataSource(), metadata())
                                .dialect(Dialect.MARIADB)
                                .build()
                                .dialect())
                .isSameAs(Dialect.MARIADB);
        assertThat(Database.connect(TestDatabase.H2.dataSource(), metadata()).dialect())
                .isSameAs(Dialect.H2);
    }

    @Test
    void connectDetectsTheDialectAndBindsTheMetadata() {
        TableMetadata metadata = metadata();
        Database db = Database.connect(TestDatabase.H2.dataSource(), metadata);
        assertThat(metadata.bind()).containsSame(db);
        assertThat(db.metadata()).isSameAs(metadata);
    }

    @Test
    void builderRefusesNonsense() {
        Database.Builder builder = Database.builder(TestDatabase.H2.dataSource(), metadata());
        assertThatThrownBy(() -> builder.fetchSize(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fetchSize");
        assertThatThrownBy(() -> builder.batchSize(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("batchSize");
        assertThatThrownBy(() -> Dialect.forName("oracle"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("h2, postgresql, mariadb, mysql, sqlite");
    }
}
