package dev.qlio.orm.schema;

import dev.qlio.orm.schema.types.SqlType;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What a column's modifiers declare ({@code primaryKey()}, {@code notNull()}, {@code
 * defaultValue(...)}, ...), and the checks that a modifier fits the column's type. A {@link Column}
 * and the views of it through {@link AliasedTable}s share one.
 *
 * @param <V> the Java type of the column's values
 */
final class ColumnDefinition<V> {

    @Nullable String explicitName;

    boolean primaryKey;

    boolean autoincrement;

    boolean notNull;

    boolean unique;

    boolean indexed;

    boolean version;

    boolean softDelete;

    boolean tenant;

    @Nullable Supplier<? extends @Nullable V> defaultValue;

    @Nullable String serverDefault;

    @Nullable String references;

    ColumnDefinition(SqlType<V> type) {
        this.autoincrement = type.kind().isSerial();
    }

    /** {@return an independent copy, for a column declared from a {@link ColumnTemplate}} */
    ColumnDefinition<V> copy(SqlType<V> type) {
        ColumnDefinition<V> c = new ColumnDefinition<>(type);
        c.explicitName = this.explicitName;
        c.primaryKey = this.primaryKey;
        c.autoincrement = this.autoincrement;
        c.notNull = this.notNull;
        c.unique = this.unique;
        c.indexed = this.indexed;
        c.version = this.version;
        c.softDelete = this.softDelete;
        c.tenant = this.tenant;
        c.defaultValue = this.defaultValue;
        c.serverDefault = this.serverDefault;
        c.references = this.references;
        return c;
    }

    void setPrimaryKey(boolean key) {
        this.primaryKey = key;
        if (key) {
            this.notNull = true;
        }
    }

    void setAutoincrement(SqlType<V> type) {
        if (!type.kind().isInteger()) {
            throw new IllegalStateException("autoincrement() needs an integer column, not " + type);
        }
        this.autoincrement = true;
    }

    void setVersion(SqlType<V> type) {
        SqlType.Kind kind = type.kind();
        if (kind != SqlType.Kind.INTEGER && kind != SqlType.Kind.BIGINT) {
            throw new IllegalStateException(
                    "version() needs an INTEGER or BIGINT column, not " + type);
        }
        this.version = true;
        this.notNull = true;
    }

    @SuppressWarnings("unchecked")
    void setSoftDelete(SqlType<V> type) {
        SqlType.Kind kind = type.kind();
        Class<V> java = type.javaType();
        boolean timestamp =
                (kind == SqlType.Kind.TIMESTAMPTZ && java == java.time.Instant.class)
                        || (kind == SqlType.Kind.TIMESTAMP
                                && java == java.time.LocalDateTime.class);
        boolean flag = kind == SqlType.Kind.BOOLEAN && java == Boolean.class;
        if (!timestamp && !flag) {
            throw new IllegalStateException(
                    "softDelete() needs a TIMESTAMPTZ (Instant), TIMESTAMP (LocalDateTime) or"
                            + " BOOLEAN column, not "
                            + type);
        }
        this.softDelete = true;
        if (flag) {
            this.notNull = true;
            if (this.defaultValue == null) {
                this.defaultValue = () -> (V) (Boolean) false;
            }
        }
    }

    void setTenant() {
        this.tenant = true;
        this.notNull = true;
    }
}
