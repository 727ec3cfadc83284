package dev.qlio.orm.internal.ddl;

import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.internal.render.Spellings;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.ForeignKey;
import dev.qlio.orm.schema.TableMeta;
import dev.qlio.orm.schema.TableMetadata;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Renders the DDL of each {@link DefaultDdl} verb from the metadata and a dialect alone: no
 * connection, no I/O, so every statement can be checked against golden SQL. What only the live
 * database knows (which tables exist, the names it gave foreign keys) is an argument.
 *
 * <p>Foreign keys: tables are created parents first. Where the database can alter constraints, a
 * reference closing a cycle is added with {@code ALTER TABLE} once the tables exist, and dropped
 * first when they go. SQLite cannot alter constraints but accepts a foreign key to a table that
 * does not exist yet, so there every key is declared inline, and dropping tables in a cycle defers
 * the foreign-key checks to the end of the transaction.
 */
final class DdlRenderer {

    private final TableMetadata metadata;

    private final Dialect dialect;

    private final ColumnStatements columns;

    private final TableStatements tables;

    private final KeyStatements keys;

    private final IndexStatements indexes;

    DdlRenderer(Dialect dialect, TableMetadata metadata, Spellings spellings) {
        this.metadata = metadata;
        this.dialect = dialect;
        DdlNames names = new DdlNames(dialect, spellings);
        this.keys = new KeyStatements(names);
        this.indexes = new IndexStatements(names);
        this.columns = new ColumnStatements(names, this.keys, this.indexes);
        this.tables = new TableStatements(names, this.columns, this.keys, this.indexes);
    }

    /** The tables in foreign-key order, with the references that close a cycle. */
    TableOrder order(Collection<TableMeta<?>> tables) {
        return TableOrder.of(this.metadata, tables);
    }

    /**
     * Creates tables parents first, each followed by its indexes, then the references that close a
     * cycle where they cannot be inline.
     *
     * @param tables the tables to create (those that do not exist yet)
     * @return the statements, in order
     */
    List<DdlStatement> createTables(Collection<TableMeta<?>> tables) {
        TableOrder order = order(tables);
        Set<ForeignKey> deferred =
                this.dialect.ddl().supportsAlterForeignKeys() ? order.cyclic() : Set.of();
        List<DdlStatement> statements = new ArrayList<>();
        for (TableMeta<?> table : order.parentsFirst()) {
            List<ForeignKey> inline = new ArrayList<>(this.metadata.foreignKeys(table));
            inline.removeAll(deferred);
            statements.add(new DdlStatement(table.name(), this.tables.create(table, inline)));
            for (String index : this.indexes.createIndexes(table)) {
                statements.add(new DdlStatement(table.name(), index));
            }
        }
        for (ForeignKey fk : deferred) {
            statements.add(
                    new DdlStatement(fk.column().table().name(), this.keys.addForeignKey(fk)));
        }
        return statements;
    }

    /**
     * Drops tables children first, after the references that close a cycle.
     *
     * @param order the tables to drop (those that exist), in foreign-key order
     * @param cyclicKeyNames for each of {@code order.cyclic()}, the names the live database gives
     *     its constraint (a key it does not have is absent or has no names)
     * @return the statements, in order
     */
    List<DdlStatement> dropTables(TableOrder order, Map<ForeignKey, List<String>> cyclicKeyNames) {
        List<DdlStatement> statements = new ArrayList<>();
        if (this.dialect.ddl().supportsAlterForeignKeys()) {
            Set<String> dropped = new LinkedHashSet<>();
            for (ForeignKey fk : order.cyclic()) {
                String table = fk.column().table().name();
                for (String name : cyclicKeyNames.getOrDefault(fk, List.of())) {
                    if (dropped.add(table + "\0" + name)) {
                        statements.add(
                                new DdlStatement(table, this.keys.dropForeignKey(table, name)));
                    }
                }
            }
        } else if (!order.cyclic().isEmpty()) {
            // SQLite: rows of tables in a cycle reference each other whatever the order; checked
            // at commit, when all of them are gone
            statements.add(new DdlStatement("none", "PRAGMA defer_foreign_keys = ON"));
        }
        for (TableMeta<?> table : order.childrenFirst()) {
            statements.add(dropTable(table));
        }
        return statements;
    }

    /** {@code DROP TABLE} of one table ({@code IF EXISTS} where the database has it). */
    DdlStatement dropTable(TableMeta<?> table) {
        return new DdlStatement(table.name(), this.tables.drop(table));
    }

    /**
     * Adds a column to its existing table, with its unique constraint, foreign key and indexes.
     *
     * @param column the column
     * @return the statements, in order
     */
    List<DdlStatement> addColumn(Column<?> column) {
        return onTable(column, this.columns.add(column, foreignKey(column)));
    }

    /**
     * Drops a column from its table, after the foreign keys and indexes on it that the database
     * would not drop with it (MariaDB refuses to drop a column a foreign key uses; SQLite one that
     * has an index).
     *
     * @param column the column
     * @param foreignKeyNames the names the live database gives the foreign keys on the column
     * @return the statements, in order
     */
    List<DdlStatement> dropColumn(Column<?> column, Collection<String> foreignKeyNames) {
        String table = column.table().name();
        List<String> sql = new ArrayList<>();
        if (this.dialect.ddl().supportsAlterForeignKeys()) {
            for (String name : foreignKeyNames) {
                sql.add(this.keys.dropForeignKey(table, name));
            }
        }
        if (this.indexes.uniqueAsIndex()) {
            for (String index : this.indexes.namesOn(column)) {
                sql.add(this.indexes.drop(column.table(), index));
            }
        }
        sql.add(this.columns.drop(column));
        return onTable(column, sql);
    }

    private @Nullable ForeignKey foreignKey(Column<?> column) {
        for (ForeignKey fk : this.metadata.foreignKeys(column.table())) {
            if (fk.column() == column) {
                return fk;
            }
        }
        return null;
    }

    private static List<DdlStatement> onTable(Column<?> column, List<String> sql) {
        String table = column.table().name();
        return sql.stream().map(s -> new DdlStatement(table, s)).toList();
    }
}
