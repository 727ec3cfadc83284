package dev.qlio.orm.internal;

import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.dialect.ValueBinder;
import dev.qlio.orm.dialect.ValueReader;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.PrimaryKey;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMeta;
import dev.qlio.orm.schema.internal.Rows;
import dev.qlio.orm.schema.types.SqlType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Everything about one table that depends only on the table and the dialect, computed once: quoted
 * names, binders and readers by column index, and the SQL of inserts, updates by key and deletes by
 * key (cached per set of columns written).
 */
final class TableMapping<T extends Table> {

    private static final Rows.Accessor ROWS = Rows.access();

    final TableMeta<T> meta;

    final String quotedTable;

    final Column<?>[] columns;

    final String[] quotedColumns;

    final String[] qualifiedColumns;

    final ValueBinder[] binders;

    final ValueReader[] readers;

    final SqlType<?>[] types;

    final String[] columnLabels;

    final int[] keyIndexes;

    final int versionIndex;

    final boolean[] generated;

    final String selectList;

    final String plainSelectList;

    final String deleteByKeySql;

    private final Dialect dialect;

    private final Map<Long, String> insertSql = new ConcurrentHashMap<>();

    private final Map<Long, String> updateSql = new ConcurrentHashMap<>();

    private final Map<Long, String> upsertSql = new ConcurrentHashMap<>();

    TableMapping(Engine engine, TableMeta<T> meta) {
        this.meta = meta;
        this.dialect = engine.dialect();
        Dialect d = this.dialect;
        this.quotedTable = d.quote(meta.name());
        List<Column<?>> cols = meta.columns();
        int n = cols.size();
        this.columns = cols.toArray(new Column<?>[0]);
        this.quotedColumns = new String[n];
        this.qualifiedColumns = new String[n];
        this.binders = new ValueBinder[n];
        this.readers = new ValueReader[n];
        this.types = new SqlType<?>[n];
        this.columnLabels = new String[n];
        this.generated = new boolean[n];
        int version = -1;
        for (int i = 0; i < n; i++) {
            Column<?> c = this.columns[i];
            this.quotedColumns[i] = d.quote(c.name());
            this.qualifiedColumns[i] = this.quotedTable + "." + this.quotedColumns[i];
            this.binders[i] = engine.binder(c.type());
            this.readers[i] = engine.reader(c.type());
            this.types[i] = c.type();
            this.columnLabels[i] = meta.name() + "." + c.name();
            this.generated[i] = c.isAutoincrement();
            if (c.isVersion()) {
                version = i;
            }
        }
        this.versionIndex = version;
        PrimaryKey pk =
                Objects.requireNonNull(meta.primaryKey(), "registered tables have a primary key");
        this.keyIndexes = pk.columns().stream().mapToInt(Column::position).toArray();
        this.selectList = String.join(", ", this.qualifiedColumns);
        this.plainSelectList = String.join(", ", this.quotedColumns);
        StringBuilder del = new StringBuilder("DELETE FROM ").append(this.quotedTable);
        appendKeyCondition(del);
        this.deleteByKeySql = del.toString();
    }

