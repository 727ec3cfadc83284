package dev.qlio.orm.internal.ddl;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The live schema as JDBC {@link DatabaseMetaData} reports it, in the connection's current catalog
 * and schema (PostgreSQL's {@code search_path} schema, H2's {@code PUBLIC}, MariaDB's database).
 * Names are matched exactly: Qlio quotes every identifier, so the database keeps their case; a
 * table created in another case is found by {@link #spellings} and read through a {@link #renamed}
 * view.
 */
final class LiveSchema {

    private final DatabaseMetaData metaData;

    private final @Nullable String catalog;

    private final @Nullable String schema;

    private final String escape;

    private final boolean doubledQuotes;

    /** Column names as reported, to the names Qlio uses (a table spelled in another case). */
    private final Map<String, String> rename;

    private LiveSchema(
            DatabaseMetaData metaData,
            @Nullable String catalog,
            @Nullable String schema,
            String escape,
            Map<String, String> rename) {
        this.metaData = metaData;
        this.catalog = catalog;
        this.schema = schema;
        this.escape = escape;
        this.doubledQuotes = "PostgreSQL".equals(productName(metaData));
        this.rename = rename;
    }

    /**
     * This live schema reporting column names under other names.
     *
     * @param columnNames reported name to the name to report instead
     * @return the renaming view
     */
    LiveSchema renamed(Map<String, String> columnNames) {
        return new LiveSchema(
                this.metaData, this.catalog, this.schema, this.escape, Map.copyOf(columnNames));
    }

    private String name(String reported) {
        return this.rename.getOrDefault(reported, reported);
    }

    private static @Nullable String productName(DatabaseMetaData metaData) {
        try {
            return metaData.getDatabaseProductName();
        } catch (SQLException ex) {
            return null;
        }
    }

    static LiveSchema of(Connection connection) throws SQLException {
        DatabaseMetaData md = connection.getMetaData();
        String escape = md.getSearchStringEscape();
        return new LiveSchema(
                md,
                connection.getCatalog(),
                connection.getSchema(),
                escape == null ? "" : escape,
                Map.of());
    }

    boolean tableExists(String table) throws SQLException {
        try (ResultSet rs =
                this.metaData.getTables(this.catalog, pattern(this.schema), pattern(table), null)) {
            while (rs.next()) {
                if (table.equals(rs.getString("TABLE_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The tables whose name equals {@code table} ignoring case, as the database spells them: the
     * name itself, a spelling a schema script made with unquoted names ({@code OWNERS} on H2), or
     * both.
     *
     * @param table the table name
     * @return the spellings found
     * @throws SQLException if the driver fails
     */
    List<String> spellings(String table) throws SQLException {
        List<String> found = new ArrayList<>();
        try (ResultSet rs =
                this.metaData.getTables(this.catalog, pattern(this.schema), null, null)) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (name != null && name.equalsIgnoreCase(table) && !found.contains(name)) {
                    found.add(name);
                }
            }
        }
        return found;
    }

    /**
     * The table's columns by name, in ordinal order; empty when the table does not exist.
     *
     * @param table the table name
     * @return the columns
     * @throws SQLException if the driver fails
     */
    Map<String, LiveColumn> columns(String table) throws SQLException {
        Map<String, LiveColumn> columns = new LinkedHashMap<>();
        try (ResultSet rs =
                this.metaData.getColumns(this.catalog, pattern(this.schema), pattern(table), "%")) {
            while (rs.next()) {
                if (!table.equals(rs.getString("TABLE_NAME"))) {
                    continue;
                }
                String name = name(String.valueOf(rs.getString("COLUMN_NAME")));
                columns.put(
                        name,
                        new LiveColumn(
                                name,
                                rs.getInt("DATA_TYPE"),
                                String.valueOf(rs.getString("TYPE_NAME")),
                                rs.getInt("COLUMN_SIZE"),
                                rs.getInt("DECIMAL_DIGITS"),
                                rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
                                rs.getString("COLUMN_DEF") != null
                                        || "YES".equals(rs.getString("IS_AUTOINCREMENT"))));
            }
        }
        return columns;
    }

    /**
     * The names of the foreign-key constraints on a column, as the database reports them.
     *
     * @param table the referencing table
     * @param column the referencing column
     * @param targetTable the referenced table, or {@code null} for any
     * @return the constraint names; keys the driver reports without a name are left out
     * @throws SQLException if the driver fails
     */
    List<String> foreignKeyNames(String table, String column, @Nullable String targetTable)
            throws SQLException {
        List<String> names = new ArrayList<>();
        for (LiveForeignKey key : importedKeys(table)) {
            String name = key.name();
            if (name != null
                    && key.column().equals(column)
                    && (targetTable == null || key.targetTable().equals(targetTable))
                    && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** The foreign keys declared on a table, one entry per referencing column. */
    private List<LiveForeignKey> importedKeys(String table) throws SQLException {
        List<LiveForeignKey> keys = new ArrayList<>();
        try (ResultSet rs = this.metaData.getImportedKeys(this.catalog, this.schema, table)) {
            while (rs.next()) {
                keys.add(
                        new LiveForeignKey(
                                rs.getString("FK_NAME"),
                                String.valueOf(rs.getString("FKCOLUMN_NAME")),
                                String.valueOf(rs.getString("PKTABLE_NAME"))));
            }
        }
        return keys;
    }

    /** Escapes a name for a metadata search pattern ({@code _} and {@code %} are wildcards). */
    private @Nullable String pattern(@Nullable String name) {
        if (name == null || this.escape.isEmpty()) {
            return name;
        }
        return name.replace(this.escape, this.escape + this.escape)
                .replace("_", this.escape + "_")
                .replace("%", this.escape + "%");
    }

    /**
     * A column as the database reports it.
     *
     * @param name the name
     * @param jdbcType the {@link java.sql.Types} code
     * @param typeName the database's type name
     * @param size the length or precision
     * @param scale the scale (decimal digits)
     * @param nullable whether it accepts NULL
     */
    record LiveColumn(
            String name,
            int jdbcType,
            String typeName,
            int size,
            int scale,
            boolean nullable,
            boolean hasDefault) {}

    /**
     * The table's primary-key columns, in key order; empty when it has none.
     *
     * @param table the table name
     * @return the column names
     * @throws SQLException if the driver fails
     */
    List<String> primaryKey(String table) throws SQLException {
        TreeMap<Integer, String> columns = new TreeMap<>();
        try (ResultSet rs = this.metaData.getPrimaryKeys(this.catalog, this.schema, table)) {
            while (rs.next()) {
                if (table.equals(rs.getString("TABLE_NAME"))) {
                    columns.put(
                            rs.getInt("KEY_SEQ"),
                            name(String.valueOf(rs.getString("COLUMN_NAME"))));
                }
            }
        }
        return List.copyOf(columns.values());
    }

    /**
     * The columns that are unique on their own: the single column of a unique index or constraint.
     *
     * @param table the table name
     * @return the column names
     * @throws SQLException if the driver fails
     */
    Set<String> uniqueColumns(String table) throws SQLException {
        Map<String, List<String>> indexes = new LinkedHashMap<>();
        try (ResultSet rs =
                this.metaData.getIndexInfo(this.catalog, this.schema, table, true, false)) {
            while (rs.next()) {
                String column = rs.getString("COLUMN_NAME");
                if (column == null || !table.equals(rs.getString("TABLE_NAME"))) {
                    continue;
                }
                // PostgreSQL's driver reports a quote inside a name doubled (from pg_get_indexdef)
                if (this.doubledQuotes) {
                    column = column.replace("\"\"", "\"");
                }
                indexes.computeIfAbsent(
                                String.valueOf(rs.getString("INDEX_NAME")), k -> new ArrayList<>())
                        .add(name(column));
            }
        }
        Set<String> unique = new HashSet<>();
        for (List<String> columns : indexes.values()) {
            if (columns.size() == 1) {
                unique.add(columns.get(0));
            }
        }
        return unique;
    }

    /**
     * One referencing column of a foreign key.
     *
     * @param name the constraint name, if the driver reports one
     * @param column the referencing column
     * @param targetTable the referenced table
     */
    private record LiveForeignKey(@Nullable String name, String column, String targetTable) {}
}
