package dev.qlio.orm.internal.ddl;

import dev.qlio.orm.internal.engine.Engine;
import dev.qlio.orm.internal.render.Spellings;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.TableMeta;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Meets tables the database holds in another case than Qlio's names. A schema script, a Flyway
 * migration or a JPA-generated schema writes names unquoted, which H2 folds to upper case ({@code
 * OWNERS}) and MariaDB keeps as written ({@code Owners}); Qlio quotes its names, so without this it
 * would not find such a table, and {@code create} would add a second, empty one. Before every
 * schema step the live schema is read: a table found only in another case is used as the database
 * spells it (and its columns likewise); a table found in two spellings is refused, naming both,
 * since one of them would silently hold no rows; with exact case required, a table found only in
 * another case is refused too.
 */
final class SchemaSpellings {

    private final Engine engine;

    private final boolean exactCase;

    SchemaSpellings(Engine engine, boolean exactCase) {
        this.engine = engine;
        this.exactCase = exactCase;
    }

    /** Reads how the database spells each table, and renders with that from now on. */
    void find(LiveSchema live) throws SQLException {
        Map<TableMeta<?>, String> tables = new HashMap<>();
        Map<Column<?>, String> columns = new HashMap<>();
        for (TableMeta<?> table : this.engine.metadata().tables().values()) {
            String name = table.name();
            List<String> found = live.spellings(name);
            List<String> others = found.stream().filter(n -> !n.equals(name)).toList();
            if (others.isEmpty()) {
                continue;
            }
            if (found.size() > 1) {
                throw new IllegalStateException(
                        "Table "
                                + name
                                + " is in the database in "
                                + found.size()
                                + " spellings, "
                                + String.join(
                                        " and ", found.stream().map(n -> '"' + n + '"').toList())
                                + ": one of them was created with unquoted names (which the"
                                + " database folds to its own case), the other with quoted ones,"
                                + " and only one can hold the rows. Drop the table you do not use"
                                + " (Qlio uses \""
                                + name
                                + "\" when it exists, else the one other spelling)");
            }
            String spelled = others.get(0);
            if (this.exactCase) {
                throw new IllegalStateException(
                        "Table \""
                                + name
                                + "\" is not in the database, but \""
                                + spelled
                                + "\" is (created with unquoted names, which the database folds"
                                + " to its own case), and exact identifier case is required"
                                + " (qlio.orm.exact-identifier-case=true, or"
                                + " Database.builder(...).exactIdentifierCase(true)). Create the"
                                + " table as \""
                                + name
                                + "\", or turn exact case off so that Qlio uses \""
                                + spelled
                                + "\"");
            }
            tables.put(table, spelled);
            Map<String, LiveSchema.LiveColumn> reported = live.columns(spelled);
            for (Column<?> column : table.columns()) {
                if (reported.containsKey(column.name())) {
                    continue;
                }
                for (String liveName : reported.keySet()) {
                    if (liveName.equalsIgnoreCase(column.name())) {
                        columns.put(column, liveName);
                    }
                }
            }
        }
        Spellings current = this.engine.render().spellings();
        boolean same = tables.size() == current.size();
        for (Map.Entry<TableMeta<?>, String> e : tables.entrySet()) {
            same &= e.getValue().equals(current.spelled(e.getKey()));
        }
        if (!same || !columns.isEmpty()) {
            this.engine.render().respell(tables, columns);
        }
    }

    /** The table's spelling in the database when it differs from its name. */
    @Nullable String spelled(TableMeta<?> table) {
        return this.engine.render().spellings().spelled(table);
    }

    /** The table's name in the database. */
    String table(TableMeta<?> table) {
        return this.engine.render().spellings().table(table);
    }

    /** The live schema with the table's columns reported under the names Qlio uses. */
    LiveSchema live(LiveSchema live, TableMeta<?> table) {
        if (spelled(table) == null) {
            return live;
        }
        Spellings spellings = this.engine.render().spellings();
        Map<String, String> declared = new HashMap<>();
        for (Column<?> column : table.columns()) {
            declared.put(spellings.column(column), column.name());
        }
        return live.renamed(declared);
    }
}
