package dev.qlio.orm.internal.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.qlio.orm.ddl.SchemaDifference;
import dev.qlio.orm.ddl.SchemaDifference.Kind;
import dev.qlio.orm.ddl.SchemaDifference.Severity;
import dev.qlio.orm.internal.ddl.DdlTables.Child;
import dev.qlio.orm.internal.ddl.DdlTables.CycleA;
import dev.qlio.orm.internal.ddl.DdlTables.CycleB;
import dev.qlio.orm.internal.ddl.DdlTables.Defaults;
import dev.qlio.orm.internal.ddl.DdlTables.Drift;
import dev.qlio.orm.internal.ddl.DdlTables.Evolving;
import dev.qlio.orm.internal.ddl.DdlTables.Graded;
import dev.qlio.orm.internal.ddl.DdlTables.Membership;
import dev.qlio.orm.internal.ddl.DdlTables.NeverCreated;
import dev.qlio.orm.internal.ddl.DdlTables.Node;
import dev.qlio.orm.internal.ddl.DdlTables.Odd;
import dev.qlio.orm.internal.ddl.DdlTables.Order;
import dev.qlio.orm.internal.ddl.DdlTables.Parent;
import dev.qlio.orm.internal.ddl.DdlTables.Rowid;
import dev.qlio.orm.internal.ddl.DdlTables.Strings;
import dev.qlio.orm.internal.ddl.DdlTables.Types;
import dev.qlio.orm.internal.ddl.DdlTables.User;
import dev.qlio.orm.internal.engine.Engine;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.schema.types.SqlType;
import dev.qlio.orm.testing.DatabaseSuite;
import dev.qlio.orm.testing.TestDatabase;
import dev.qlio.orm.testing.TestDatabase.ForeignKeyInfo;
import dev.qlio.orm.testing.TestDatabase.IndexInfo;
import io.micrometer.observation.ObservationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link DefaultDdl} against a real database; run on every database by {@link DdlTest}. */
abstract class DdlSuite extends DatabaseSuite {

