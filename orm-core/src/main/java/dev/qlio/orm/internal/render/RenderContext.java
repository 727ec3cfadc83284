package dev.qlio.orm.internal.render;

import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.dialect.ValueBinder;
import dev.qlio.orm.dialect.ValueReader;
import dev.qlio.orm.expression.ColumnReference;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.TableMeta;
import dev.qlio.orm.schema.types.SqlType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What rendering needs besides the description: the dialect, and per-database caches of what the
 * dialect derives from a table (its {@link TableSql}), a column (its quoted name) or a type (its
 * binder and reader), and the {@linkplain StatementCache text of each statement shape}. One per
 * database; thread-safe. A renderer built from a bare dialect (a golden test) gets its own.
 */
public final class RenderContext {

    private final Dialect dialect;

    private final Map<SqlType<?>, ValueBinder> binders;

    private final Map<SqlType<?>, ValueReader> readers;

    private final Map<Column<?>, String> quotedNames;

    private final Map<TableMeta<?>, TableSql> tables;

    private final Map<SqlType.Kind, Boolean> listKinds;

    private final StatementCache statements;

    private final Spellings spellings;

    private final Filters filters;

    /**
     * A context for one dialect.
     *
     * @param dialect the dialect
     */
    public RenderContext(Dialect dialect) {
        this(dialect, StatementCache.DEFAULT_CAPACITY);
    }

    /**
     * A context for one dialect with a statement cache of the given capacity.
     *
     * @param dialect the dialect
     * @param statementShapes how many statement shapes the cache keeps
     */
    public RenderContext(Dialect dialect, int statementShapes) {
        this(dialect, statementShapes, Filters.all(null));
    }

    /**
     * A context for one dialect whose statements apply the given filters.
     *
     * @param dialect the dialect
     * @param statementShapes how many statement shapes the cache keeps
     * @param filters the global filters, every one on, with the database's tenant resolver
     */
    public RenderContext(Dialect dialect, int statementShapes, Filters filters) {
        this.dialect = dialect;
        this.binders = new ConcurrentHashMap<>();
        this.readers = new ConcurrentHashMap<>();
        this.quotedNames = new ConcurrentHashMap<>();
        this.tables = new ConcurrentHashMap<>();
        this.listKinds = new ConcurrentHashMap<>();
        this.statements = new StatementCache(statementShapes);
        this.spellings = new Spellings();
        this.filters = filters;
    }

    /** A view of {@code base} sharing its caches, with other filters. */
    private RenderContext(RenderContext base, Filters filters) {
        this.dialect = base.dialect;
        this.binders = base.binders;
        this.readers = base.readers;
        this.quotedNames = base.quotedNames;
        this.tables = base.tables;
        this.listKinds = base.listKinds;
        this.statements = base.statements;
        this.spellings = base.spellings;
        this.filters = filters;
    }

    /**
     * The global filters statements rendered here apply.
     *
     * @return the filters
     */
    public Filters filters() {
        return this.filters;
    }

    /**
     * This context with filters dropped, as a query asked ({@code includeDeleted()}, {@code
     * allTenants()}); the caches are shared.
     *
     * @param includeDeleted leave soft-deleted rows in
     * @param allTenants leave every tenant's rows in
     * @return the context, this one when no filter is dropped
     */
    public RenderContext without(boolean includeDeleted, boolean allTenants) {
        Filters f = this.filters.without(includeDeleted, allTenants);
        return f == this.filters ? this : new RenderContext(this, f);
    }

    /**
     * The SQL of a table's row statements, rendered on first use and then shared.
     *
     * @param table a registered table (one with a primary key)
     * @return its SQL
     */
    public TableSql tableSql(TableMeta<?> table) {
        TableSql sql = this.tables.get(table);
        if (sql == null) {
            sql =
                    this.tables.computeIfAbsent(
                            table, t -> new TableSql(t, this.dialect, this.spellings));
        }
        return sql;
    }

    /**
     * A table's quoted name, as the database spells it.
     *
     * @param table a registered table
     * @return the quoted name
     */
    public String quotedTable(TableMeta<?> table) {
        return tableSql(table).quotedTable();
    }

    /**
     * How the database spells names Qlio holds in another case.
     *
     * @return the spellings
     */
    public Spellings spellings() {
        return this.spellings;
    }

    /**
     * Uses new spellings: everything rendered with the old ones is forgotten.
     *
     * @param tables tables spelled otherwise
     * @param columns their columns spelled otherwise
     */
    public void respell(Map<TableMeta<?>, String> tables, Map<Column<?>, String> columns) {
        this.spellings.set(tables, columns);
        this.tables.clear();
        this.quotedNames.clear();
        this.statements.clear();
    }

    /**
     * The rendered text of every statement shape seen so far, bounded.
     *
     * @return the cache
     */
    public StatementCache statements() {
        return this.statements;
    }

    /**
     * Whether the dialect binds a long {@code IN} list of a kind as list parameters (asked once per
     * kind).
     */
    boolean bindsLists(SqlType.Kind kind) {
        Boolean binds = this.listKinds.get(kind);
        if (binds == null) {
            binds = this.dialect.largeIn().append(new StringBuilder(), "c", kind, false);
            this.listKinds.put(kind, binds);
        }
        return binds;
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
            return this.dialect.identifiers().quote(column.name());
        }
        Column<?> origin = c.origin();
        String quoted = this.quotedNames.get(origin);
        if (quoted == null) {
            quoted = this.dialect.identifiers().quote(this.spellings.column(origin));
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
            b = this.dialect.types().binder(type);
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
            r = this.dialect.types().reader(type);
            this.readers.put(type, r);
        }
        return r;
    }
}
