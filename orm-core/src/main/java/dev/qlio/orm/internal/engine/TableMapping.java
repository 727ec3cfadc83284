package dev.qlio.orm.internal.engine;

import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.dialect.ValueBinder;
import dev.qlio.orm.dialect.ValueCheck;
import dev.qlio.orm.dialect.ValueReader;
import dev.qlio.orm.internal.render.ColumnSet;
import dev.qlio.orm.internal.render.RenderContext;
import dev.qlio.orm.internal.render.TableSql;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMeta;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.schema.internal.Rows;
import dev.qlio.orm.schema.types.SqlType;
import dev.qlio.orm.schema.types.ValueNotReadableException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything about one table that depends only on the table and the dialect, computed once: its SQL
 * ({@link TableSql}), binders, readers and value checks by column index, and reading rows by column
 * index without reflection. A value the database would alter is refused before it is bound; a value
 * read that does not fit its column's Java type fails naming the table, column and row key.
 * Thread-safe.
 *
 * @param <T> the row class
 */
public final class TableMapping<T extends Table> {

    private static final Rows.Accessor ROWS = Rows.access();

    private final TableMeta<T> meta;

    private final RenderContext render;

    private final Column<?>[] columns;

    private final ValueBinder[] binders;

    private final ValueReader[] readers;

    private final @Nullable ValueCheck[] checks;

    private final SqlType<?>[] types;

    private final String[] labels;

    private final int[] keyIndexes;

    private final int versionIndex;

    private final boolean[] generated;

    private final Dialect dialect;

    private final TableMetadata registry;

    TableMapping(Engine engine, TableMeta<T> meta) {
        this.meta = meta;
        this.registry = engine.metadata();
        this.dialect = engine.dialect();
        this.render = engine.render();
        List<Column<?>> cols = meta.columns();
        int n = cols.size();
        this.columns = cols.toArray(new Column<?>[0]);
        this.binders = new ValueBinder[n];
        this.readers = new ValueReader[n];
        this.checks = new ValueCheck[n];
        this.types = new SqlType<?>[n];
        this.labels = new String[n];
        this.generated = new boolean[n];
        int version = -1;
        List<Integer> keys = new ArrayList<>(1);
        for (int i = 0; i < n; i++) {
            Column<?> c = this.columns[i];
            this.binders[i] = engine.binder(c.type());
            this.readers[i] = engine.reader(c.type());
            this.checks[i] = this.dialect.types().valueCheck(c.type());
            this.types[i] = c.type();
            this.labels[i] = meta.name() + "." + c.name();
            this.generated[i] = c.isAutoincrement();
            if (c.isVersion()) {
                version = i;
            }
        }
        this.versionIndex = version;
        this.keyIndexes =
                java.util.Objects.requireNonNull(meta.primaryKey(), "registered tables have a key")
                        .columns()
                        .stream()
                        .mapToInt(Column::position)
                        .toArray();
    }

    /**
     * The table.
     *
     * @return the table
     */
    public TableMeta<T> meta() {
        return this.meta;
    }

    /**
     * The table's SQL.
     *
     * @return the SQL of its statements
     */
    public TableSql sql() {
        // asked each time: the schema step may find the table spelled otherwise
        return this.render.tableSql(this.meta);
    }

    /**
     * The number of columns.
     *
     * @return the width
     */
    public int width() {
        return this.columns.length;
    }

    /**
     * A column by position.
     *
     * @param position its position
     * @return the column
     */
    public Column<?> column(int position) {
        return this.columns[position];
    }

    /**
     * A column's binder.
     *
     * @param position its position
     * @return the binder
     */
    public ValueBinder binder(int position) {
        return this.binders[position];
    }

    /**
     * A column's type.
     *
     * @param position its position
     * @return the type
     */
    public SqlType<?> type(int position) {
        return this.types[position];
    }

    /**
     * A column's label for messages, {@code table.column}.
     *
     * @param position its position
     * @return the label
     */
    public String label(int position) {
        return this.labels[position];
    }

    /**
     * The positions of the primary-key columns. Do not modify.
     *
     * @return the positions
     */
    public int[] keyIndexes() {
        return this.keyIndexes;
    }

    /**
     * The version column's position.
     *
     * @return the position, or {@code -1} without one
     */
    public int versionIndex() {
        return this.versionIndex;
    }

    /**
     * The tenant column's position.
     *
     * @return the position, or {@code -1} without one
     */
    public int tenantIndex() {
        Column<?> tenant = this.meta.tenantColumn();
        return tenant == null ? -1 : tenant.position();
    }

    /**
     * The current tenant, for a table with a tenant column.
     *
     * @return the tenant, of the column's type
     * @throws IllegalStateException when there is none
     */
    public Object currentTenant() {
        return this.render.filters().tenant(this.meta);
    }

