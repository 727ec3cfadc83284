package dev.qlio.orm.internal.render;

import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.dialect.ValueBinder;
import dev.qlio.orm.dialect.ValueReader;
import dev.qlio.orm.expression.ColumnReference;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.types.SqlType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What rendering needs besides the description: the dialect, and per-database caches of what the
 * dialect derives from a column (its quoted name) or a type (its binder and reader). One per
 * database; thread-safe. A renderer built from a bare dialect (a golden test) gets its own.
 */
public final class RenderContext {

    private final Dialect dialect;

    private final Map<SqlType<?>, ValueBinder> binders = new ConcurrentHashMap<>();

    private final Map<SqlType<?>, ValueReader> readers = new ConcurrentHashMap<>();

    private final Map<Column<?>, String> quotedNames = new ConcurrentHashMap<>();

    /**
     * A context for one dialect.
     *
     * @param dialect the dialect
     */
    public RenderContext(Dialect dialect) {
        this.dialect = dialect;
    }

    /**
     * The dialect.
     *
     * @return the dialect
     */
    public Dialect dialect() {
        return this.dialect;
    }

    /**
     * A column's quoted name, cached per declared column (aliases share their origin's).
     *
     * @param column the column
     * @return the quoted name
     */
    public String quotedName(ColumnReference<?> column) {
        if (!(column instanceof Column<?> c)) {
            return this.dialect.quote(column.name());
        }
        Column<?> origin = c.origin();
        String quoted = this.quotedNames.get(origin);
        if (quoted == null) {
            quoted = this.dialect.quote(origin.name());
            this.quotedNames.put(origin, quoted);
        }
        return quoted;
    }

    /**
     * The binder of a type.
     *
     * @param type the type
     * @return its binder
     */
    public ValueBinder binder(SqlType<?> type) {
        ValueBinder b = this.binders.get(type);
        if (b == null) {
            b = this.dialect.binder(type);
            this.binders.put(type, b);
        }
        return b;
    }

    /**
     * The reader of a type.
     *
     * @param type the type
     * @return its reader
     */
    public ValueReader reader(SqlType<?> type) {
        ValueReader r = this.readers.get(type);
        if (r == null) {
            r = this.dialect.reader(type);
            this.readers.put(type, r);
        }
        return r;
    }
}
