package dev.qlio.orm.internal.ddl;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.ForeignKey;
import dev.qlio.orm.schema.PrimaryKey;
import dev.qlio.orm.schema.TableMeta;
import org.jspecify.annotations.Nullable;

/** Renders key constraints: primary keys, unique constraints and foreign keys. */
final class KeyStatements {

    private final DdlNames names;

    KeyStatements(DdlNames names) {
        this.names = names;
    }

    /** {@code CONSTRAINT "pk_t" PRIMARY KEY (...)}, a clause of {@code CREATE TABLE}. */
    String primaryKey(TableMeta<?> table, PrimaryKey pk) {
        return "CONSTRAINT "
                + this.names.primaryKey(table)
                + " PRIMARY KEY ("
                + this.names.columnList(pk.columns())
                + ")";
    }

    /** {@code CONSTRAINT "uq_t_c" UNIQUE ("c")}, a clause of {@code CREATE TABLE}. */
    String unique(Column<?> column) {
        return "CONSTRAINT "
                + this.names.q(this.names.unique(column))
                + " UNIQUE ("
                + this.names.column(column)
                + ")";
    }

    /** {@code ALTER TABLE ... ADD} the column's unique constraint. */
    String addUnique(Column<?> column) {
        return "ALTER TABLE " + this.names.table(column.table()) + " ADD " + unique(column);
    }

    /** {@code CONSTRAINT "fk_..." FOREIGN KEY (...) REFERENCES ...}, a clause. */
    String foreignKey(ForeignKey fk) {
        return "CONSTRAINT "
                + this.names.q(this.names.foreignKey(fk))
                + " FOREIGN KEY ("
                + this.names.column(fk.column())
                + ")"
                + references(fk);
    }

    /**
     * {@code REFERENCES "t" ("c")} without a constraint name, for a column definition where
     * constraints cannot be added later (SQLite's {@code ADD COLUMN}).
     */
    String references(ForeignKey fk) {
        return " REFERENCES "
                + this.names.table(fk.target().table())
                + " ("
                + this.names.column(fk.target())
                + ")";
    }

    /** {@code ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY}: a key added after its tables. */
    String addForeignKey(ForeignKey fk) {
        return "ALTER TABLE " + this.names.table(fk.column().table()) + " ADD " + foreignKey(fk);
    }

    /**
     * Drops a foreign-key constraint, in the dialect's words.
     *
     * @param table the table's name, unquoted
     * @param constraint the constraint's name, unquoted, as the live schema reports it
     */
    String dropForeignKey(String table, String constraint) {
        return this.names
                .dialect()
                .ddl()
                .dropForeignKey(this.names.q(table), this.names.q(constraint));
    }

    /** Whether a column is the whole primary key (a composite key's columns are not). */
    static boolean isSoleKey(@Nullable PrimaryKey pk, Column<?> column) {
        return pk != null && pk.columns().size() == 1 && pk.columns().get(0) == column;
    }
}
