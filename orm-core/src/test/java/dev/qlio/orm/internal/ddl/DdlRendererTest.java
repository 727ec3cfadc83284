package dev.qlio.orm.internal.ddl;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static dev.qlio.orm.internal.ddl.GoldenTables.renderer;
import static dev.qlio.orm.internal.ddl.GoldenTables.sql;
import static dev.qlio.orm.internal.ddl.GoldenTables.tables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.internal.ddl.GoldenTables.CycleA;
import dev.qlio.orm.internal.ddl.GoldenTables.CycleB;
import dev.qlio.orm.internal.ddl.GoldenTables.Review;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.ForeignKey;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rules of DDL rendering that hold whatever the dialect, without a database. */
class DdlRendererTest {

    /** 60 characters: fits PostgreSQL's 63, the names generated from it do not. */
    static final String LONG = "g_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";

    @TableName(LONG)
    public static class LongNamed extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<String> CODE = column(SqlType.varchar(8)).unique();

        public LongNamed() {}
    }

    @TableName("g_yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy")
    public static class TooLong extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();

        public TooLong() {}
    }

    @TableName("g_keyed")
    public static class Keyed extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<Long> PART = column(SqlType.BIGINT).primaryKey();

        public Keyed() {}
    }

    @Test
    void longNamesHaveTheLengthsTheTestsNeed() {
        assertThat(LONG).hasSize(60);
        assertThat(TooLong.ID.table().name()).hasSize(64);
    }

    @Test
    void renderingNeedsNoConnection() {
        JavaClasses classes =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importClasses(
                                DdlRenderer.class,
                                DdlStatement.class,
                                DdlNames.class,
                                TableStatements.class,
                                ColumnStatements.class,
                                KeyStatements.class,
                                IndexStatements.class,
                                TableOrder.class);
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..", "org.springframework.jdbc..")
                .because("DDL is rendered from metadata and a dialect alone")
                .check(classes);
    }

    @Test
    void addingAPrimaryKeyColumnIsRefused() {
        DdlRenderer renderer = renderer(Dialect.H2);

        assertThatThrownBy(() -> renderer.addColumn(Review.ID))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("g_review.id")
                .hasMessageContaining("recreate the table");
    }

    @Test
    void sqliteRefusesAutoincrementOutsideASingleColumnKey() {
        DdlRenderer renderer = renderer(Dialect.SQLITE, Keyed.class);

        assertThatThrownBy(() -> renderer.createTables(tables(Keyed.class)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Table g_keyed: column id is auto-incrementing")
                .hasMessageContaining("single-column primary key");
    }

    @Test
    void tooLongNameIsRefusedNamingTheLimit() {
        DdlRenderer renderer = renderer(Dialect.POSTGRESQL, TooLong.class);

        assertThatThrownBy(() -> renderer.createTables(tables(TooLong.class)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("table g_yyy")
                .hasMessageContaining("limit of 63");
    }

    @Test
    void generatedNamesAreFittedAndAgreeBetweenCreateAndAlter() {
        DdlRenderer renderer = renderer(Dialect.POSTGRESQL, LongNamed.class);
        String unique = Dialect.POSTGRESQL.identifiers().fit("uq_" + LONG + "_code");
        String key = Dialect.POSTGRESQL.identifiers().fit("pk_" + LONG);

        assertThat(unique).hasSize(63).matches(".*_[0-9a-f]{8}");
        assertThat(key).hasSize(63).isNotEqualTo(unique);
        assertThat(sql(renderer.createTables(tables(LongNamed.class))))
                .singleElement()
                .asString()
                .contains("CONSTRAINT \"" + key + "\" PRIMARY KEY (\"id\")")
                .contains("CONSTRAINT \"" + unique + "\" UNIQUE (\"code\")");
        assertThat(sql(renderer.addColumn(LongNamed.CODE)))
                .contains(
                        "ALTER TABLE \""
                                + LONG
                                + "\" ADD CONSTRAINT \""
                                + unique
                                + "\" UNIQUE (\"code\")");
    }

    @Test
    void cyclicKeyIsDroppedOnceByEachNameTheDatabaseReports() {
        DdlRenderer renderer = renderer(Dialect.POSTGRESQL, CycleA.class, CycleB.class);
        TableOrder order = renderer.order(tables(CycleA.class, CycleB.class));
        ForeignKey cyclic = order.cyclic().iterator().next();

        List<String> statements =
                sql(renderer.dropTables(order, Map.of(cyclic, List.of("SYS_FK_7", "SYS_FK_7"))));

        assertThat(statements)
                .containsExactly(
                        "ALTER TABLE \"g_cycle_b\" DROP CONSTRAINT \"SYS_FK_7\"",
                        "DROP TABLE IF EXISTS \"g_cycle_a\"",
                        "DROP TABLE IF EXISTS \"g_cycle_b\"");
    }

    @Test
    void cyclicKeyTheDatabaseDoesNotHaveIsNotDropped() {
        DdlRenderer renderer = renderer(Dialect.MARIADB, CycleA.class, CycleB.class);
        TableOrder order = renderer.order(tables(CycleA.class, CycleB.class));

        assertThat(sql(renderer.dropTables(order, Map.of())))
                .containsExactly(
                        "DROP TABLE IF EXISTS `g_cycle_a`", "DROP TABLE IF EXISTS `g_cycle_b`");
    }

    @Test
    void renderingIsTheSameEveryTime() {
        List<String> first =
                sql(renderer(Dialect.H2).createTables(tables(CycleA.class, CycleB.class)));

        for (int i = 0; i < 5; i++) {
            assertThat(sql(renderer(Dialect.H2).createTables(tables(CycleA.class, CycleB.class))))
                    .isEqualTo(first);
        }
    }
}
