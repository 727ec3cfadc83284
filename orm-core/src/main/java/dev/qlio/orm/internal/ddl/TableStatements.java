package dev.qlio.orm.internal.ddl;

import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.ForeignKey;
import dev.qlio.orm.schema.PrimaryKey;
import dev.qlio.orm.schema.TableMeta;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Renders {@code CREATE TABLE} and {@code DROP TABLE}. */
final class TableStatements {

    private final DdlNames names;

    private final ColumnStatements columns;

    private final KeyStatements keys;

    private final IndexStatements indexes;

    TableStatements(
            DdlNames names, ColumnStatements columns, KeyStatements keys, IndexStatements indexes) {
        this.names = names;
        this.columns = columns;
        this.keys = keys;
        this.indexes = indexes;
    }

    /**
     * {@code CREATE TABLE} with columns, primary key, unique constraints and the given foreign
     * keys; {@code IF NOT EXISTS} where the database has it.
     *
     * @param table the table
     * @param foreignKeys the foreign keys to declare inline (the others are added later)
     * @return the SQL
     * @throws IllegalArgumentException if a name does not fit the database, or an auto-incrementing
     *     column cannot be generated there
     */
    String create(TableMeta<?> table, Collection<ForeignKey> foreignKeys) {
        this.names.check(table);
        Dialect dialect = this.names.dialect();
        PrimaryKey pk = table.primaryKey();
        Column<?> inlineKey = inlineAutoincrementKey(table, pk);
        List<String> parts = new ArrayList<>();
        for (Column<?> column : table.columns()) {
            parts.add(this.columns.definition(column, column == inlineKey));
        }
        if (pk != null && inlineKey == null) {
            parts.add(this.keys.primaryKey(table, pk));
        }
        if (!this.indexes.uniqueAsIndex()) {
            for (Column<?> column : table.columns()) {
                if (column.isUnique() && !KeyStatements.isSoleKey(pk, column)) {
                    parts.add(this.keys.unique(column));
                }
            }
        }
        for (ForeignKey fk : foreignKeys) {
            parts.add(this.keys.foreignKey(fk));
        }
        return "CREATE TABLE "
                + (dialect.ddl().supportsIfExists() ? "IF NOT EXISTS " : "")
                + this.names.table(table)
                + " ("
                + String.join(", ", parts)
                + ")"
                + dialect.ddl().tableOptions();
    }

    /** {@code DROP TABLE}, with {@code IF EXISTS} where the database has it. */
    String drop(TableMeta<?> table) {
        return "DROP TABLE "
                + (this.names.dialect().ddl().supportsIfExists() ? "IF EXISTS " : "")
                + this.names.table(table);
    }

    /**
     * The column whose auto-increment the dialect declares as an inline primary key (SQLite's
     * {@code INTEGER PRIMARY KEY AUTOINCREMENT}), if any. Such a dialect generates values only for
     * a single-column key, so any other auto-incrementing column is refused.
     */
    private @Nullable Column<?> inlineAutoincrementKey(
            TableMeta<?> table, @Nullable PrimaryKey pk) {
        Dialect dialect = this.names.dialect();
        for (Column<?> column : table.columns()) {
            if (!column.isAutoincrement()
                    || dialect.ddl().inlineAutoincrementKey(column.type()) == null) {
                continue;
            }
            if (!KeyStatements.isSoleKey(pk, column)) {
                throw new IllegalArgumentException(
                        "Table "
                                + table.name()
                                + ": column "
                                + column.name()
                                + " is auto-incrementing, but "
                                + dialect.name()
                                + " generates values only for a table's single-column primary key;"
                                + " make it the only primaryKey() column or drop autoincrement()");
            }
            return column;
        }
        return null;
    }
}
