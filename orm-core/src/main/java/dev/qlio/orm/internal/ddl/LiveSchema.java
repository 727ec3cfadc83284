package dev.qlio.orm.internal.ddl;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The live schema as JDBC {@link DatabaseMetaData} reports it, in the connection's current catalog
 * and schema (PostgreSQL's {@code search_path} schema, H2's {@code PUBLIC}, MariaDB's database).
 * Names are matched exactly: Qlio quotes every identifier, so the database keeps their case.
 */
final class LiveSchema {

    private final DatabaseMetaData metaData;

    private final @Nullable String catalog;

    private final @Nullable String schema;

    private final String escape;

    private LiveSchema(
            DatabaseMetaData metaData,
            @Nullable String catalog,
            @Nullable String schema,
            String escape) {
        this.metaData = metaData;
        this.catalog = catalog;
        this.schema = schema;
        this.escape = escape;
    }

    static LiveSchema of(Connection connection) throws SQLException {
        DatabaseMetaData md = connection.getMetaData();
        String escape = md.getSearchStringEscape();
        return new LiveSchema(
                md, connection.getCatalog(), connection.getSchema(), escape == null ? "" : escape);
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
                String name = String.valueOf(rs.getString("COLUMN_NAME"));
                columns.put(
                        name,
                        new LiveColumn(
                                name,
                                rs.getInt("DATA_TYPE"),
                                String.valueOf(rs.getString("TYPE_NAME")),
                                rs.getInt("COLUMN_SIZE"),
                                rs.getInt("DECIMAL_DIGITS"),
                                rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls));
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
            String name, int jdbcType, String typeName, int size, int scale, boolean nullable) {}

    /**
     * One referencing column of a foreign key.
     *
     * @param name the constraint name, if the driver reports one
     * @param column the referencing column
     * @param targetTable the referenced table
     */
    private record LiveForeignKey(@Nullable String name, String column, String targetTable) {}
}