    /**
     * Whether a column's value is generated by the database on insert.
     *
     * @param position its position
     * @return whether it is generated
     */
    public boolean isGenerated(int position) {
        return this.generated[position];
    }

    /**
     * A row from the current result-set row, columns starting at {@code offset + 1}.
     *
     * @param rs the result set
     * @param offset the columns before this table's
     * @return the row, persisted, with no history
     * @throws SQLException from the driver
     */
    public T hydrate(ResultSet rs, int offset) throws SQLException {
        T row = this.meta.newRow();
        for (int i = 0; i < this.readers.length; i++) {
            ROWS.loadRead(row, i, readChecked(i, rs, offset + i + 1, offset));
        }
        // the registry answers, for this row, which back-references it has
        ROWS.markRead(row, this.registry);
        return row;
    }

    /**
     * Reads a column, turning a value that does not fit the column's Java type (an integer out of
     * range, an enum name that is gone, text a converter cannot parse) into an error naming the
     * table, the column and the row's key. The try costs nothing while values fit.
     */
    private @Nullable Object readChecked(int position, ResultSet rs, int index, int offset)
            throws SQLException {
        try {
            return this.readers[position].read(rs, index);
        } catch (RuntimeException ex) {
            throw notReadable(position, rs, offset, ex);
        }
    }

    private ValueNotReadableException notReadable(
            int position, ResultSet rs, int offset, RuntimeException ex) {
        String key;
        if (offset < 0 || contains(this.keyIndexes, position)) {
            key = "";
        } else {
            try {
                key = " of the row with key " + keyOf(rs, offset);
            } catch (SQLException | RuntimeException keyFailure) {
                key = "";
            }
        }
        String what =
                // a type's own explanation (an enum name that is gone); other failures by class
                ex instanceof ValueNotReadableException
                                || ex instanceof IllegalArgumentException && ex.getMessage() != null
                        ? ex.getMessage()
                        : "the column holds a value that cannot be read as "
                                + this.types[position]
                                + " ("
                                + ex.getClass().getSimpleName()
                                + ")";
        return new ValueNotReadableException(
                "Cannot read column "
                        + this.labels[position]
                        + key
                        + ": "
                        + what
                        + ". Qlio does not hand out a value that differs from the stored one.",
                ex);
    }

    private static boolean contains(int[] positions, int position) {
        for (int p : positions) {
            if (p == position) {
                return true;
            }
        }
        return false;
    }

    /**
     * The primary key of the row at the result set's cursor (columns from {@code offset + 1}), or
     * {@code null} when a LEFT JOIN found no row; composite keys as a list.
     *
     * @param rs the result set
     * @param offset the columns before this table's
     * @return the key, or {@code null}
     * @throws SQLException from the driver
     */
    public @Nullable Object keyOf(ResultSet rs, int offset) throws SQLException {
        if (this.keyIndexes.length == 1) {
            int k = this.keyIndexes[0];
            return readChecked(k, rs, offset + k + 1, -1);
        }
        List<@Nullable Object> key = new ArrayList<>(this.keyIndexes.length);
        for (int k : this.keyIndexes) {
            Object v = readChecked(k, rs, offset + k + 1, -1);
            if (v == null) {
                return null;
            }
            key.add(v);
        }
        return key;
    }

    /**
     * Reads a column's value from a result set.
     *
     * @param position the column's position
     * @param rs the result set
     * @param index the result-set column
     * @return the value
     * @throws SQLException from the driver
     */
    public @Nullable Object read(int position, ResultSet rs, int index) throws SQLException {
        return readChecked(position, rs, index, -1);
    }

    /**
     * Binds a column's value, checked first for what the database cannot store.
     *
     * @param ps the statement
     * @param index the parameter index
     * @param position the column's position
     * @param value the value
     * @throws SQLException from the driver
     */
    public void bind(PreparedStatement ps, int index, int position, @Nullable Object value)
            throws SQLException {
        this.binders[position].bind(ps, index, checked(position, value));
    }

    /**
     * Checks a value to be written to a column for what the database would alter or cannot hold, as
     * {@link #bind} does, for statements that bind it later.
     *
     * @param position the column's position
     * @param value the value
     * @return the value
     */
    public @Nullable Object checked(int position, @Nullable Object value) {
        ValueCheck check = this.checks[position];
        if (check != null && value != null) {
            check.check(this.labels[position], value);
        }
        return value;
    }

    /**
     * The set of columns of this table, to build.
     *
     * @return a builder as wide as the table
     */
    public ColumnSet.Builder columnSet() {
        return ColumnSet.builder(this.columns.length);
    }
}