    /** The select list with columns qualified by another name (an alias). */
    String selectList(String quotedQualifier) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < this.quotedColumns.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(quotedQualifier).append('.').append(this.quotedColumns[i]);
        }
        return sb.toString();
    }

    /** {@code WHERE k1 = ? AND k2 = ? [AND version = ?]}. */
    void appendKeyCondition(StringBuilder sql) {
        sql.append(" WHERE ");
        for (int k = 0; k < this.keyIndexes.length; k++) {
            if (k > 0) {
                sql.append(" AND ");
            }
            sql.append(this.quotedColumns[this.keyIndexes[k]]).append(" = ?");
        }
        if (this.versionIndex >= 0) {
            sql.append(" AND ").append(this.quotedColumns[this.versionIndex]).append(" = ?");
        }
    }

    // ---- insert ------------------------------------------------------------------------------

    /**
     * Applies client defaults to a new row and returns the mask of columns the insert writes: those
     * with a value (the version column always).
     */
    long prepareInsert(Table row) {
        checkMaskable();
        long mask = 0;
        for (int i = 0; i < this.columns.length; i++) {
            if (i == this.versionIndex) {
                mask |= 1L << i;
                continue;
            }
            if (!ROWS.hasValue(row, i) && this.columns[i].hasDefaultValue()) {
                ROWS.store(row, i, this.columns[i].defaultValueFor());
            }
            if (ROWS.hasValue(row, i)) {
                mask |= 1L << i;
            }
        }
        return mask;
    }

    String insertSql(long mask) {
        String sql = this.insertSql.get(mask);
        if (sql == null) {
            StringBuilder sb =
                    new StringBuilder("INSERT INTO ").append(this.quotedTable).append(" (");
            StringBuilder values = new StringBuilder();
            boolean first = true;
            for (int i = 0; i < this.columns.length; i++) {
                if ((mask & (1L << i)) != 0) {
                    if (!first) {
                        sb.append(", ");
                        values.append(", ");
                    }
                    first = false;
                    sb.append(this.quotedColumns[i]);
                    values.append('?');
                }
            }
            if (first) {
                sql = "INSERT INTO " + this.quotedTable + " DEFAULT VALUES";
            } else {
                sql = sb.append(") VALUES (").append(values).append(')').toString();
            }
            this.insertSql.put(mask, sql);
        }
        return sql;
    }

    /** The generated columns the insert of {@code mask} must read back, as SQL names. */
    String @Nullable [] generatedKeys(long mask) {
        List<String> keys = null;
        for (int i = 0; i < this.columns.length; i++) {
            if (this.generated[i] && (mask & (1L << i)) == 0) {
                if (keys == null) {
                    keys = new ArrayList<>(1);
                }
                keys.add(this.columns[i].name());
            }
        }
        return keys == null ? null : keys.toArray(new String[0]);
    }

    void bindInsert(PreparedStatement ps, Table row, long mask) throws SQLException {
        int p = 1;
        for (int i = 0; i < this.columns.length; i++) {
            if ((mask & (1L << i)) != 0) {
                Object value = i == this.versionIndex ? versionZero() : ROWS.value(row, i);
                bind(ps, p++, i, value);
            }
        }
    }

    private Object versionZero() {
        return this.types[this.versionIndex].kind() == SqlType.Kind.BIGINT
                ? (Object) 0L
                : (Object) 0;
    }

    /** Reads the generated keys of one inserted row into it. */
    void readGeneratedKeys(ResultSet keys, Table row, long mask) throws SQLException {
        int k = 1;
        for (int i = 0; i < this.columns.length; i++) {
            if (this.generated[i] && (mask & (1L << i)) == 0) {
                ROWS.load(row, i, this.readers[i].read(keys, k++));
            }
        }
    }

    /** After an insert: the version is 0 and history restarts. */
    void afterInsert(Table row) {
        if (this.versionIndex >= 0) {
            ROWS.load(row, this.versionIndex, versionZero());
        }
        ROWS.markPersisted(row);
    }

    // ---- upsert ------------------------------------------------------------------------------

    /** The dialect's upsert of the columns in {@code mask}, or {@code null} without one. */
    @Nullable String upsertSql(long mask) {
        String sql = this.upsertSql.get(mask);
        if (sql == null) {
            List<String> cols = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            List<String> updates = new ArrayList<>();
            for (int i = 0; i < this.columns.length; i++) {
                if ((mask & (1L << i)) != 0) {
                    cols.add(this.quotedColumns[i]);
                    if (this.columns[i].isPrimaryKey()) {
                        keys.add(this.quotedColumns[i]);
                    } else {
                        updates.add(this.quotedColumns[i]);
                    }
                }
            }
            sql = this.dialect.upsert(this.quotedTable, cols, keys, updates);
            if (sql == null) {
                return null;
            }
            this.upsertSql.put(mask, sql);
        }
        return sql;
    }

    // ---- update by key -----------------------------------------------------------------------

    /** The mask of changed columns (the version column never counts). */
    long changedMask(Table row) {
        checkMaskable();
        long mask = 0;
        for (int i = 0; i < this.columns.length; i++) {
            if (i != this.versionIndex && ROWS.isChanged(row, i)) {
                mask |= 1L << i;
            }
        }
        return mask;
    }

    String updateSql(long mask) {
        String sql = this.updateSql.get(mask);
        if (sql == null) {
            StringBuilder sb =
                    new StringBuilder("UPDATE ").append(this.quotedTable).append(" SET ");
            boolean first = true;
            for (int i = 0; i < this.columns.length; i++) {
                if ((mask & (1L << i)) != 0) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(this.quotedColumns[i]).append(" = ?");
                }
            }
            if (this.versionIndex >= 0) {
                String v = this.quotedColumns[this.versionIndex];
                sb.append(first ? "" : ", ").append(v).append(" = ").append(v).append(" + 1");
            }
            appendKeyCondition(sb);
            sql = sb.toString();
            this.updateSql.put(mask, sql);
        }
        return sql;
    }

    void bindUpdate(PreparedStatement ps, Table row, long mask) throws SQLException {
        int p = 1;
        for (int i = 0; i < this.columns.length; i++) {
            if ((mask & (1L << i)) != 0) {
                bind(ps, p++, i, ROWS.value(row, i));
            }
        }
        bindKey(ps, p, row, true);
    }

    /**
     * Binds the key (its values before any change) and the loaded version; returns the next index.
     */
    int bindKey(PreparedStatement ps, int first, Table row, boolean old) throws SQLException {
        int p = first;
        for (int k : this.keyIndexes) {
            Object value = old ? oldValue(row, k) : ROWS.value(row, k);
            if (value == null) {
                throw new IllegalArgumentException(
                        "Row of table "
                                + this.meta.name()
                                + " has no value for key column "
                                + this.columns[k].name()
                                + ": a row is written by key only once its key is set");
            }
            bind(ps, p++, k, value);
        }
        if (this.versionIndex >= 0) {
            bind(ps, p++, this.versionIndex, currentVersion(row));
        }
        return p;
    }

    @Nullable Object currentVersion(Table row) {
        return oldValue(row, this.versionIndex);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private @Nullable Object oldValue(Table row, int i) {
        return row.getOldValue((Column) this.columns[i]);
    }

    /** After an update by key: the version is incremented and history restarts. */
    void afterUpdate(Table row) {
        if (this.versionIndex >= 0) {
            Object v = currentVersion(row);
            Object next =
                    v instanceof Long l
                            ? (Object) (l + 1)
                            : (Object) (((Integer) Objects.requireNonNull(v)) + 1);
            ROWS.load(row, this.versionIndex, next);
        }
        ROWS.markPersisted(row);
    }

    /** A description of the row's key for messages, e.g. {@code {id=3}} — keys are not secrets. */
    String describeKey(Table row) {
        StringBuilder sb = new StringBuilder("{");
        for (int k = 0; k < this.keyIndexes.length; k++) {
            if (k > 0) {
                sb.append(", ");
            }
            sb.append(this.columns[this.keyIndexes[k]].name())
                    .append('=')
                    .append(oldValue(row, this.keyIndexes[k]));
        }
        return sb.append('}').toString();
    }

    // ---- reading -----------------------------------------------------------------------------

    /** A row from the current result-set row, columns starting at {@code offset + 1}. */
    T hydrate(ResultSet rs, int offset) throws SQLException {
        T row = this.meta.newRow();
        for (int i = 0; i < this.readers.length; i++) {
            ROWS.load(row, i, this.readers[i].read(rs, offset + i + 1));
        }
        ROWS.markPersisted(row);
        return row;
    }

    /**
     * The primary key of the row at the result set's cursor (columns from {@code offset + 1}), or
     * {@code null} when a LEFT JOIN found no row; composite keys as a list.
     */
    @Nullable Object keyOf(ResultSet rs, int offset) throws SQLException {
        if (this.keyIndexes.length == 1) {
            int k = this.keyIndexes[0];
            return this.readers[k].read(rs, offset + k + 1);
        }
        List<@Nullable Object> key = new ArrayList<>(this.keyIndexes.length);
        for (int k : this.keyIndexes) {
            Object v = this.readers[k].read(rs, offset + k + 1);
            if (v == null) {
                return null;
            }
            key.add(v);
        }
        return key;
    }

    void bind(PreparedStatement ps, int index, int column, @Nullable Object value)
            throws SQLException {
        if (value != null && this.dialect.checksValues()) {
            check(column, value);
        }
        this.binders[column].bind(ps, index, value);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void check(int column, Object value) {
        SqlType type = this.types[column];
        this.dialect.checkValue(this.columnLabels[column], type.kind(), type.toDatabase(value));
    }

    private void checkMaskable() {
        if (this.columns.length > 64) {
            throw new UnsupportedOperationException(
                    "Table "
                            + this.meta.name()
                            + " has "
                            + this.columns.length
                            + " columns; Qlio writes tables of up to 64 columns");
        }
    }
}
