package dev.qlio.orm.schema;

import dev.qlio.orm.schema.types.SqlType;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A column definition declared once and copied into many tables, the way JPA users share columns
 * through a mapped superclass. A template belongs to no table; each table copies it with one line,
 * and the copy is a column of that table alone:
 *
 * <pre>{@code
 * public final class Shared {
 *     public static final ColumnTemplate<Long> ID =
 *             ColumnTemplate.of(SqlType.BIGINT).primaryKey().autoincrement();
 *     public static final ColumnTemplate<String> NAME = ColumnTemplate.of(SqlType.varchar(30)).notNull();
 * }
 *
 * public class Owner extends Table {
 *     public static final Column<Long> ID = column(Shared.ID);          // Owner.ID, not Pet.ID
 *     public static final Column<String> LAST_NAME = column(Shared.NAME).index();
 * }
 * }</pre>
 *
 * <p>The copy takes its name from its own field (unless the template says {@link #named}), may add
 * modifiers of its own, and renders qualified by its own table, so {@code Owner.ID.eq(1L)} and
 * {@code Pet.ID.eq(1L)} never mix up. A template is immutable: every modifier returns a new
 * template, so one template can be the base of another ({@code NAME.unique()}). Thread-safe.
 *
 * <p>Why not static fields inherited from an abstract base table class: a static field belongs to
 * the class that declares it, not to each subclass, so it cannot be the column of two tables. Qlio
 * refuses such a base at registration and points here.
 *
 * @param <V> the Java type of the column's values
 */
public final class ColumnTemplate<V> {

    private final SqlType<V> type;

    private final ColumnDefinition<V> definition;

    private ColumnTemplate(SqlType<V> type, ColumnDefinition<V> definition) {
        this.type = type;
        this.definition = definition;
    }

    /**
     * A template of a column of the given type, without modifiers.
     *
     * @param type the column's SQL type
     * @param <V> the Java type of its values
     * @return the template
     */
    public static <V> ColumnTemplate<V> of(SqlType<V> type) {
        Objects.requireNonNull(type, "type must not be null");
        return new ColumnTemplate<>(type, new ColumnDefinition<>(type));
    }

    private ColumnTemplate<V> with(Consumer<ColumnDefinition<V>> change) {
        ColumnDefinition<V> copy = this.definition.copy(this.type);
        change.accept(copy);
        return new ColumnTemplate<>(this.type, copy);
    }

    /**
     * {@return a template whose columns are part of their table's primary key}
     *
     * @see Column#primaryKey()
     */
    public ColumnTemplate<V> primaryKey() {
        return with(d -> d.setPrimaryKey(true));
    }

    /**
     * {@return a template whose columns the database fills on insert}
     *
     * @see Column#autoincrement()
     */
    public ColumnTemplate<V> autoincrement() {
        return with(d -> d.setAutoincrement(this.type));
    }

    /** {@return a template of {@code NOT NULL} columns} */
    public ColumnTemplate<V> notNull() {
        return with(d -> d.notNull = true);
    }

    /** {@return a template of columns with a unique constraint} */
    public ColumnTemplate<V> unique() {
        return with(d -> d.unique = true);
    }

    /** {@return a template of columns with an index of their own} */
    public ColumnTemplate<V> index() {
        return with(d -> d.indexed = true);
    }

    /**
     * A template whose columns all have this SQL name instead of their field's.
     *
     * @param sqlName the name
     * @return the new template
     */
    public ColumnTemplate<V> named(String sqlName) {
        Objects.requireNonNull(sqlName, "name must not be null");
        return with(d -> d.explicitName = sqlName);
    }

    /**
     * A template whose columns get this value on insert when the row has none.
     *
     * @param value the value
     * @return the new template
     */
    public ColumnTemplate<V> defaultValue(V value) {
        Objects.requireNonNull(value, "default value must not be null");
        return with(d -> d.defaultValue = () -> value);
    }

    /**
     * A template whose columns get a computed value on insert when the row has none.
     *
     * @param supplier the supplier, e.g. {@code Instant::now}
     * @return the new template
     */
    public ColumnTemplate<V> defaultValue(Supplier<? extends V> supplier) {
        Objects.requireNonNull(supplier, "default supplier must not be null");
        return with(d -> d.defaultValue = supplier);
    }

    /**
     * A template whose columns have a database default, written into the DDL as is.
     *
     * @param sqlExpression the SQL expression
     * @return the new template
     */
    public ColumnTemplate<V> serverDefault(String sqlExpression) {
        Objects.requireNonNull(sqlExpression, "server default must not be null");
        return with(d -> d.serverDefault = sqlExpression);
    }

    /**
     * A template whose columns reference {@code "table.column"} (SQL names).
     *
     * @param tableAndColumn the target, e.g. {@code "owners.id"}
     * @return the new template
     */
    public ColumnTemplate<V> references(String tableAndColumn) {
        Objects.requireNonNull(tableAndColumn, "reference must not be null");
        return with(d -> d.references = tableAndColumn);
    }

    /**
     * {@return a template of optimistic-locking version columns}
     *
     * @see Column#version()
     */
    public ColumnTemplate<V> version() {
        return with(d -> d.setVersion(this.type));
    }

    /** {@return the SQL type of the template's columns} */
    public SqlType<V> type() {
        return this.type;
    }

    ColumnDefinition<V> definition() {
        return this.definition;
    }

    @Override
    public String toString() {
        return "ColumnTemplate[" + this.type + "]";
    }
}
