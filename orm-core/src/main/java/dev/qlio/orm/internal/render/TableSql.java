package dev.qlio.orm.internal.render;

import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.PrimaryKey;
import dev.qlio.orm.schema.TableMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The SQL of one table's row statements, a pure function of the table and the dialect: quoted
 * names, select lists, and the insert, update-by-key, upsert and delete-by-key of each set of
 * columns written (rendered once per set, then cached). Each statement shape is written here and
 * nowhere else. Thread-safe.
 */
public final class TableSql {

    private final Dialect dialect;

    private final String quotedTable;

    private final String[] quotedColumns;

    private final boolean[] primaryKey;

    private final int[] keyIndexes;

    private final int versionIndex;

    private final int tenantIndex;

    private final String selectList;

    private final String qualifiedSelectList;

    private final String deleteByKey;

    private final @Nullable String versionIncrement;

    private final Map<ColumnSet, String> inserts = new ConcurrentHashMap<>();

    private final Map<ColumnSet, String> updates = new ConcurrentHashMap<>();

    private final Map<ColumnSet, String> upserts = new ConcurrentHashMap<>();

    /**
     * Renders what depends only on the table.
     *
     * @param meta the table, registered (it has a primary key)
     * @param dialect the dialect
     * @param spellings how the database spells the table and its columns
     */
    public TableSql(TableMeta<?> meta, Dialect dialect, Spellings spellings) {
        this.dialect = dialect;
        this.quotedTable = dialect.identifiers().quote(spellings.table(meta));
        List<Column<?>> columns = meta.columns();
        int n = columns.size();
        this.quotedColumns = new String[n];
        this.primaryKey = new boolean[n];
        int version = -1;
        for (int i = 0; i < n; i++) {
            Column<?> c = columns.get(i);
            this.quotedColumns[i] = dialect.identifiers().quote(spellings.column(c));
            this.primaryKey[i] = c.isPrimaryKey();
            if (c.isVersion()) {
                version = i;
            }
        }
        this.versionIndex = version;
        Column<?> tenant = meta.tenantColumn();
        this.tenantIndex = tenant == null ? -1 : tenant.position();
        this.versionIncrement =
                version >= 0
                        ? this.quotedColumns[version] + " = " + this.quotedColumns[version] + " + 1"
                        : null;
        PrimaryKey pk =
                Objects.requireNonNull(meta.primaryKey(), "registered tables have a primary key");
        this.keyIndexes = pk.columns().stream().mapToInt(Column::position).toArray();
        this.selectList = String.join(", ", this.quotedColumns);
        this.qualifiedSelectList = selectList(this.quotedTable);
        StringBuilder delete = new StringBuilder("DELETE FROM ").append(this.quotedTable);
        appendKeyCondition(delete);
        this.deleteByKey = delete.toString();
    }

    /**
     * The table's quoted name.
     *
     * @return the quoted name
     */
    public String quotedTable() {
        return this.quotedTable;
    }

    /**
     * A column's quoted name.
     *
     * @param position the column's position
     * @return the quoted name
     */
    public String quotedColumn(int position) {
        return this.quotedColumns[position];
    }

    /**
     * Every column, quoted and unqualified, in column order.
     *
     * @return e.g. {@code "id", "name"}
     */
    public String selectList() {
        return this.selectList;
    }

    /**
     * Every column qualified by the table's own name.
     *
     * @return e.g. {@code "users"."id", "users"."name"}
     */
    public String qualifiedSelectList() {
        return this.qualifiedSelectList;
    }

    /**
     * Every column qualified by another name (an alias).
     *
     * @param quotedQualifier the quoted qualifier
     * @return the select list
     */
    public String selectList(String quotedQualifier) {
        StringBuilder sb = new StringBuilder(this.quotedColumns.length * 16);
        for (int i = 0; i < this.quotedColumns.length; i++) {
            sb.append(i > 0 ? ", " : "")
                    .append(quotedQualifier)
                    .append('.')
                    .append(this.quotedColumns[i]);
        }
        return sb.toString();
    }

    /**
     * The primary-key columns qualified by a name, for an {@code ORDER BY}.
     *
     * @param quotedQualifier the quoted qualifier
     * @return e.g. {@code "u"."id"}
     */
    public String keyList(String quotedQualifier) {
        StringBuilder sb = new StringBuilder(this.keyIndexes.length * 16);
        for (int k = 0; k < this.keyIndexes.length; k++) {
            sb.append(k > 0 ? ", " : "")
                    .append(quotedQualifier)
                    .append('.')
                    .append(this.quotedColumns[this.keyIndexes[k]]);
        }
        return sb.toString();
    }

