package dev.qlio.orm.internal.ddl;

import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.internal.render.Spellings;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.ForeignKey;
import dev.qlio.orm.schema.TableMeta;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Identifiers in DDL for one dialect: every name quoted, and the names Qlio generates for
 * constraints and indexes fitted to the database's identifier limit. The one place those names are
 * made, so creating and dropping a constraint always agree on its name.
 */
final class DdlNames {

    private final Dialect dialect;

    private final Spellings spellings;

    DdlNames(Dialect dialect, Spellings spellings) {
        this.dialect = dialect;
        this.spellings = spellings;
    }

    Dialect dialect() {
        return this.dialect;
    }

    /** The quoted identifier. */
    String q(String identifier) {
        return this.dialect.identifiers().quote(identifier);
    }

    /** The quoted table name, as the database spells it. */
    String table(TableMeta<?> table) {
        return q(this.spellings.table(table));
    }

    /** The quoted column name, as the database spells it. */
    String column(Column<?> column) {
        return q(this.spellings.column(column));
    }

    /** The quoted names of columns, comma separated. */
    String columnList(List<Column<?>> columns) {
        return columns.stream().map(this::column).collect(Collectors.joining(", "));
    }

    /** The quoted name of a table's primary-key constraint. */
    String primaryKey(TableMeta<?> table) {
        return q(fit("pk_" + table.name()));
    }

    /** The unquoted name of a unique column's constraint or index. */
    String unique(Column<?> column) {
        return fit("uq_" + column.table().name() + "_" + column.name());
    }

    /** The unquoted name of a foreign key's constraint. */
    String foreignKey(ForeignKey fk) {
        return fit(fk.constraintName());
    }

    /** A generated name, shortened to the database's limit if it is longer. */
    String fit(String name) {
        return this.dialect.identifiers().fit(name);
    }

    /**
     * Checks the names of a table and its columns against the database's identifier rules.
     *
     * @throws IllegalArgumentException naming the identifier that does not fit
     */
    void check(TableMeta<?> table) {
        this.dialect.identifiers().check("table " + table.name(), table.name());
        for (Column<?> column : table.columns()) {
            check(column);
        }
    }

    /**
     * Checks a column's name against the database's identifier rules.
     *
     * @throws IllegalArgumentException if it does not fit
     */
    void check(Column<?> column) {
        this.dialect
                .identifiers()
                .check("column " + column.table().name() + "." + column.name(), column.name());
    }
}
