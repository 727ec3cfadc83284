package dev.qlio.orm.internal.ddl;

import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.ForeignKey;
import dev.qlio.orm.schema.TableMeta;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Renders column definitions and the statements that add or drop one column of an existing table.
 * Only identifiers (always quoted) and type names are rendered, plus a column's {@code
 * serverDefault}, which is an SQL expression by design; no value is ever concatenated.
 */
final class ColumnStatements {

    private final DdlNames names;

    private final KeyStatements keys;

    private final IndexStatements indexes;

    ColumnStatements(DdlNames names, KeyStatements keys, IndexStatements indexes) {
        this.names = names;
        this.keys = keys;
        this.indexes = indexes;
    }

    /**
     * A column as {@code CREATE TABLE} and {@code ADD COLUMN} declare it: name, type, server
     * default, {@code NOT NULL}.
     *
     * @param column the column
     * @param inlineKey whether the column is the table's auto-incrementing key and the dialect
     *     declares that in the column's type ({@code INTEGER PRIMARY KEY AUTOINCREMENT})
     * @return the definition
     */
    String definition(Column<?> column, boolean inlineKey) {
        Dialect dialect = this.names.dialect();
        StringBuilder sql = new StringBuilder(this.names.column(column)).append(' ');
        String inline = inlineKey ? dialect.ddl().inlineAutoincrementKey(column.type()) : null;
        if (inline != null) {
            sql.append(inline);
        } else if (column.isAutoincrement()) {
            sql.append(dialect.ddl().autoincrementType(column.type()));
        } else {
            sql.append(dialect.types().typeName(column.type()));
        }
        String serverDefault = column.serverDefault();
        if (serverDefault != null) {
            // an SQL expression by design (e.g. CURRENT_TIMESTAMP), never a bound value
            sql.append(" DEFAULT ").append(serverDefault);
        }
        if (!column.isNullable()) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }

    /**
     * {@code ALTER TABLE ... ADD COLUMN}, then the column's unique constraint, foreign key and
     * single-column indexes. SQLite cannot add a {@code UNIQUE} column (a unique index follows
     * instead) nor a constraint (its foreign key is declared inline, without a name).
     *
     * @param column the column
     * @param foreignKey its foreign key, if any
     * @return the statements, in order
     * @throws IllegalArgumentException for a primary-key column, which exists with its table
     */
    List<String> add(Column<?> column, @Nullable ForeignKey foreignKey) {
        TableMeta<?> table = column.table();
        this.names.check(column);
        if (column.isPrimaryKey()) {
            throw new IllegalArgumentException(
                    "Cannot add column "
                            + table.name()
                            + "."
                            + column.name()
                            + ": it is part of the primary key, which exists with the table;"
                            + " recreate the table instead");
        }
        boolean alterConstraints = this.names.dialect().ddl().supportsAlterForeignKeys();
        String add =
                "ALTER TABLE "
                        + this.names.table(table)
                        + " ADD COLUMN "
                        + definition(column, false)
                        + (foreignKey != null && !alterConstraints
                                ? this.keys.references(foreignKey)
                                : "");
        List<String> statements = new ArrayList<>();
        statements.add(add);
        if (column.isUnique()) {
            statements.add(
                    this.indexes.uniqueAsIndex()
                            ? this.indexes.createUnique(column)
                            : this.keys.addUnique(column));
        }
        if (foreignKey != null && alterConstraints) {
            statements.add(this.keys.addForeignKey(foreignKey));
        }
        statements.addAll(this.indexes.createOn(column));
        return statements;
    }

    /** {@code ALTER TABLE ... DROP COLUMN}, nothing else. */
    String drop(Column<?> column) {
        return "ALTER TABLE "
                + this.names.table(column.table())
                + " DROP COLUMN "
                + this.names.column(column);
    }
}
