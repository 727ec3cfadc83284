package dev.qlio.orm.schema;

import dev.qlio.orm.expression.ColumnReference;
import dev.qlio.orm.expression.Comparison;
import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.expression.Ordering;
import dev.qlio.orm.schema.types.SqlType;
import java.util.Collection;
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
public final class Column<V> implements ColumnReference<V> {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final SqlType<V> type;

    private final Class<? extends Table> declaringClass;

    /** Creation order: static initialisers run in declaration order, so this orders columns. */
    final long sequence;

    /** The column this one is an alias view of, or {@code this}. */
    private final Column<V> origin;

    private final @Nullable String aliasQualifier;

    private volatile boolean frozen;

    private @Nullable String explicitName;

    private @Nullable String name;

    private @Nullable String fieldName;

    private int index = -1;

    private boolean primaryKey;

    private boolean autoincrement;

    private boolean notNull;

    private boolean unique;

    private boolean indexed;

    private boolean version;

    private @Nullable Supplier<? extends @Nullable V> defaultValue;

    private @Nullable String serverDefault;

    private @Nullable String references;

    Column(SqlType<V> type, Class<? extends Table> declaringClass) {
        this.type = Objects.requireNonNull(type, "type must not be null");
        this.declaringClass = declaringClass;
        this.sequence = SEQUENCE.incrementAndGet();
        this.origin = this;
        this.aliasQualifier = null;
        this.autoincrement = type.kind().isSerial();
    }

    private Column(Column<V> origin, String aliasQualifier) {
        this.type = origin.type;
        this.declaringClass = origin.declaringClass;
        this.sequence = origin.sequence;
        this.origin = origin;
        this.aliasQualifier = aliasQualifier;
        this.frozen = true;
    }

    // ---- modifiers ---------------------------------------------------------------------------

    /**
     * Makes the column part of the table's primary key (several columns give a composite key).
     *
     * @return this column
     */
    public Column<V> primaryKey() {
        mutable().primaryKey = true;
        this.notNull = true;
        return this;
    }

    /**
     * Lets the database generate the column's value on insert; the generated key is set on the row.
     *
     * @return this column
     */
    public Column<V> autoincrement() {
        if (!mutable().type.kind().isInteger()) {
            throw new IllegalStateException(
                    "autoincrement() needs an integer column, not " + this.type);
        }
        this.autoincrement = true;
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
        SqlType.Kind kind = mutable().type.kind();
        if (kind != SqlType.Kind.INTEGER && kind != SqlType.Kind.BIGINT) {
            throw new IllegalStateException(
                    "version() needs an INTEGER or BIGINT column, not " + this.type);
        }
        this.version = true;
        this.notNull = true;
        return this;
    }

    private Column<V> mutable() {
        if (this.frozen) {
            throw new IllegalStateException(
                    "Column "
                            + describe()
                            + " is frozen: its table is registered."
                            + " Declare modifiers in the static field initialiser");
        }
        return this;
    }

    // ---- operators ---------------------------------------------------------------------------

    /**
     * {@code column = value}.
     *
     * @param value the value; {@code null} is refused, use {@link #isNull()}
     * @return the condition
     */
    public Condition eq(V value) {
        return compare(Comparison.EQ, value, "isNull()");
    }

    /**
     * {@code column <> value}.
     *
     * @param value the value; {@code null} is refused, use {@link #isNotNull()}
     * @return the condition
     */
    public Condition ne(V value) {
        return compare(Comparison.NE, value, "isNotNull()");
    }

    /**
     * {@code column < value}.
     *
     * @param value the value
     * @return the condition
     */
    public Condition lt(V value) {
        return compare(Comparison.LT, value, null);
    }

    /**
     * {@code column <= value}.
     *
     * @param value the value
     * @return the condition
     */
    public Condition le(V value) {
        return compare(Comparison.LE, value, null);
    }

    /**
     * {@code column > value}.
     *
     * @param value the value
     * @return the condition
     */
    public Condition gt(V value) {
        return compare(Comparison.GT, value, null);
    }

    /**
     * {@code column >= value}.
     *
     * @param value the value
     * @return the condition
     */
    public Condition ge(V value) {
        return compare(Comparison.GE, value, null);
    }

    /**
     * {@code column = other}: compares two columns, e.g. across a self-join.
     *
     * @param other the other column
     * @return the condition
     */
    public Condition eqColumn(Column<V> other) {
        return Condition.compareColumns(this, Comparison.EQ, other);
    }

    /**
     * {@code column IN (values)}; an empty collection matches nothing. Large collections are bound
     * as one array parameter where the database allows, chunked elsewhere.
     *
     * @param values the values, none {@code null}
     * @return the condition
     */
    public Condition in(Collection<? extends V> values) {
        Objects.requireNonNull(values, "values must not be null");
        for (V v : values) {
            checkValue(v, "in()", null);
        }
        return Condition.in(this, values, false);
    }

    /**
     * {@code column NOT IN (values)}; an empty collection matches every row.
     *
     * @param values the values, none {@code null}
     * @return the condition
     */
    public Condition notIn(Collection<? extends V> values) {
        Objects.requireNonNull(values, "values must not be null");
        for (V v : values) {
            checkValue(v, "notIn()", null);
        }
        return Condition.in(this, values, true);
    }

    /**
     * {@code column LIKE pattern} with {@code %} and {@code _} wildcards and {@code \} as escape
     * character ({@link Condition#escapeLike(String)} escapes user input).
     *
     * @param pattern the pattern
     * @return the condition
     */
    public Condition like(String pattern) {
        return Condition.like(
                this, Objects.requireNonNull(pattern, "pattern must not be null"), false);
    }

