package dev.qlio.orm.ddl;

import dev.qlio.orm.internal.engine.Engine;
import dev.qlio.orm.internal.exec.Instrumentation;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.ForeignKey;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMeta;
import dev.qlio.orm.schema.TableMetadata;
import io.micrometer.observation.Observation;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The {@link Ddl} of a database: renders DDL with the engine's dialect and runs it on the engine's
 * data source.
 *
 * <p>A connection is obtained through Spring's {@link DataSourceUtils}, so a verb called inside a
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

    private final DdlStatements statements;

    /**
     * DDL over an engine's data source, dialect and metadata.
     *
     * @param engine the engine
     */
    public DefaultDdl(Engine engine) {
        this.engine = engine;
        this.statements = new DdlStatements(engine.dialect());
    }

    @Override
    public void createAll() {
        TableMetadata metadata = this.engine.metadata();
        run(
                "create all tables",
                script -> {
                    LiveSchema live = LiveSchema.of(script.connection);
                    List<TableMeta<?>> missing = new ArrayList<>();
                    for (TableMeta<?> table : metadata.tables().values()) {
                        if (!live.tableExists(table.name())) {
                            missing.add(table);
                        }
                    }
                    createTables(script, missing);
                });
    }

    @Override
    public void dropAll() {
        TableMetadata metadata = this.engine.metadata();
        run(
                "drop all tables",
                script -> {
                    LiveSchema live = LiveSchema.of(script.connection);
                    List<TableMeta<?>> existing = new ArrayList<>();
                    for (TableMeta<?> table : metadata.tables().values()) {
                        if (live.tableExists(table.name())) {
                            existing.add(table);
                        }
                    }
                    TableOrder order = TableOrder.of(metadata, existing);
                    if (this.engine.dialect().supportsAlterForeignKeys()) {
                        dropCyclicForeignKeys(script, live, order.cyclic());
                    } else if (!order.cyclic().isEmpty()) {
                        // SQLite: rows of tables in a cycle reference each other whatever the
                        // order;
                        // checked at commit, when all of them are gone
                        script.execute("none", "PRAGMA defer_foreign_keys = ON");
                    }
                    for (TableMeta<?> table : order.childrenFirst()) {
                        script.execute(table.name(), this.statements.dropTable(table));
                    }
                });
    }

    @Override
    public void create(Class<? extends Table> tableClass) {
        TableMeta<?> table = registered(tableClass);
        run(
                "create table " + table.name(),
                script -> {
                    if (!LiveSchema.of(script.connection).tableExists(table.name())) {
                        createTables(script, List.of(table));
                    }
                });
    }

    @Override
    public void drop(Class<? extends Table> tableClass) {
        TableMeta<?> table = registered(tableClass);
        run(
                "drop table " + table.name(),
                script -> {
                    if (!this.engine.dialect().supportsIfExists()
                            && !LiveSchema.of(script.connection).tableExists(table.name())) {
                        return;
                    }
                    script.execute(table.name(), this.statements.dropTable(table));
                });
    }

    @Override
    public void addColumn(Column<?> column) {
        TableMeta<?> table = column.table();
        ForeignKey foreignKey = foreignKey(column);
        List<String> sql = this.statements.addColumn(column, foreignKey);
        run(
                "add column " + table.name() + "." + column.name(),
                script -> {
                    for (String statement : sql) {
                        script.execute(table.name(), statement);
                    }
                });
    }

    @Override
    public void dropColumn(Column<?> column) {
        TableMeta<?> table = column.table();
        run(
                "drop column " + table.name() + "." + column.name(),
                script -> {
                    LiveSchema live = LiveSchema.of(script.connection);
                    // MariaDB refuses to drop a column a foreign key uses; the others drop the key
                    // with it
                    for (LiveSchema.LiveForeignKey fk : live.importedKeys(table.name())) {
                        String name = fk.name();
                        if (fk.column().equals(column.name())
                                && name != null
                                && this.engine.dialect().supportsAlterForeignKeys()) {
                            script.execute(
                                    table.name(),
                                    this.statements.dropForeignKey(table.name(), name));
                        }
                    }
                    if (!this.engine.dialect().dropsIndexesWithColumn()) {
                        for (String index : this.statements.indexesOn(column)) {
                            script.execute(table.name(), this.statements.dropIndex(table, index));
                        }
                    }
                    script.execute(table.name(), this.statements.dropColumn(column));
                });
    }

    @Override
    public List<SchemaDifference> validate() {
        TableMetadata metadata = this.engine.metadata();
        SchemaComparison comparison = new SchemaComparison(this.engine.dialect());
        return run(
                "validate the schema",
                script -> {
                    LiveSchema live = LiveSchema.of(script.connection);
                    List<SchemaDifference> differences = new ArrayList<>();
                    for (TableMeta<?> table : metadata.tables().values()) {
                        Map<String, LiveSchema.LiveColumn> columns = live.columns(table.name());
                        if (columns.isEmpty() && !live.tableExists(table.name())) {
                            differences.add(comparison.missingTable(table));
                            continue;
                        }
                        for (Column<?> column : table.columns()) {
                            differences.addAll(
                                    comparison.compare(column, columns.get(column.name())));
                        }
                    }
                    return List.copyOf(differences);
                });
    }

    // ---- internals ---------------------------------------------------------------------------

    private void createTables(Script script, List<TableMeta<?>> tables) throws SQLException {
        TableMetadata metadata = this.engine.metadata();
        TableOrder order = TableOrder.of(metadata, tables);
        boolean alter = this.engine.dialect().supportsAlterForeignKeys();
        Set<ForeignKey> deferred = alter ? order.cyclic() : Set.of();
        for (TableMeta<?> table : order.parentsFirst()) {
            List<ForeignKey> inline = new ArrayList<>(metadata.foreignKeys(table));
            inline.removeAll(deferred);
            script.execute(table.name(), this.statements.createTable(table, inline));
            for (String index : this.statements.createIndexes(table)) {
                script.execute(table.name(), index);
            }
        }
        for (ForeignKey fk : deferred) {
            script.execute(fk.column().table().name(), this.statements.addForeignKey(fk));
        }
    }

    private void dropCyclicForeignKeys(Script script, LiveSchema live, Set<ForeignKey> cyclic)
            throws SQLException {
        Set<String> dropped = new LinkedHashSet<>();
        for (ForeignKey fk : cyclic) {
            String table = fk.column().table().name();
            for (LiveSchema.LiveForeignKey key : live.importedKeys(table)) {
                String name = key.name();
                if (name != null
                        && key.column().equals(fk.column().name())
                        && key.targetTable().equals(fk.target().table().name())
                        && dropped.add(table + "\0" + name)) {
                    script.execute(table, this.statements.dropForeignKey(table, name));
                }
            }
        }
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

    private @Nullable ForeignKey foreignKey(Column<?> column) {
        for (ForeignKey fk : this.engine.metadata().foreignKeys(column.table())) {
            if (fk.column() == column) {
                return fk;
            }
        }
        return null;
    }

    /**
     * Runs work on a connection: joined to the Spring transaction if there is one, else in a
     * transaction of its own, committed at the end and rolled back on failure.
     */
    private <R> R run(String task, Work<R> work) {
        DataSource dataSource = this.engine.dataSource();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        boolean joined = DataSourceUtils.isConnectionTransactional(connection, dataSource);
        Script script = new Script(connection, this.engine, task);
        boolean restoreAutoCommit = false;
        try {
            if (!joined && connection.getAutoCommit()) {
                connection.setAutoCommit(false);
                restoreAutoCommit = true;
            }
            R result = work.run(script);
            if (!joined) {
                script.current = null;
                connection.commit();
            }
            return result;
        } catch (SQLException ex) {
            rollback(connection, joined, ex);
            throw this.engine.translate(task, script.current, ex);
        } catch (RuntimeException | Error ex) {
            rollback(connection, joined, ex);
            throw ex;
        } finally {
            if (restoreAutoCommit) {
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException ignored) {
                    // the pool resets or discards the connection
                }
            }
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void rollback(Connection connection, boolean joined, Throwable failure) {
        if (joined) {
            return; // the transaction's owner decides; Spring marks it rollback-only on the throw
        }
        try {
            connection.rollback();
        } catch (SQLException ex) {
            failure.addSuppressed(ex);
        }
    }

    private void run(String task, VoidWork work) {
        run(
                task,
                script -> {
                    work.run(script);
                    return Boolean.TRUE;
                });
    }

    @FunctionalInterface
    private interface Work<R> {
        R run(Script script) throws SQLException;
    }

    @FunctionalInterface
    private interface VoidWork {
        void run(Script script) throws SQLException;
    }

    /**
     * A connection and the statement it runs (for error messages); each statement is observed as
     * one {@code ddl} execution.
     */
    private static final class Script {

        final Connection connection;

        private final Engine engine;

        private final String task;

        @Nullable String current;

        Script(Connection connection, Engine engine, String task) {
            this.connection = connection;
            this.engine = engine;
            this.task = task;
        }

        void execute(String table, String sql) throws SQLException {
            this.current = sql;
            Instrumentation instrumentation = this.engine.instrumentation();
            Observation observation = instrumentation.start("ddl", table, sql);
            try (Statement statement = this.connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException ex) {
                // translated here so the observation records the exception the caller sees
                DataAccessException translated = this.engine.translate(this.task, sql, ex);
                instrumentation.error(observation, translated);
                throw translated;
            } catch (RuntimeException | Error ex) {
                instrumentation.error(observation, ex);
                throw ex;
            }
            instrumentation.success(observation);
        }
    }
}
