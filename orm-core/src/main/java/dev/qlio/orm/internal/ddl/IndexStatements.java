package dev.qlio.orm.internal.ddl;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Index;
import dev.qlio.orm.schema.PrimaryKey;
import dev.qlio.orm.schema.TableMeta;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders indexes: the declared ones, and the unique indexes that stand in for unique constraints
 * where the database cannot alter constraints.
 */
final class IndexStatements {

    private final DdlNames names;

    IndexStatements(DdlNames names) {
        this.names = names;
    }

    /**
     * Whether a unique column gets a unique index rather than a {@code UNIQUE} constraint: SQLite
     * can neither add a unique constraint to an existing table nor drop a column that has one,
     * while a unique index can be created and dropped like any other.
     */
    boolean uniqueAsIndex() {
        return !this.names.dialect().ddl().dropsIndexesWithColumn();
    }

    /**
     * {@code CREATE [UNIQUE] INDEX} for each of the table's indexes, after the unique indexes of
     * its unique columns where those are indexes.
     *
     * @param table the table
     * @return the statements
     */
    List<String> createIndexes(TableMeta<?> table) {
        List<String> statements = new ArrayList<>();
        if (uniqueAsIndex()) {
            PrimaryKey pk = table.primaryKey();
            for (Column<?> column : table.columns()) {
                if (column.isUnique() && !KeyStatements.isSoleKey(pk, column)) {
                    statements.add(createUnique(column));
                }
            }
        }
        for (Index index : table.indexes()) {
            statements.add(create(table, index));
        }
        return statements;
    }

    /** {@code CREATE [UNIQUE] INDEX} for one declared index. */
    String create(TableMeta<?> table, Index index) {
        return "CREATE "
                + (index.isUnique() ? "UNIQUE " : "")
                + "INDEX "
                + this.names.q(this.names.fit(index.name()))
                + " ON "
                + this.names.table(table)
                + " ("
                + this.names.columnList(index.columns())
                + ")";
    }

    /** {@code CREATE UNIQUE INDEX} standing in for a unique column's constraint. */
    String createUnique(Column<?> column) {
        return "CREATE UNIQUE INDEX "
                + this.names.q(this.names.unique(column))
                + " ON "
                + this.names.table(column.table())
                + " ("
                + this.names.column(column)
                + ")";
    }

    /** The declared single-column indexes of a column, created when the column is added. */
    List<String> createOn(Column<?> column) {
        List<String> statements = new ArrayList<>();
        for (Index index : column.table().indexes()) {
            if (index.columns().size() == 1 && index.columns().get(0) == column) {
                statements.add(create(column.table(), index));
            }
        }
        return statements;
    }

    /**
     * The names of the indexes Qlio creates that cover a column: its unique index where unique
     * constraints are indexes (SQLite's {@code ADD COLUMN}), and the declared indexes.
     *
     * @param column the column
     * @return the index names, unquoted
     */
    List<String> namesOn(Column<?> column) {
        List<String> names = new ArrayList<>();
        if (column.isUnique()) {
            names.add(this.names.unique(column));
        }
        for (Index index : column.table().indexes()) {
            if (index.columns().contains(column)) {
                names.add(this.names.fit(index.name()));
            }
        }
        return names;
    }

    /** Drops an index, in the dialect's words. */
    String drop(TableMeta<?> table, String index) {
        return this.names.dialect().ddl().dropIndex(this.names.table(table), this.names.q(index));
    }
}
