package dev.qlio.orm.internal.render;

import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.dialect.ValueBinder;
import dev.qlio.orm.expression.ColumnReference;
import dev.qlio.orm.schema.types.SqlType;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The positional parameters of a statement being rendered: a binder and a value each. */
public final class Params {

    private ValueBinder[] binders = new ValueBinder[8];

    private @Nullable Object[] values = new Object[8];

    private int size;

    private final Dialect dialect;

    public Params(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Adds a Java value of {@code type}, checked for what the database cannot store. */
    public void add(
            ValueBinder binder, SqlType<?> type, @Nullable Object value, String columnName) {
        if (value != null && this.dialect.types().checksValues()) {
            check(type, value, columnName);
        }
        addRaw(binder, value);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void check(SqlType type, Object value, String columnName) {
        this.dialect.types().checkValue(columnName, type.kind(), type.toDatabase(value));
    }

    /**
     * Adds a value compared with a column; the column's label for error messages is built only when
     * the dialect checks values.
     */
    public void add(
            ValueBinder binder,
            SqlType<?> type,
            @Nullable Object value,
            ColumnReference<?> column) {
        if (value != null && this.dialect.types().checksValues()) {
            check(type, value, column.qualifier() + "." + column.name());
        }
        addRaw(binder, value);
    }

    /** Adds a list bound as one parameter, for {@link dev.qlio.orm.dialect.LargeIn#bind}. */
    public void addList(SqlType.Kind kind, List<?> dbValues) {
        addRaw((ps, i, v) -> this.dialect.largeIn().bind(ps, i, kind, dbValues), null);
    }

    public void addRaw(ValueBinder binder, @Nullable Object value) {
        if (this.size == this.binders.length) {
            this.binders = Arrays.copyOf(this.binders, this.size * 2);
            this.values = Arrays.copyOf(this.values, this.size * 2);
        }
        this.binders[this.size] = binder;
        this.values[this.size] = value;
        this.size++;
    }

    /**
     * A parameter's value as added (for a list parameter, {@code null}).
     *
     * @param index the parameter, from 0
     * @return the value
     */
    public @Nullable Object value(int index) {
        if (index < 0 || index >= this.size) {
            throw new IndexOutOfBoundsException(index);
        }
        return this.values[index];
    }

    public int size() {
        return this.size;
    }

    /**
     * Binds every parameter, starting at index 1.
     *
     * @param ps the statement
     * @throws SQLException from the driver
     */
    public void bindAll(PreparedStatement ps) throws SQLException {
        bind(ps, 1);
    }

    /** Binds every parameter, starting at index {@code first}. */
    public void bind(PreparedStatement ps, int first) throws SQLException {
        for (int i = 0; i < this.size; i++) {
            this.binders[i].bind(ps, first + i, this.values[i]);
        }
    }
}