    /**
     * {@code INSERT INTO t (c1, c2) VALUES (?, ?)} of the given columns ({@code DEFAULT VALUES}
     * when none).
     *
     * @param columns the columns written
     * @return the SQL
     */
    public String insert(ColumnSet columns) {
        return this.inserts.computeIfAbsent(columns, this::renderInsert);
    }

    private String renderInsert(ColumnSet set) {
        if (set.isEmpty()) {
            return "INSERT INTO " + this.quotedTable + " DEFAULT VALUES";
        }
        return insertValues(set);
    }

    private String insertValues(ColumnSet set) {
        StringBuilder sb = new StringBuilder("INSERT INTO ").append(this.quotedTable).append(" (");
        StringBuilder values = new StringBuilder(set.size() * 3);
        for (int i = 0; i < this.quotedColumns.length; i++) {
            if (set.contains(i)) {
                boolean first = values.length() == 0;
                sb.append(first ? "" : ", ").append(this.quotedColumns[i]);
                values.append(first ? "?" : ", ?");
            }
        }
        return sb.append(") VALUES (").append(values).append(')').toString();
    }

    /**
     * {@code UPDATE t SET c1 = ?, version = version + 1 WHERE key = ? [AND version = ?]}: the given
     * columns by key, the version (if any) incremented and checked.
     *
     * @param columns the columns written
     * @return the SQL
     */
    public String updateByKey(ColumnSet columns) {
        return this.updates.computeIfAbsent(columns, this::renderUpdate);
    }

    private String renderUpdate(ColumnSet set) {
        StringBuilder sb = new StringBuilder("UPDATE ").append(this.quotedTable).append(" SET ");
        boolean first = true;
        for (int i = 0; i < this.quotedColumns.length; i++) {
            if (set.contains(i)) {
                sb.append(first ? "" : ", ").append(this.quotedColumns[i]).append(" = ?");
                first = false;
            }
        }
        if (this.versionIncrement != null) {
            sb.append(first ? "" : ", ").append(this.versionIncrement);
        }
        appendKeyCondition(sb);
        return sb.toString();
    }

    /**
     * {@code "version" = "version" + 1}, the one way a version column is written by an update.
     *
     * @return the assignment, or {@code null} for a table without a version column
     */
    public @Nullable String versionIncrement() {
        return this.versionIncrement;
    }

    /**
     * The dialect's insert-or-update by primary key of the given columns.
     *
     * @param columns the columns written, the key among them
     * @return the SQL, or {@code null} when the dialect has no such statement
     */
    public @Nullable String upsert(ColumnSet columns) {
        String sql = this.upserts.get(columns);
        if (sql == null) {
            List<String> all = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            List<String> updated = new ArrayList<>();
            for (int i = 0; i < this.quotedColumns.length; i++) {
                if (columns.contains(i)) {
                    all.add(this.quotedColumns[i]);
                    (this.primaryKey[i] ? keys : updated).add(this.quotedColumns[i]);
                }
            }
            sql = this.dialect.statements().upsert(this.quotedTable, all, keys, updated);
            if (sql == null) {
                return null;
            }
            this.upserts.put(columns, sql);
        }
        return sql;
    }

    /**
     * {@code DELETE FROM t WHERE key = ? [AND version = ?]}.
     *
     * @return the SQL
     */
    public String deleteByKey() {
        return this.deleteByKey;
    }

    /**
     * {@code WHERE k1 = ? AND k2 = ? [AND tenant = ?] [AND version = ?]}: a row of another tenant
     * is never written, whatever its key.
     */
    private void appendKeyCondition(StringBuilder sql) {
        sql.append(" WHERE ");
        for (int k = 0; k < this.keyIndexes.length; k++) {
            sql.append(k > 0 ? " AND " : "")
                    .append(this.quotedColumns[this.keyIndexes[k]])
                    .append(" = ?");
        }
        if (this.tenantIndex >= 0) {
            sql.append(" AND ").append(this.quotedColumns[this.tenantIndex]).append(" = ?");
        }
        if (this.versionIndex >= 0) {
            sql.append(" AND ").append(this.quotedColumns[this.versionIndex]).append(" = ?");
        }
    }
}