    /**
     * Case-insensitive {@link #like}: {@code ILIKE} where the database has it, else both sides
     * lower-cased.
     *
     * @param pattern the pattern
     * @return the condition
     */
    public Condition ilike(String pattern) {
        return Condition.like(
                this, Objects.requireNonNull(pattern, "pattern must not be null"), true);
    }

    /**
     * {@code column IS NULL}.
     *
     * @return the condition
     */
    public Condition isNull() {
        return Condition.nullCheck(this, true);
    }

    /**
     * {@code column IS NOT NULL}.
     *
     * @return the condition
     */
    public Condition isNotNull() {
        return Condition.nullCheck(this, false);
    }

    /**
     * Ascending order on this column.
     *
     * @return the ordering
     */
    public Ordering asc() {
        return new Ordering(this, false);
    }

    /**
     * Descending order on this column.
     *
     * @return the ordering
     */
    public Ordering desc() {
        return new Ordering(this, true);
    }

    private Condition compare(Comparison op, @Nullable V value, @Nullable String nullAlternative) {
        if (value == null || !this.type.javaType().isInstance(value)) {
            // the message is built only when it is needed
            checkValue(value, op.name().toLowerCase(java.util.Locale.ROOT) + "()", nullAlternative);
        }
        return Condition.compare(this, op, Objects.requireNonNull(value));
    }

    private void checkValue(
            @Nullable Object value, String operator, @Nullable String nullAlternative) {
        if (value == null) {
            throw new IllegalArgumentException(
                    "Column "
                            + describe()
                            + ": "
                            + operator
                            + " got null; "
                            + (nullAlternative != null
                                    ? "use " + nullAlternative + " to test for SQL NULL"
                                    : "comparisons with NULL match no row, use isNull() or isNotNull()"));
        }
        if (!this.type.javaType().isInstance(value)) {
            throw new IllegalArgumentException(
                    "Column "
                            + describe()
                            + ": "
                            + operator
                            + " got a "
                            + value.getClass().getName()
                            + ", expected "
                            + this.type.javaType().getName());
        }
    }

    // ---- description -------------------------------------------------------------------------

    /**
     * The SQL name of the column.
     *
     * @return the unquoted name
     */
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

    /**
     * The table this column belongs to.
     *
     * @return the table description
     */
    public TableMeta<?> table() {
        return TableMeta.of(this.declaringClass);
    }

    /**
     * The table class that declares this column.
     *
     * @return the class
     */
    public Class<? extends Table> declaringClass() {
        return this.declaringClass;
    }

    /**
     * The name of the static field that holds the column.
     *
     * @return the field name
     */
    public String fieldName() {
        name();
        return Objects.requireNonNull(this.origin.fieldName);
    }

    /**
     * asyncqlio's alias name of the column, {@code <table>_<column>}, e.g. {@code users_email}.
     *
     * @return the alias name
     */
    public String aliasName() {
        return qualifier() + "_" + name();
    }

    /**
     * The position of the column in its table's {@link TableMeta#columns()}.
     *
     * @return the zero-based index
     */
    public int position() {
        if (this.origin.index < 0) {
            name();
        }
        return this.origin.index;
    }

    /**
     * Whether the column is part of the primary key.
     *
     * @return whether it is
     */
    public boolean isPrimaryKey() {
        return this.origin.primaryKey;
    }

    /**
     * Whether the database generates the column's value.
     *
     * @return whether it does
     */
    public boolean isAutoincrement() {
        return this.origin.autoincrement;
    }

    /**
     * Whether the column accepts SQL NULL.
     *
     * @return whether it does
     */
    public boolean isNullable() {
        return !this.origin.notNull;
    }

    /**
     * Whether the column has a unique constraint.
     *
     * @return whether it does
     */
    public boolean isUnique() {
        return this.origin.unique;
    }

    /**
     * Whether the column has an index of its own.
     *
     * @return whether it does
     */
    public boolean isIndexed() {
        return this.origin.indexed;
    }

    /**
     * Whether this is the table's optimistic-locking version column.
     *
     * @return whether it is
     */
    public boolean isVersion() {
        return this.origin.version;
    }

    /**
     * Whether Qlio applies a default value on insert.
     *
     * @return whether it does
     */
    public boolean hasDefaultValue() {
        return this.origin.defaultValue != null;
    }

    /**
     * The client-side default for a new row, or {@code null} when none is declared.
     *
     * @return a fresh default value
     */
    public @Nullable V defaultValueFor() {
        Supplier<? extends @Nullable V> supplier = this.origin.defaultValue;
        return supplier == null ? null : supplier.get();
    }

    /**
     * The server-side default SQL expression, if any.
     *
     * @return the expression or {@code null}
     */
    public @Nullable String serverDefault() {
        return this.origin.serverDefault;
    }

    /**
     * The declared {@code "table.column"} reference, if any.
     *
     * @return the reference or {@code null}
     */
    public @Nullable String references() {
        return this.origin.references;
    }

    /**
     * The plain column when this is a column seen through an {@link AliasedTable}.
     *
     * @return the original column ({@code this} if not aliased)
     */
    public Column<V> origin() {
        return this.origin;
    }

    /**
     * The alias qualifying this column, if it is seen through an {@link AliasedTable}.
     *
     * @return the alias name or {@code null}
     */
    public @Nullable String aliasQualifier() {
        return this.aliasQualifier;
    }

    Column<V> aliased(String aliasName) {
        return new Column<>(this.origin, aliasName);
    }

    // ---- wiring by TableMeta -----------------------------------------------------------------

    @Nullable String explicitName() {
        return this.explicitName;
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
        this.primaryKey = primaryKey;
        if (primaryKey) {
            this.notNull = true;
        }
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
