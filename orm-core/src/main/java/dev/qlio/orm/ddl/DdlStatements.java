package dev.qlio.orm.ddl;

import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.ForeignKey;
import dev.qlio.orm.schema.Index;
import dev.qlio.orm.schema.PrimaryKey;
import dev.qlio.orm.schema.TableMeta;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Renders DDL statements for one dialect. Only identifiers (always quoted) and type names are
 * rendered, plus a column's {@code serverDefault}, which is an SQL expression by design; no value
 * is ever concatenated. Generated constraint and index names are fitted to the database's
 * identifier limit.
 */
final class DdlStatements {

    private final Dialect dialect;

    DdlStatements(Dialect dialect) {
        this.dialect = dialect;
    }

    /**
     * {@code CREATE TABLE} with columns, primary key, unique constraints and the given foreign
     * keys.
     *
     * @param table the table
     * @param foreignKeys the foreign keys to declare inline (the others are added later)
     * @return the SQL
     */
    String createTable(TableMeta<?> table, Collection<ForeignKey> foreignKeys) {
        checkNames(table);
        String name = table.name();
        PrimaryKey pk = table.primaryKey();
        Column<?> inlineKey = inlineAutoincrementKey(table, pk);
        List<String> parts = new ArrayList<>();
        for (Column<?> column : table.columns()) {
            parts.add(columnDefinition(column, column == inlineKey));
        }
        if (pk != null && inlineKey == null) {
            parts.add(
                    "CONSTRAINT "
                            + q(this.dialect.fitIdentifier("pk_" + name))
                            + " PRIMARY KEY ("
                            + columnList(pk.columns())
                            + ")");
        }
        for (Column<?> column : table.columns()) {
            if (column.isUnique() && !isSoleKey(pk, column) && uniqueAsConstraint()) {
                parts.add(
                        "CONSTRAINT "
                                + q(uniqueName(column))
                                + " UNIQUE ("
                                + q(column.name())
                                + ")");
            }
        }
        for (ForeignKey fk : foreignKeys) {
            parts.add(foreignKeyConstraint(fk));
        }
        return "CREATE TABLE "
                + (this.dialect.supportsIfExists() ? "IF NOT EXISTS " : "")
                + q(name)
                + " ("
                + String.join(", ", parts)
                + ")"
                + this.dialect.tableOptions();
    }

    /**
     * {@code CREATE [UNIQUE] INDEX} for each of the table's indexes.
     *
     * @param table the table
     * @return the statements
     */
    List<String> createIndexes(TableMeta<?> table) {
        List<String> statements = new ArrayList<>();
        if (!uniqueAsConstraint()) {
            PrimaryKey pk = table.primaryKey();
            for (Column<?> column : table.columns()) {
                if (column.isUnique() && !isSoleKey(pk, column)) {
                    statements.add(createUniqueIndex(column));
                }
            }
        }
        for (Index index : table.indexes()) {
            statements.add(createIndex(table, index));
        }
        return statements;
    }

    String createIndex(TableMeta<?> table, Index index) {
        return "CREATE "
                + (index.isUnique() ? "UNIQUE " : "")
                + "INDEX "
                + q(this.dialect.fitIdentifier(index.name()))
                + " ON "
                + q(table.name())
                + " ("
                + columnList(index.columns())
                + ")";
    }

    String dropTable(TableMeta<?> table) {
        return "DROP TABLE "
                + (this.dialect.supportsIfExists() ? "IF EXISTS " : "")
                + q(table.name());
    }

    String addForeignKey(ForeignKey fk) {
        return "ALTER TABLE " + q(fk.column().table().name()) + " ADD " + foreignKeyConstraint(fk);
    }

    String dropForeignKey(String table, String constraint) {
        return this.dialect.dropForeignKey(q(table), q(constraint));
    }

    /**
     * {@code ALTER TABLE ... ADD COLUMN}, with the column's unique constraint and foreign key.
     * SQLite cannot add a {@code UNIQUE} column (a unique index follows instead) nor a constraint
     * (its foreign key is declared inline).
     *
     * @param column the column
     * @param foreignKey its foreign key, if any
     * @return the statements, in order
     */
    List<String> addColumn(Column<?> column, @Nullable ForeignKey foreignKey) {
        TableMeta<?> table = column.table();
        this.dialect.checkIdentifier("column " + table.name() + "." + column.name(), column.name());
        if (column.isPrimaryKey()) {
            throw new IllegalArgumentException(
                    "Cannot add column "
                            + table.name()
                            + "."
                            + column.name()
                            + ": it is part of the primary key, which exists with the table;"
                            + " recreate the table instead");
        }
        boolean alterConstraints = this.dialect.supportsAlterForeignKeys();
        String tableName = q(table.name());
        StringBuilder add =
                new StringBuilder("ALTER TABLE ")
                        .append(tableName)
                        .append(" ADD COLUMN ")
                        .append(columnDefinition(column, false));
        List<String> statements = new ArrayList<>();
        if (foreignKey != null && !alterConstraints) {
            add.append(" REFERENCES ")
                    .append(q(foreignKey.target().table().name()))
                    .append(" (")
                    .append(q(foreignKey.target().name()))
                    .append(")");
        }
        statements.add(add.toString());
        if (column.isUnique()) {
            statements.add(
                    uniqueAsConstraint()
                            ? "ALTER TABLE "
                                    + tableName
                                    + " ADD CONSTRAINT "
                                    + q(uniqueName(column))
                                    + " UNIQUE ("
                                    + q(column.name())
                                    + ")"
                            : createUniqueIndex(column));
        }
        if (foreignKey != null && alterConstraints) {
            statements.add(addForeignKey(foreignKey));
        }
        for (Index index : table.indexes()) {
            if (index.columns().size() == 1 && index.columns().get(0) == column) {
                statements.add(createIndex(table, index));
            }
        }
        return statements;
    }

