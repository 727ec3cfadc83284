package dev.qlio.orm.internal.ddl;

import dev.qlio.orm.ddl.Ddl;
import dev.qlio.orm.ddl.SchemaDifference;
import dev.qlio.orm.internal.engine.Engine;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.ForeignKey;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMeta;
import dev.qlio.orm.schema.TableMetadata;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@link Ddl} of a database: reads the live schema, renders DDL with the engine's dialect
 * ({@link DdlRenderer}) and runs it on the engine's data source.
 *
 * <p>A connection is obtained through Spring's {@code DataSourceUtils}, so a verb called inside a
 * Spring-managed transaction joins it (and commits with it). Otherwise each verb runs in a
 * transaction of its own and commits before it returns. On PostgreSQL and SQLite DDL is
 * transactional: a failing verb leaves nothing behind, and a verb that joined a transaction is
 * rolled back with it. H2, MariaDB and MySQL commit every DDL statement as it runs (on MariaDB and
 * MySQL together with the work the surrounding transaction has done so far).
 *
 * <p>Foreign keys: {@link #createAll()} creates tables parents first. When tables reference each
 * other in a cycle, the reference closing the cycle is added with {@code ALTER TABLE} once the
 * tables exist, and {@link #dropAll()} drops it first. SQLite cannot alter constraints, but it
 * accepts a foreign key to a table that does not exist yet, so there every key is declared inline,
 * and dropping defers foreign-key checks to the end of the transaction.
 *
 * <p>SQL errors are translated to Spring's {@code DataAccessException} hierarchy, with the failing
 * statement in the message. Thread-safe.
 */
public final class DefaultDdl implements Ddl {

    private final Engine engine;

    private final DdlRenderer renderer;

    private final DdlTransaction transaction;

    private final SchemaSpellings spellings;

    /**
     * DDL over an engine's data source, dialect and metadata, meeting tables spelled in another
     * case.
     *
     * @param engine the engine
     */
    public DefaultDdl(Engine engine) {
        this(engine, false);
    }

    /**
     * DDL over an engine's data source, dialect and metadata.
     *
     * @param engine the engine
     * @param exactCase whether table names must be spelled exactly as Qlio names them: a table
     *     found only in another case then fails the schema step instead of being used
     */
    public DefaultDdl(Engine engine, boolean exactCase) {
        this.engine = engine;
        this.renderer =
                new DdlRenderer(engine.dialect(), engine.metadata(), engine.render().spellings());
        this.transaction = new DdlTransaction(engine);
        this.spellings = new SchemaSpellings(engine, exactCase);
    }

    @Override
    public void createAll() {
        TableMetadata metadata = this.engine.metadata();
        this.transaction.run(
                "create all tables",
                script -> {
                    LiveSchema live = script.live();
                    this.spellings.find(live);
                    List<TableMeta<?>> missing = new ArrayList<>();
                    for (TableMeta<?> table : metadata.tables().values()) {
                        if (this.spellings.spelled(table) == null
                                && !live.tableExists(table.name())) {
                            missing.add(table);
                        }
                    }
                    script.execute(this.renderer.createTables(missing));
                });
    }

    @Override
    public void dropAll() {
        TableMetadata metadata = this.engine.metadata();
        this.transaction.run(
                "drop all tables",
                script -> {
                    LiveSchema live = script.live();
                    this.spellings.find(live);
                    List<TableMeta<?>> existing = new ArrayList<>();
                    for (TableMeta<?> table : metadata.tables().values()) {
                        if (live.tableExists(this.spellings.table(table))) {
                            existing.add(table);
                        }
                    }
                    TableOrder order = this.renderer.order(existing);
                    Map<ForeignKey, List<String>> names = new LinkedHashMap<>();
                    for (ForeignKey fk : order.cyclic()) {
                        names.put(
                                fk,
                                live.foreignKeyNames(
                                        fk.column().table().name(),
                                        fk.column().name(),
                                        fk.target().table().name()));
                    }
                    script.execute(this.renderer.dropTables(order, names));
                });
    }

    @Override
    public void create(Class<? extends Table> tableClass) {
        TableMeta<?> table = registered(tableClass);
        this.transaction.run(
                "create table " + table.name(),
                script -> {
                    this.spellings.find(script.live());
                    if (this.spellings.spelled(table) == null
                            && !script.live().tableExists(table.name())) {
                        script.execute(this.renderer.createTables(List.of(table)));
                    }
                });
    }

    @Override
    public void drop(Class<? extends Table> tableClass) {
        TableMeta<?> table = registered(tableClass);
        this.transaction.run(
                "drop table " + table.name(),
                script -> {
                    this.spellings.find(script.live());
                    if (this.engine.dialect().ddl().supportsIfExists()
                            || script.live().tableExists(this.spellings.table(table))) {
                        script.execute(this.renderer.dropTable(table));
                    }
                });
    }

    @Override
    public void addColumn(Column<?> column) {
        // rendered first: a column that cannot be added is refused before any connection is used
        List<DdlStatement> statements = this.renderer.addColumn(column);
        this.transaction.run(
                "add column " + column.table().name() + "." + column.name(),
                script -> {
                    script.execute(statements);
                });
    }

    @Override
    public void dropColumn(Column<?> column) {
        String table = column.table().name();
        this.transaction.run(
                "drop column " + table + "." + column.name(),
                script -> {
                    List<String> foreignKeys =
                            script.live().foreignKeyNames(table, column.name(), null);
                    script.execute(this.renderer.dropColumn(column, foreignKeys));
                });
    }

    @Override
    public List<SchemaDifference> validate() {
        TableMetadata metadata = this.engine.metadata();
        SchemaComparison comparison = new SchemaComparison(this.engine.dialect());
        return this.transaction.run(
                "validate the schema",
                script -> {
                    LiveSchema live = script.live();
                    this.spellings.find(live);
                    List<SchemaDifference> differences = new ArrayList<>();
                    for (TableMeta<?> table : metadata.tables().values()) {
                        differences.addAll(
                                compare(
                                        comparison,
                                        this.spellings.live(live, table),
                                        table,
                                        this.spellings.table(table)));
                    }
                    return List.copyOf(differences);
                });
    }

    /**
     * The differences of one table; {@code live} reports its columns under the names Qlio uses (see
     * {@link SchemaSpellings#live}), {@code spelled} is the table's name in the database.
     */
    private static List<SchemaDifference> compare(
            SchemaComparison comparison, LiveSchema live, TableMeta<?> table, String spelled)
            throws SQLException {
        Map<String, LiveSchema.LiveColumn> columns = live.columns(spelled);
        if (columns.isEmpty() && !live.tableExists(spelled)) {
            return List.of(comparison.missingTable(table));
        }
        List<SchemaDifference> differences = new ArrayList<>();
        List<String> primaryKey = live.primaryKey(spelled);
        SchemaDifference key = comparison.primaryKey(table, primaryKey);
        if (key != null) {
            differences.add(key);
        }
        Set<String> unique = null;
        for (Column<?> column : table.columns()) {
            differences.addAll(comparison.compare(column, columns.get(column.name()), primaryKey));
            if (column.isUnique() && !column.isPrimaryKey() && columns.containsKey(column.name())) {
                if (unique == null) {
                    unique = live.uniqueColumns(spelled);
                }
                if (!unique.contains(column.name())) {
                    differences.add(comparison.missingUnique(column));
                }
            }
        }
        Set<String> declared = new HashSet<>();
        table.columns().forEach(c -> declared.add(c.name()));
        for (LiveSchema.LiveColumn extra : columns.values()) {
            if (!declared.contains(extra.name())) {
                differences.add(comparison.extraColumn(table.name(), extra));
            }
        }
        return differences;
    }

    private TableMeta<?> registered(Class<? extends Table> tableClass) {
        TableMetadata metadata = this.engine.metadata();
        return metadata.getTable(tableClass)
                .<TableMeta<?>>map(t -> t)
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "Table class "
                                                + tableClass.getName()
                                                + " is not registered in this database's"
                                                + " TableMetadata (known: "
                                                + String.join(", ", metadata.tables().keySet())
                                                + "); register it with registerTable"));
    }
}