    DdlSuite(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void dropTables() {
        this.database.dropTables(DdlTables.ALL.toArray(String[]::new));
    }

    @SafeVarargs
    private Engine engine(Class<? extends Table>... tables) {
        TableMetadata metadata = new TableMetadata();
        for (Class<? extends Table> table : tables) {
            metadata.registerTable(table);
        }
        metadata.setupTables();
        return new Engine(dataSource(), dialect(), metadata, ObservationRegistry.NOOP, 500, 500);
    }

    @SafeVarargs
    private DefaultDdl ddl(Class<? extends Table>... tables) {
        return new DefaultDdl(engine(tables));
    }

    private long count(String table) {
        Long n = jdbc().queryForObject("SELECT COUNT(*) FROM " + quote(table), Long.class);
        return n == null ? -1 : n;
    }

    // ---- create / drop -----------------------------------------------------------------------

    @Test
    void createAndDropRoundTrip() {
        DefaultDdl ddl = ddl(Parent.class);

        ddl.create(Parent.class);
        ddl.create(Parent.class); // exists: nothing to do

        assertThat(this.database.columns("ddl_parent"))
                .containsOnlyKeys("id", "name", "code", "region");
        assertThat(this.database.primaryKey("ddl_parent")).containsExactly("id");
        jdbc().update(
                        "INSERT INTO "
                                + quote("ddl_parent")
                                + " ("
                                + quote("name")
                                + ") VALUES (?)",
                        "a");
        jdbc().update(
                        "INSERT INTO "
                                + quote("ddl_parent")
                                + " ("
                                + quote("name")
                                + ") VALUES (?)",
                        "b");
        assertThat(
                        jdbc().queryForList(
                                        "SELECT "
                                                + quote("id")
                                                + " FROM "
                                                + quote("ddl_parent")
                                                + " ORDER BY "
                                                + quote("id"),
                                        Long.class))
                .hasSize(2)
                .doesNotContainNull()
                .doesNotHaveDuplicates();

        ddl.drop(Parent.class);
        ddl.drop(Parent.class); // gone: nothing to do

        assertThat(this.database.tableExists("ddl_parent")).isFalse();
    }

    @Test
    void createAllCreatesParentsBeforeChildrenWithForeignKeys() {
        // the child is registered first: only foreign-key order makes this work
        DefaultDdl ddl = ddl(Child.class, Parent.class);

        ddl.createAll();

        assertThat(this.database.tableExists("ddl_parent")).isTrue();
        assertThat(this.database.importedKeys("ddl_child"))
                .containsExactly(new ForeignKeyInfo("parent_id", "ddl_parent", "id"));
    }

    @Test
    void foreignKeyViolationAfterCreateAllIsDataIntegrityViolation() {
        Engine engine = engine(Child.class, Parent.class);
        new DefaultDdl(engine).createAll();

        assertThat(
                        failure(
                                engine,
                                "INSERT INTO "
                                        + quote("ddl_child")
                                        + " ("
                                        + quote("parent_id")
                                        + ") VALUES (4711)"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(count("ddl_child")).isZero();
    }

    /** Runs a statement with plain JDBC and returns its error as the engine translates it. */
    private static DataAccessException failure(Engine engine, String sql) {
        try (Connection c = engine.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        } catch (SQLException ex) {
            return engine.translate("test statement", sql, ex);
        }
        throw new AssertionError("expected a failure of " + sql);
    }

    @Test
    void createAllSkipsExistingTablesAndIsRepeatable() {
        ddl(Parent.class).createAll();
        jdbc().update(
                        "INSERT INTO "
                                + quote("ddl_parent")
                                + " ("
                                + quote("name")
                                + ") VALUES (?)",
                        "kept");

        DefaultDdl ddl = ddl(Child.class, Parent.class);
        ddl.createAll();
        ddl.createAll();

        assertThat(count("ddl_parent")).isEqualTo(1);
        assertThat(this.database.tableExists("ddl_child")).isTrue();
    }

    @Test
    void createAllAndDropAllHandleCyclesAndSelfReferences() {
        DefaultDdl ddl = ddl(CycleA.class, CycleB.class, Node.class);

        ddl.createAll();

        assertThat(this.database.importedKeys("ddl_cycle_a"))
                .containsExactly(new ForeignKeyInfo("b_id", "ddl_cycle_b", "id"));
        assertThat(this.database.importedKeys("ddl_cycle_b"))
                .containsExactly(new ForeignKeyInfo("a_id", "ddl_cycle_a", "id"));
        assertThat(this.database.importedKeys("ddl_node"))
                .containsExactly(new ForeignKeyInfo("parent", "ddl_node", "id"));
        assertThat(ddl.validate()).isEmpty();
        // rows that reference each other, in both directions
        jdbc().update("INSERT INTO " + quote("ddl_cycle_a") + " VALUES (1, NULL)");
        jdbc().update("INSERT INTO " + quote("ddl_cycle_b") + " VALUES (2, 1)");
        jdbc().update("UPDATE " + quote("ddl_cycle_a") + " SET " + quote("b_id") + " = 2");
        jdbc().update(
                        "INSERT INTO "
                                + quote("ddl_node")
                                + " ("
                                + quote("parent")
                                + ") VALUES (NULL)");

        ddl.dropAll();

        assertThat(this.database.tableExists("ddl_cycle_a")).isFalse();
        assertThat(this.database.tableExists("ddl_cycle_b")).isFalse();
        assertThat(this.database.tableExists("ddl_node")).isFalse();
    }

    @Test
    void dropAllDropsChildrenBeforeParentsWithRowsPresent() {
        DefaultDdl ddl = ddl(Parent.class, Child.class);
        ddl.createAll();
        jdbc().update(
                        "INSERT INTO "
                                + quote("ddl_parent")
                                + " ("
                                + quote("id")
                                + ", "
                                + quote("name")
                                + ") VALUES (1, 'p')");
        jdbc().update(
                        "INSERT INTO "
                                + quote("ddl_child")
                                + " ("
                                + quote("parent_id")
                                + ") VALUES (1)");

        ddl.dropAll();
        ddl.dropAll();

        assertThat(this.database.tableExists("ddl_parent")).isFalse();
        assertThat(this.database.tableExists("ddl_child")).isFalse();
    }

    // ---- validate ----------------------------------------------------------------------------

    @Test
    void validateFindsNothingRightAfterCreateAll() {
        DefaultDdl ddl =
                ddl(
                        Child.class,
                        Parent.class,
                        Types.class,
                        Order.class,
                        User.class,
                        Odd.class,
                        Membership.class,
                        Evolving.class,
                        Defaults.class);

        ddl.createAll();

        assertThat(ddl.validate()).isEmpty();
    }

    @Test
    void validateReportsEveryDifferenceAtOnce() {
        DefaultDdl ddl = ddl(Parent.class, Child.class, Drift.class, NeverCreated.class);
        ddl.create(Parent.class);
        ddl.create(Child.class);
        // behind the application's back
        jdbc().execute("ALTER TABLE " + quote("ddl_child") + " DROP COLUMN " + quote("note"));
        jdbc().execute(
                        "CREATE TABLE "
                                + quote("ddl_drift")
                                + " ("
                                + quote("id")
                                + " BIGINT NOT NULL PRIMARY KEY, "
                                + quote("name")
                                + " VARCHAR(32) NOT NULL, "
                                + quote("count")
                                + " "
                                + dialect().types().typeName(SqlType.varchar(20))
                                + ", "
                                + quote("label")
                                + " "
                                + dialect().types().typeName(SqlType.TEXT)
                                + ")");

        List<SchemaDifference> differences = ddl.validate();

        assertThat(differences)
                .extracting(
                        SchemaDifference::kind, SchemaDifference::table, SchemaDifference::column)
                .containsExactlyInAnyOrder(
                        tuple(Kind.MISSING_COLUMN, "ddl_child", "note"),
                        tuple(Kind.TYPE_MISMATCH, "ddl_drift", "name"),
                        tuple(Kind.TYPE_MISMATCH, "ddl_drift", "count"),
                        tuple(Kind.NULLABILITY_MISMATCH, "ddl_drift", "label"),
                        tuple(Kind.MISSING_COLUMN, "ddl_drift", "gone"),
                        tuple(Kind.MISSING_TABLE, "ddl_never_created", null));
        assertThat(differences)
                .filteredOn(d -> "count".equals(d.column()))
                .singleElement()
                .satisfies(
                        d ->
                                assertThat(d.describe())
                                        .startsWith("ddl_drift.count: type ")
                                        .contains(
                                                "expected "
                                                        + dialect()
                                                                .types()
                                                                .typeName(SqlType.INTEGER)));
        assertThat(differences)
                .filteredOn(d -> d.kind() == Kind.NULLABILITY_MISMATCH)
                .singleElement()
                .satisfies(
                        d ->
                                assertThat(d.describe())
                                        .isEqualTo("ddl_drift.label: NULL, expected NOT NULL"));
    }

    @Test
    void validateGradesEveryDifferenceBySeverity() {
        DefaultDdl ddl = ddl(Graded.class);
        String varchar30 = dialect().types().typeName(SqlType.varchar(30));
        String varchar10 = dialect().types().typeName(SqlType.varchar(10));
        String text = dialect().types().typeName(SqlType.TEXT);
        String integer = dialect().types().typeName(SqlType.INTEGER);
        // behind the application's back: no primary key, no unique constraint, a wider type, NOT
        // NULL both ways round, and two columns the model does not know
        jdbc().execute(
                        "CREATE TABLE "
                                + quote("ddl_graded")
                                + " ("
                                + quote("id")
                                + " BIGINT NOT NULL, "
                                + quote("code")
                                + " "
                                + varchar30
                                + " NOT NULL, "
                                + quote("title")
                                + " "
                                + text
                                + ", "
                                + quote("note")
                                + " "
                                + text
                                + " NOT NULL, "
                                + quote("label")
                                + " "
                                + varchar10
                                + ", "
                                + quote("extra_optional")
                                + " "
                                + integer
                                + ", "
                                + quote("extra_required")
                                + " "
                                + integer
                                + " NOT NULL)");

        List<SchemaDifference> differences = ddl.validate();

        assertThat(differences)
                .extracting(
                        SchemaDifference::kind,
                        SchemaDifference::column,
                        SchemaDifference::severity)
                .containsExactlyInAnyOrder(
                        tuple(Kind.MISSING_PRIMARY_KEY, null, Severity.BREAKING),
                        tuple(Kind.MISSING_UNIQUE, "code", Severity.BREAKING),
                        tuple(Kind.TYPE_WIDER, "title", Severity.COMPATIBLE),
                        tuple(Kind.NULLABILITY_MISMATCH, "note", Severity.BREAKING),
                        tuple(Kind.NULLABILITY_MISMATCH, "label", Severity.COMPATIBLE),
                        tuple(Kind.EXTRA_COLUMN, "extra_optional", Severity.COMPATIBLE),
                        tuple(Kind.EXTRA_REQUIRED_COLUMN, "extra_required", Severity.BREAKING));
        assertThat(differences)
                .filteredOn(d -> d.kind() == Kind.MISSING_PRIMARY_KEY)
                .singleElement()
                .satisfies(
                        d ->
                                assertThat(d.describe())
                                        .isEqualTo(
                                                "ddl_graded: no primary key, expected PRIMARY KEY"
                                                        + " (id)"));
    }

    @Test
    void aHandWrittenRowidKeyIsNoDrift() {
        String key =
                this.database == TestDatabase.SQLITE
                        ? "INTEGER PRIMARY KEY AUTOINCREMENT" // reported nullable by SQLite
                        : "BIGINT NOT NULL PRIMARY KEY";
        jdbc().execute(
                        "CREATE TABLE "
                                + quote("ddl_rowid")
                                + " ("
                                + quote("id")
                                + " "
                                + key
                                + ", "
                                + quote("name")
                                + " "
                                + dialect().types().typeName(SqlType.TEXT)
                                + ")");

        assertThat(ddl(Rowid.class).validate()).isEmpty();
    }

    // ---- columns -----------------------------------------------------------------------------

    @Test
    void dropColumnAndAddColumnChangeTheLiveTable() {
        DefaultDdl ddl = ddl(Parent.class, Evolving.class);
        ddl.createAll();

        ddl.dropColumn(Evolving.NOTE);
        ddl.dropColumn(Evolving.CODE);
        ddl.dropColumn(Evolving.RANK);

        assertThat(this.database.columns("ddl_evolving"))
                .containsOnlyKeys("id", "title", "parent_id");
        assertThat(indexedColumns("ddl_evolving")).doesNotContain(List.of("code"), List.of("rank"));

        ddl.addColumn(Evolving.NOTE);
        ddl.addColumn(Evolving.CODE);
        ddl.addColumn(Evolving.RANK);

        assertThat(this.database.columns("ddl_evolving"))
                .containsOnlyKeys("id", "title", "parent_id", "note", "code", "rank");
        assertThat(this.database.columns("ddl_evolving").get("note").nullable()).isTrue();
        assertThat(this.database.indexes("ddl_evolving"))
                .anySatisfy(
                        i ->
                                assertThat(i)
                                        .isEqualTo(new IndexInfo(i.name(), true, List.of("code"))))
                .anySatisfy(
                        i ->
                                assertThat(i)
                                        .isEqualTo(
                                                new IndexInfo(i.name(), false, List.of("rank"))));
        assertThat(ddl.validate()).isEmpty();
    }

    @Test
    void addColumnAddsItsForeignKey() {
        DefaultDdl ddl = ddl(Parent.class, Evolving.class);
        ddl.createAll();
        jdbc().execute("ALTER TABLE " + quote("ddl_evolving") + " DROP COLUMN " + quote("note"));
        if (this.database
                != TestDatabase.SQLITE) { // SQLite cannot drop a column with a foreign key
            ddl.dropColumn(Evolving.PARENT_ID);
            assertThat(this.database.importedKeys("ddl_evolving")).isEmpty();
            ddl.addColumn(Evolving.PARENT_ID);
        }

        ddl.addColumn(Evolving.NOTE);

        assertThat(this.database.importedKeys("ddl_evolving"))
                .containsExactly(new ForeignKeyInfo("parent_id", "ddl_parent", "id"));
        assertThat(ddl.validate()).isEmpty();
    }

    @Test
    void failingStatementIsTranslatedAndNamesTheSql() {
        DefaultDdl ddl = ddl(Parent.class);
        ddl.create(Parent.class);

        assertThatThrownBy(() -> ddl.addColumn(Parent.REGION))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("add column ddl_parent.region")
                .hasMessageContaining("ALTER TABLE " + quote("ddl_parent"));
    }

    @Test
    void unregisteredTableClassIsNamed() {
        DefaultDdl ddl = ddl(Parent.class);

        assertThatThrownBy(() -> ddl.create(Child.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Child.class.getName())
                .hasMessageContaining("known: ddl_parent");
    }

    // ---- names, keys, indexes ----------------------------------------------------------------

    @Test
    void reservedWordsAndOddCharactersAreQuoted() {
        DefaultDdl ddl = ddl(Order.class, User.class, Odd.class);

        ddl.createAll();

        assertThat(this.database.columns("order")).containsOnlyKeys("id", "user", "group");
        assertThat(this.database.columns("user")).containsOnlyKeys("select", "from");
        assertThat(this.database.columns(Odd.NAME)).containsOnlyKeys("id", Odd.COLUMN);
        assertThat(this.database.importedKeys("order"))
                .containsExactly(new ForeignKeyInfo("user", "user", "select"));
        jdbc().update("INSERT INTO " + quote("user") + " VALUES (7, 'x')");
        jdbc().update(
                        "INSERT INTO "
                                + quote("order")
                                + " ("
                                + quote("user")
                                + ", "
                                + quote("group")
                                + ") VALUES (7, 'g')");
        jdbc().update(
                        "INSERT INTO "
                                + quote(Odd.NAME)
                                + " ("
                                + quote(Odd.COLUMN)
                                + ") VALUES ('odd')");
        assertThat(
                        jdbc().queryForObject(
                                        "SELECT " + quote(Odd.COLUMN) + " FROM " + quote(Odd.NAME),
                                        String.class))
                .isEqualTo("odd");
        assertThat(ddl.validate()).isEmpty();

        ddl.dropAll();

        assertThat(this.database.tableExists("order")).isFalse();
        assertThat(this.database.tableExists("user")).isFalse();
        assertThat(this.database.tableExists(Odd.NAME)).isFalse();
    }

    @Test
    void compositePrimaryKey() {
        Engine engine = engine(Membership.class);

        new DefaultDdl(engine).createAll();

        assertThat(this.database.primaryKey("ddl_membership"))
                .containsExactly("user_id", "group_id");
        String insert = "INSERT INTO " + quote("ddl_membership") + " VALUES ";
        jdbc().update(insert + "(1, 1, 'a')");
        jdbc().update(insert + "(1, 2, 'b')");
        assertThat(failure(engine, insert + "(1, 2, 'c')"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(count("ddl_membership")).isEqualTo(2);
    }

    @Test
    void uniqueConstraintsAndIndexesAreCreated() {
        Engine engine = engine(Parent.class);

        new DefaultDdl(engine).createAll();

        List<IndexInfo> indexes = this.database.indexes("ddl_parent");
        assertThat(indexes)
                .anySatisfy(
                        i ->
                                assertThat(i)
                                        .isEqualTo(new IndexInfo(i.name(), true, List.of("name"))));
        assertThat(indexes).contains(new IndexInfo("ddl_parent_code_idx", false, List.of("code")));
        assertThat(indexes)
                .contains(new IndexInfo("ddl_parent_code_region", true, List.of("code", "region")));
        String insert =
                "INSERT INTO " + quote("ddl_parent") + " (" + quote("name") + ") VALUES ('same')";
        jdbc().update(insert);
        assertThat(failure(engine, insert)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void longConstraintNamesAreShortenedToFitTheDatabase() {
        String longName = "fk_" + "x".repeat(300);

        String fitted = dialect().identifiers().fit(longName);

        assertThat(dialect().identifiers().length(fitted))
                .isLessThanOrEqualTo(dialect().identifiers().maxLength());
        assertThat(dialect().identifiers().fit(longName)).isEqualTo(fitted);
        assertThat(dialect().identifiers().fit(longName + "y")).isNotEqualTo(fitted);
        assertThat(dialect().identifiers().fit("short")).isEqualTo("short");
    }

    // ---- column details ----------------------------------------------------------------------

    @Test
    void serverDefaultsApplyOnInsert() {
        DefaultDdl ddl = ddl(Defaults.class);
        ddl.createAll();

        jdbc().update("INSERT INTO " + quote("ddl_defaults") + " (" + quote("id") + ") VALUES (1)");

        assertThat(
                        jdbc().queryForMap(
                                        "SELECT "
                                                + quote("level")
                                                + " AS lvl, "
                                                + quote("label")
                                                + " AS lbl FROM "
                                                + quote("ddl_defaults")))
                .containsEntry(this.database == TestDatabase.H2 ? "LVL" : "lvl", 42)
                .containsEntry(this.database == TestDatabase.H2 ? "LBL" : "lbl", "none");
    }

    @Test
    void textComparesExactly() {
        // MariaDB compares case- and accent-insensitively, and ignoring trailing spaces, unless the
        // table's collation says otherwise: the engine's eq relies on exact comparison
        ddl(Strings.class).createAll();
        String insert = "INSERT INTO " + quote("ddl_strings") + " (" + quote("s") + ") VALUES (?)";
        for (String s : List.of("abc", "ABC", "ábc", "abc ")) {
            jdbc().update(insert, s);
        }
        String select =
                "SELECT " + quote("s") + " FROM " + quote("ddl_strings") + " WHERE " + quote("s");

        assertThat(jdbc().queryForList(select + " = ?", String.class, "abc"))
                .containsExactly("abc");
        if (this.database != TestDatabase.SQLITE) {
            // SQLite's LIKE ignores ASCII case whatever the table says: the query's concern
            assertThat(jdbc().queryForList(select + " LIKE ?", String.class, "a%"))
                    .containsExactlyInAnyOrder("abc", "abc ");
        }
        assertThat(jdbc().queryForList(select + " = ?", String.class, "abc "))
                .containsExactly("abc ");
    }

    @Test
    void joinsTheSurroundingSpringTransaction() {
        DefaultDdl ddl = ddl(Parent.class);
        TransactionTemplate tx =
                new TransactionTemplate(new DataSourceTransactionManager(dataSource()));

        tx.executeWithoutResult(
                status -> {
                    ddl.create(Parent.class);
                    Connection c = DataSourceUtils.getConnection(dataSource());
                    try (Statement s = c.createStatement()) {
                        // visible on the transaction's connection before commit
                        s.executeQuery("SELECT COUNT(*) FROM " + quote("ddl_parent")).close();
                    } catch (SQLException ex) {
                        throw new IllegalStateException(ex);
                    } finally {
                        DataSourceUtils.releaseConnection(c, dataSource());
                    }
                    status.setRollbackOnly();
                });

        // transactional DDL is rolled back with the transaction; MariaDB and H2 commit DDL at once
        boolean transactionalDdl =
                this.database == TestDatabase.POSTGRESQL || this.database == TestDatabase.SQLITE;
        assertThat(this.database.tableExists("ddl_parent")).isEqualTo(!transactionalDdl);
    }

    private List<List<String>> indexedColumns(String table) {
        return this.database.indexes(table).stream().map(IndexInfo::columns).toList();
    }
}
