package dev.qlio.orm.internal.query;

import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.internal.engine.TableMapping;
import dev.qlio.orm.internal.exec.Operation;
import dev.qlio.orm.internal.exec.StatementTimeout;
import dev.qlio.orm.internal.render.QueryRenderer;
import dev.qlio.orm.internal.render.RenderedSql;
import dev.qlio.orm.internal.render.UpdateSpec;
import dev.qlio.orm.query.UpdateQuery;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Table;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A bulk update; a version column is incremented on every updated row. */
public final class DefaultUpdateQuery<T extends Table> implements UpdateQuery<T> {

    private @Nullable Duration timeout;

    private boolean includeDeleted;

    private boolean allTenants;

    private final QueryTarget session;

    private final TableMapping<T> mapping;

    private final Map<Column<?>, @Nullable Object> values = new LinkedHashMap<>();

    private final List<Condition> conditions = new ArrayList<>(2);

    /**
     * A bulk update of one table.
     *
     * @param session where it runs
     * @param mapping the table
     */
    public DefaultUpdateQuery(QueryTarget session, TableMapping<T> mapping) {
        this.session = session;
        this.mapping = mapping;
    }

    @Override
    public <V> UpdateQuery<T> set(Column<V> column, @Nullable V value) {
        Objects.requireNonNull(column, "column must not be null");
        if (column.origin().declaringClass() != this.mapping.meta().tableClass()) {
            throw new IllegalArgumentException(
                    "Column " + column + " does not belong to table " + this.mapping.meta().name());
        }
        if (column.isVersion()) {
            throw new IllegalArgumentException(
                    "Column "
                            + column.name()
                            + " is the version column: Qlio"
                            + " increments it on every update");
        }
        if (column.isTenant()) {
            throw new IllegalArgumentException(
                    "Column "
                            + column.name()
                            + " is the tenant column: Qlio sets it from the TenantResolver, and"
                            + " rows do not move between tenants");
        }
        if (value != null && !column.type().javaType().isInstance(value)) {
            throw new IllegalArgumentException(
                    "Column "
                            + column.name()
                            + " holds "
                            + column.type().javaType().getName()
                            + ", not "
                            + value.getClass().getName());
        }
        if (value == null && !column.isNullable()) {
            throw new IllegalArgumentException(
                    "Column "
                            + this.mapping.meta().name()
                            + "."
                            + column.name()
                            + " is NOT NULL: it cannot be set to null");
        }
        this.values.put(column.origin(), value);
        return this;
    }

    @Override
    public UpdateQuery<T> where(Condition condition) {
        this.conditions.add(Objects.requireNonNull(condition, "condition must not be null"));
        return this;
    }

    @Override
    public UpdateQuery<T> includeDeleted() {
        this.includeDeleted = true;
        return this;
    }

    @Override
    public UpdateQuery<T> allTenants() {
        this.allTenants = true;
        return this;
    }

    @Override
    public UpdateQuery<T> timeout(Duration timeout) {
        this.timeout = StatementTimeout.check(timeout);
        return this;
    }

    @Override
    public long execute() {
        if (this.values.isEmpty()) {
            throw new IllegalStateException(
                    "Nothing to update in "
                            + this.mapping.meta().name()
                            + ": call set(column, value) first");
        }
        List<Column<?>> columns = new ArrayList<>(this.values.keySet());
        List<@Nullable Object> vals = new ArrayList<>(columns.size());
        for (Map.Entry<Column<?>, @Nullable Object> e : this.values.entrySet()) {
            // checked per column, as a row write is, before the renderer binds it
            vals.add(this.mapping.checked(e.getKey().position(), e.getValue()));
        }
        RenderedSql statement =
                QueryRenderer.update(
                        this.session
                                .engine()
                                .render()
                                .without(this.includeDeleted, this.allTenants),
                        new UpdateSpec(this.mapping.meta(), columns, vals, this.conditions));
        String table = this.mapping.meta().name();
        this.session.checkWritable("update");
        return this.session.call(
                executor ->
                        executor.withTimeout(this.timeout)
                                .update(
                                        Operation.UPDATE,
                                        table,
                                        statement.sql(),
                                        statement.params()::bindAll));
    }
}
