package dev.qlio.orm.schema;

import dev.qlio.orm.expression.ColumnReference;
import dev.qlio.orm.schema.types.SqlType;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One column of a table, declared as a {@code public static final} field of the table class:
 *
 * <pre>{@code
 * public static final Column<String> USERNAME = column(SqlType.varchar(64)).notNull().unique();
 * }</pre>
 *
 * <p>The modifiers configure the column while the table class initialises and return the same
 * instance; once its table is registered in a {@link TableMetadata} the column is frozen. A
 * column's name is its field's name in snake_case ({@code CREATED_AT} -> {@code created_at}) unless
 * {@link #named(String)} says otherwise. Columns also build the conditions and orderings of typed
 * queries ({@link #eq}, {@link #in}, {@link #asc}, ...). Thread-safe once frozen.
 *
 * @param <V> the Java type of the column's values
 */
public final class Column<V> extends ColumnConditions<V> implements ColumnReference<V> {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final SqlType<V> type;

    private final Class<? extends Table> declaringClass;

    /** Creation order: static initialisers run in declaration order, so this orders columns. */
    final long sequence;

    /** The column this one is an alias view of, or {@code this}. */
    private final Column<V> origin;

    private final @Nullable String aliasQualifier;

    /** Shared with the alias views of this column. */
    private final ColumnDefinition<V> definition;

    private volatile boolean frozen;

    private @Nullable String name;

    private @Nullable String fieldName;

    private int index = -1;

    Column(SqlType<V> type, Class<? extends Table> declaringClass) {
        this(type, declaringClass, new ColumnDefinition<>(type));
    }

    /** A column of {@code declaringClass} with its own copy of a template's definition. */
    Column(ColumnTemplate<V> template, Class<? extends Table> declaringClass) {
        this(template.type(), declaringClass, template.definition().copy(template.type()));
    }

    private Column(
            SqlType<V> type,
            Class<? extends Table> declaringClass,
            ColumnDefinition<V> definition) {
        this.type = Objects.requireNonNull(type, "type must not be null");
        this.declaringClass = declaringClass;
        this.sequence = SEQUENCE.incrementAndGet();
        this.origin = this;
        this.aliasQualifier = null;
        this.definition = definition;
    }

    private Column(Column<V> origin, String aliasQualifier) {
        this.type = origin.type;
        this.declaringClass = origin.declaringClass;
        this.sequence = origin.sequence;
        this.origin = origin;
        this.aliasQualifier = aliasQualifier;
        this.definition = origin.definition;
        this.frozen = true;
    }

    // ---- modifiers ---------------------------------------------------------------------------

    /**
     * Makes the column part of the table's primary key (several columns give a composite key).
     *
     * @return this column
     */
    public Column<V> primaryKey() {
        mutable().setPrimaryKey(true);
        return this;
    }

    /**
     * Lets the database generate the column's value on insert; the generated key is set on the row.
     *
     * @return this column
     */
    public Column<V> autoincrement() {
        mutable().setAutoincrement(this.type);
        return this;
    }

    /**
     * Declares the column {@code NOT NULL}.
     *
     * @return this column
     */
    public Column<V> notNull() {
        mutable().notNull = true;
        return this;
    }

    /**
     * Declares a unique constraint on the column.
     *
     * @return this column
     */
    public Column<V> unique() {
        mutable().unique = true;
        return this;
    }

    /**
     * Declares an index on the column.
     *
     * @return this column
     */
    public Column<V> index() {
        mutable().indexed = true;
        return this;
    }

    /**
     * Gives the column an explicit SQL name instead of the one derived from its field.
     *
     * @param sqlName the name
     * @return this column
     */
    public Column<V> named(String sqlName) {
        mutable().explicitName = Objects.requireNonNull(sqlName, "name must not be null");
        return this;
    }

    /**
     * A value Qlio applies on insert when the row has none.
     *
     * @param value the value
     * @return this column
     */
    public Column<V> defaultValue(V value) {
        Objects.requireNonNull(value, "default value must not be null");
        mutable().defaultValue = () -> value;
        return this;
    }

    /**
     * A value computed by Qlio on insert when the row has none, e.g. {@code Instant::now}.
     *
     * @param supplier the supplier, called once per inserted row
     * @return this column
     */
    public Column<V> defaultValue(Supplier<? extends V> supplier) {
        mutable().defaultValue =
                Objects.requireNonNull(supplier, "default supplier must not be null");
        return this;
    }

    /**
     * A default the database applies, written into the DDL as is (e.g. {@code CURRENT_TIMESTAMP}).
     *
     * @param sqlExpression the SQL expression
     * @return this column
     */
    public Column<V> serverDefault(String sqlExpression) {
        mutable().serverDefault =
                Objects.requireNonNull(sqlExpression, "server default must not be null");
        return this;
    }

    /**
     * A foreign key to {@code "table.column"} (SQL names), resolved by {@link
     * TableMetadata#setupTables()} so that table classes never need each other while they
     * initialise.
     *
     * @param tableAndColumn the target, e.g. {@code "users.id"}
     * @return this column
     */
    public Column<V> references(String tableAndColumn) {
        Objects.requireNonNull(tableAndColumn, "reference must not be null");
        mutable().references = tableAndColumn;
        return this;
    }

    /**
     * Makes this the table's version column for optimistic locking: 0 on insert, incremented by
     * every update; updates and removes by key check it.
     *
     * @return this column
     */
    public Column<V> version() {
        mutable().setVersion(this.type);
        return this;
    }

    /**
     * Makes this the table's soft-delete column. {@code session.remove(row)}, a bulk {@code
     * delete(...)} and a removal cascading to the table set it (to the current instant, or {@code
     * true}) instead of deleting the row, and every select, count, bulk update and relationship
     * load leaves rows where it is set out, unless the query asks for them with {@code
     * includeDeleted()}. A nullable {@code TIMESTAMPTZ} ({@link java.time.Instant}) or {@code
     * TIMESTAMP} ({@link java.time.LocalDateTime}) column, NULL while the row is live, or a {@code
     * BOOLEAN} column, made {@code NOT NULL} and {@code false} on insert.
     *
     * @return this column
     */
    public Column<V> softDelete() {
        mutable().setSoftDelete(this.type);
        return this;
    }

    /**
     * Makes this the table's tenant column, made {@code NOT NULL}. With a {@link
     * dev.qlio.orm.session.TenantResolver} configured, inserts set it to the current tenant, and
     * every select, count, update, delete and relationship load of the table is restricted to the
     * current tenant's rows, unless the query asks for {@code allTenants()}. Writing a row of
     * another tenant fails.
     *
     * @return this column
     */
    public Column<V> tenant() {
        mutable().setTenant();
        return this;
    }

    private ColumnDefinition<V> mutable() {
        if (this.frozen) {
            throw new IllegalStateException(
                    "Column "
                            + describe()
                            + " is frozen: its table is registered."
                            + " Declare modifiers in the static field initialiser");
        }
        return this.definition;
    }

    // ---- description -------------------------------------------------------------------------

    /** {@return the SQL name of the column, unquoted} */
    @Override
    public String name() {
        String n = this.origin.name;
        if (n == null) {
            TableMeta.of(this.declaringClass); // names every column of the class
            n = this.origin.name;
            if (n == null) {
                throw new IllegalStateException(
                        "Column of "
                                + this.declaringClass.getName()
                                + " is not assigned to a public static final field of its table class");
            }
        }
        return n;
    }

    @Override
    public String qualifier() {
        return this.aliasQualifier != null ? this.aliasQualifier : table().name();
    }

    @Override
    public SqlType<V> type() {
        return this.type;
    }

    /** {@return the description of the table this column belongs to} */
    public TableMeta<?> table() {
        return TableMeta.of(this.declaringClass);
    }

    /** {@return the table class that declares this column} */
    public Class<? extends Table> declaringClass() {
        return this.declaringClass;
    }

    /**
     * The column's property name: its field name in camelCase ({@code LAST_NAME} -> {@code
     * lastName}), as JSON bodies, sort parameters and records name it.
     *
     * @return the property name
     */
    public String propertyName() {
        String field = fieldName();
        StringBuilder sb = new StringBuilder(field.length());
        boolean upper = false;
        for (int i = 0; i < field.length(); i++) {
            char ch = field.charAt(i);
            if (ch == '_') {
                upper = sb.length() > 0;
            } else {
                sb.append(upper ? Character.toUpperCase(ch) : Character.toLowerCase(ch));
                upper = false;
            }
        }
        return sb.toString();
    }

    /** {@return the name of the static field that holds the column} */
    public String fieldName() {
        name();
        return Objects.requireNonNull(this.origin.fieldName);
    }

    /**
     * {@return asyncqlio's alias name of the column, {@code <table>_<column>}, e.g. {@code
     * users_email}}
     */
    public String aliasName() {
        return qualifier() + "_" + name();
    }

    /**
     * {@return the zero-based position of the column in its table's {@link TableMeta#columns()}}
     */
    public int position() {
        if (this.origin.index < 0) {
            name();
        }
        return this.origin.index;
    }

    /** {@return whether the column is part of the primary key} */
    public boolean isPrimaryKey() {
        return this.definition.primaryKey;
    }

    /** {@return whether the database generates the column's value} */
    public boolean isAutoincrement() {
        return this.definition.autoincrement;
    }

    /** {@return whether the column accepts SQL NULL} */
    public boolean isNullable() {
        return !this.definition.notNull;
    }

    /** {@return whether the column has a unique constraint} */
    public boolean isUnique() {
        return this.definition.unique;
    }

    /** {@return whether the column has an index of its own} */
    public boolean isIndexed() {
        return this.definition.indexed;
    }

    /** {@return whether this is the table's optimistic-locking version column} */
    public boolean isVersion() {
        return this.definition.version;
    }

    /** {@return whether this is the table's soft-delete column} */
    public boolean isSoftDelete() {
        return this.definition.softDelete;
    }

    /** {@return whether this is the table's tenant column} */
    public boolean isTenant() {
        return this.definition.tenant;
    }

    /** {@return whether Qlio applies a default value on insert} */
    public boolean hasDefaultValue() {
        return this.definition.defaultValue != null;
    }

    /**
     * {@return a fresh client-side default for a new row, or {@code null} when none is declared}
     */
    public @Nullable V defaultValueFor() {
        Supplier<? extends @Nullable V> supplier = this.definition.defaultValue;
        return supplier == null ? null : supplier.get();
    }

    /** {@return the server-side default SQL expression, or {@code null}} */
    public @Nullable String serverDefault() {
        return this.definition.serverDefault;
    }

    /** {@return the declared {@code "table.column"} reference, or {@code null}} */
    public @Nullable String references() {
        return this.definition.references;
    }

    /**
     * {@return the plain column when this is a column seen through an {@link AliasedTable}; {@code
     * this} if not aliased}
     */
    public Column<V> origin() {
        return this.origin;
    }

    /**
     * {@return the alias qualifying this column if it is seen through an {@link AliasedTable}, else
     * {@code null}}
     */
    public @Nullable String aliasQualifier() {
        return this.aliasQualifier;
    }

    Column<V> aliased(String aliasName) {
        return new Column<>(this.origin, aliasName);
    }

    @Override
    Column<V> self() {
        return this;
    }

    // ---- wiring by TableMeta -----------------------------------------------------------------

    @Nullable String explicitName() {
        return this.definition.explicitName;
    }

    void assign(String fieldName, String sqlName, int index) {
        this.fieldName = fieldName;
        this.name = sqlName;
        this.index = index;
    }

    void freeze() {
        this.frozen = true;
    }

    void setPrimaryKeyFlag(boolean primaryKey) {
        this.definition.setPrimaryKey(primaryKey);
    }

    String describe() {
        String field = this.origin.fieldName;
        return this.declaringClass.getSimpleName() + "." + (field != null ? field : "<unassigned>");
    }

    @Override
    public String toString() {
        String n = this.origin.name;
        return (this.aliasQualifier != null
                        ? this.aliasQualifier
                        : this.declaringClass.getSimpleName())
                + "."
                + (n != null ? n : "?")
                + " "
                + this.type;
    }
}