    String dropColumn(Column<?> column) {
        return "ALTER TABLE " + q(column.table().name()) + " DROP COLUMN " + q(column.name());
    }

    /**
     * The names of the indexes Qlio creates that cover a column: its unique index where unique
     * constraints are indexes (SQLite's {@code ADD COLUMN}), and the declared indexes.
     *
     * @param column the column
     * @return the index names
     */
    List<String> indexesOn(Column<?> column) {
        List<String> names = new ArrayList<>();
        if (column.isUnique()) {
            names.add(uniqueName(column));
        }
        for (Index index : column.table().indexes()) {
            if (index.columns().contains(column)) {
                names.add(this.dialect.fitIdentifier(index.name()));
            }
        }
        return names;
    }

    String dropIndex(TableMeta<?> table, String index) {
        return this.dialect.dropIndex(q(table.name()), q(index));
    }

    /**
     * The type as {@code CREATE TABLE} declares it (without constraints), for messages.
     *
     * @param column the column
     * @return the type name
     */
    String declaredType(Column<?> column) {
        return this.dialect.typeName(column.type());
    }

    String foreignKeyName(ForeignKey fk) {
        return this.dialect.fitIdentifier(fk.constraintName());
    }

    private String columnDefinition(Column<?> column, boolean inlineKey) {
        StringBuilder sql = new StringBuilder(q(column.name())).append(' ');
        String inline = inlineKey ? this.dialect.inlineAutoincrementKey(column.type()) : null;
        if (inline != null) {
            sql.append(inline);
        } else if (column.isAutoincrement()) {
            sql.append(this.dialect.autoincrementType(column.type()));
        } else {
            sql.append(this.dialect.typeName(column.type()));
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

    private @Nullable Column<?> inlineAutoincrementKey(
            TableMeta<?> table, @Nullable PrimaryKey pk) {
        for (Column<?> column : table.columns()) {
            if (!column.isAutoincrement()
                    || this.dialect.inlineAutoincrementKey(column.type()) == null) {
                continue;
            }
            if (!isSoleKey(pk, column)) {
                throw new IllegalArgumentException(
                        "Table "
                                + table.name()
                                + ": column "
                                + column.name()
                                + " is auto-incrementing, but "
                                + this.dialect.name()
                                + " generates values only for a table's single-column primary key;"
                                + " make it the only primaryKey() column or drop autoincrement()");
            }
            return column;
        }
        return null;
    }

    /**
     * Whether a unique column gets a {@code UNIQUE} constraint, or else a unique index: SQLite can
     * neither add a unique constraint to an existing table nor drop a column that has one, while a
     * unique index can be created and dropped like any other.
     */
    private boolean uniqueAsConstraint() {
        return this.dialect.dropsIndexesWithColumn();
    }

    private String createUniqueIndex(Column<?> column) {
        return "CREATE UNIQUE INDEX "
                + q(uniqueName(column))
                + " ON "
                + q(column.table().name())
                + " ("
                + q(column.name())
                + ")";
    }

    private static boolean isSoleKey(@Nullable PrimaryKey pk, Column<?> column) {
        return pk != null && pk.columns().size() == 1 && pk.columns().get(0) == column;
    }

    private String foreignKeyConstraint(ForeignKey fk) {
        return "CONSTRAINT "
                + q(foreignKeyName(fk))
                + " FOREIGN KEY ("
                + q(fk.column().name())
                + ") REFERENCES "
                + q(fk.target().table().name())
                + " ("
                + q(fk.target().name())
                + ")";
    }

    private String uniqueName(Column<?> column) {
        return this.dialect.fitIdentifier("uq_" + column.table().name() + "_" + column.name());
    }

    private void checkNames(TableMeta<?> table) {
        this.dialect.checkIdentifier("table " + table.name(), table.name());
        for (Column<?> column : table.columns()) {
            this.dialect.checkIdentifier(
                    "column " + table.name() + "." + column.name(), column.name());
        }
    }

    private String columnList(List<Column<?>> columns) {
        return columns.stream().map(c -> q(c.name())).collect(Collectors.joining(", "));
    }

    private String q(String identifier) {
        return this.dialect.quote(identifier);
    }
}
