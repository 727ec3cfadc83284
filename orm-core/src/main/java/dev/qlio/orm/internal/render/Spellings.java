package dev.qlio.orm.internal.render;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.TableMeta;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How the database spells the tables and columns it holds in another case than Qlio's names: a
 * table a schema script created with unquoted names, which H2 folds to upper case ({@code OWNERS},
 * {@code LAST_NAME}) or MariaDB keeps as written ({@code Owners}). Found in the live schema by the
 * schema step ({@code Ddl}); every statement then names such a table and its columns as the
 * database does. Empty until then, and for tables whose names match exactly. Thread-safe: replaced
 * whole.
 */
public final class Spellings {

    private volatile Map<TableMeta<?>, String> tables = Map.of();

    private volatile Map<Column<?>, String> columns = Map.of();

    /**
     * The table's name as the database spells it.
     *
     * @param table the table
     * @return its spelling, or its name
     */
    public String table(TableMeta<?> table) {
        String spelled = this.tables.get(table);
        return spelled != null ? spelled : table.name();
    }

    /**
     * The column's name as the database spells it.
     *
     * @param column a declared column
     * @return its spelling, or its name
     */
    public String column(Column<?> column) {
        String spelled = this.columns.get(column.origin());
        return spelled != null ? spelled : column.origin().name();
    }

    /**
     * The table's spelling when it differs from its name.
     *
     * @param table the table
     * @return the spelling, or {@code null}
     */
    public @Nullable String spelled(TableMeta<?> table) {
        return this.tables.get(table);
    }

    /**
     * How many tables are spelled otherwise.
     *
     * @return the number of tables
     */
    public int size() {
        return this.tables.size();
    }

    /**
     * Replaces the spellings.
     *
     * @param tables tables spelled otherwise
     * @param columns their columns spelled otherwise
     */
    public void set(Map<TableMeta<?>, String> tables, Map<Column<?>, String> columns) {
        this.columns = Map.copyOf(columns);
        this.tables = Map.copyOf(tables);
    }
}
