package dev.qlio.orm.internal.render;

import dev.qlio.orm.expression.Comparison;
import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.TableMeta;
import dev.qlio.orm.schema.types.SqlType;
import dev.qlio.orm.session.TenantResolver;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The global filters a statement applies to every table it names: rows whose {@linkplain
 * Column#softDelete() soft-delete column} is set are left out, and a table with a {@linkplain
 * Column#tenant() tenant column} is restricted to the current tenant's rows. They are written where
 * the table is named — the {@code WHERE} of the statement's own table, the {@code ON} of a joined
 * one, the {@code WHERE} of a subquery — by the renderers, so no query path can leave them out; a
 * query drops one only when asked ({@code includeDeleted()}, {@code allTenants()}).
 *
 * <p>Which tables carry filters is a function of the table, so the text of a statement depends only
 * on its shape and on which filters are on ({@link #shape()}); the tenant is a bound parameter,
 * asked of the {@link TenantResolver} each time a statement is rendered. Immutable.
 */
public final class Filters {

    private final boolean softDelete;

    private final boolean tenants;

    private final @Nullable TenantResolver resolver;

    private Filters(boolean softDelete, boolean tenants, @Nullable TenantResolver resolver) {
        this.softDelete = softDelete;
        this.tenants = tenants;
        this.resolver = resolver;
    }

    /**
     * Every filter on, the tenant asked of {@code resolver}.
     *
     * @param resolver the tenant resolver, or {@code null} when none is configured (a statement on
     *     a tenant table then fails)
     * @return the filters
     */
    public static Filters all(@Nullable TenantResolver resolver) {
        return new Filters(true, true, resolver);
    }

    /**
     * These filters with some dropped.
     *
     * @param includeDeleted leave soft-deleted rows in
     * @param allTenants leave other tenants' rows in
     * @return the filters, this when nothing changes
     */
    public Filters without(boolean includeDeleted, boolean allTenants) {
        boolean s = this.softDelete && !includeDeleted;
        boolean t = this.tenants && !allTenants;
        return s == this.softDelete && t == this.tenants ? this : new Filters(s, t, this.resolver);
    }

    /**
     * Whether soft-deleted rows are left out.
     *
     * @return whether the soft-delete filter is on
     */
    public boolean softDelete() {
        return this.softDelete;
    }

    /**
     * Whether tenant tables are restricted to the current tenant.
     *
     * @return whether the tenant filter is on
     */
    public boolean tenants() {
        return this.tenants;
    }

    /** The part of a statement's shape the filters decide. */
    int shape() {
        return (this.softDelete ? 1 : 0) | (this.tenants ? 2 : 0);
    }

    /**
     * The conditions that keep a table to the rows a statement may see: its soft-delete column
     * unset, its tenant column the current tenant's.
     *
     * @param table the table
     * @return the conditions, empty when no filter applies to the table
     */
    public List<Condition> conditions(TableMeta<?> table) {
        Column<?> deleted = this.softDelete ? table.softDeleteColumn() : null;
        Column<?> tenant = this.tenants ? table.tenantColumn() : null;
        if (deleted == null && tenant == null) {
            return List.of();
        }
        List<Condition> conditions = new ArrayList<>(2);
        if (tenant != null) {
            conditions.add(Condition.compare(tenant, Comparison.EQ, tenant(table)));
        }
        if (deleted != null) {
            conditions.add(live(deleted));
        }
        return conditions;
    }

    /**
     * The conditions of {@link #conditions(TableMeta)} before the given ones.
     *
     * @param table the table
     * @param conditions the statement's own conditions
     * @return both, the filters first
     */
    List<Condition> with(TableMeta<?> table, List<Condition> conditions) {
        List<Condition> filters = conditions(table);
        if (filters.isEmpty()) {
            return conditions;
        }
        if (conditions.isEmpty()) {
            return filters;
        }
        List<Condition> all = new ArrayList<>(filters.size() + conditions.size());
        all.addAll(filters);
        all.addAll(conditions);
        return all;
    }

    /**
     * {@code AND (q.c = ?) ...}: the filters of a table joined under {@code qualifier}, for its
     * {@code ON} clause or a {@code WHERE} that has a condition already.
     */
    void and(
            RenderContext context,
            SqlWriter sql,
            Params params,
            TableMeta<?> table,
            String qualifier) {
        write(context, sql, params, table, qualifier, " AND (");
    }

    /**
     * {@code WHERE (q.c = ?) AND ...}: the filters of a statement's own table selected under {@code
     * qualifier}; whether there were any (the statement's conditions then follow with {@code AND}).
     */
    boolean where(
            RenderContext context,
            SqlWriter sql,
            Params params,
            TableMeta<?> table,
            String qualifier) {
        return write(context, sql, params, table, qualifier, " WHERE (");
    }

    private boolean write(
            RenderContext context,
            SqlWriter sql,
            Params params,
            TableMeta<?> table,
            String qualifier,
            String first) {
        List<Condition> conditions = conditions(table);
        if (conditions.isEmpty()) {
            return false;
        }
        ConditionSql renderer =
                new ConditionSql(context, sql, params, true, table.name(), qualifier);
        for (int i = 0; i < conditions.size(); i++) {
            sql.append(i == 0 ? first : " AND (");
            renderer.condition(conditions.get(i));
            sql.append(')');
        }
        return true;
    }

    /**
     * The condition of a row whose soft-delete column is unset.
     *
     * @param column the soft-delete column
     * @return {@code c IS NULL}, or {@code c = false} for a boolean column
     */
    public static Condition live(Column<?> column) {
        return column.type().kind() == SqlType.Kind.BOOLEAN
                ? Condition.compare(column, Comparison.EQ, Boolean.FALSE)
                : Condition.nullCheck(column, true);
    }

    /**
     * The value that marks a row deleted: {@code true}, or the current instant to the microsecond
     * (what every supported database keeps).
     *
     * @param column the soft-delete column
     * @return the value
     */
    public static Object deletedValue(Column<?> column) {
        Class<?> type = column.type().javaType();
        if (type == Boolean.class) {
            return Boolean.TRUE;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return type == LocalDateTime.class
                ? LocalDateTime.ofInstant(now, java.time.ZoneId.systemDefault())
                : now;
    }

    /**
     * The current tenant, checked to be one a table's tenant column holds.
     *
     * @param table a table with a tenant column
     * @return the tenant
     * @throws IllegalStateException when no resolver is configured, it gives no tenant, or one of
     *     another type
     */
    public Object tenant(TableMeta<?> table) {
        Column<?> column = table.tenantColumn();
        if (column == null) {
            throw new IllegalArgumentException("Table " + table.name() + " has no tenant column");
        }
        TenantResolver r = this.resolver;
        if (r == null) {
            throw new IllegalStateException(
                    "Table "
                            + table.name()
                            + " has a tenant column ("
                            + column.name()
                            + ") but no TenantResolver is configured: declare a TenantResolver"
                            + " bean, or pass one to Database.builder(...).tenantResolver(...)");
        }
        Object tenant = r.currentTenant();
        if (tenant == null) {
            throw new IllegalStateException(
                    "Table "
                            + table.name()
                            + " has a tenant column ("
                            + column.name()
                            + ") and no tenant is current: the TenantResolver returned null. Set"
                            + " the tenant for this request or job, or ask for every tenant's rows"
                            + " explicitly with allTenants() on the query");
        }
        if (!column.type().javaType().isInstance(tenant)) {
            throw new IllegalStateException(
                    "The TenantResolver returned a "
                            + tenant.getClass().getName()
                            + " for the tenant column "
                            + table.name()
                            + "."
                            + column.name()
                            + ", which holds "
                            + column.type().javaType().getName()
                            + " values");
        }
        return tenant;
    }
}
