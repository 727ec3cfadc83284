package dev.qlio.orm.session;

import org.jspecify.annotations.Nullable;

/**
 * Supplies the tenant of the work in progress, for tables that declare a {@link
 * dev.qlio.orm.schema.Column#tenant() tenant column}: inserts set the column to it, and every
 * select, count, update, delete and relationship load of such a table is restricted to its rows.
 * Asked each time a statement on such a table is rendered, so it may read a request-scoped bean, a
 * security context or a thread-local; it must be fast and thread-safe.
 *
 * <pre>{@code
 * @Bean
 * TenantResolver tenantResolver() {
 *     return () -> TenantContext.current(); // e.g. set by a servlet filter from a header or the JWT
 * }
 * }</pre>
 *
 * <p>The value must have the tenant column's Java type ({@code Long} for a {@code BIGINT} column).
 * With the starter a single {@code TenantResolver} bean is picked up; without it, pass one to
 * {@code Database.builder(...).tenantResolver(...)}.
 */
@FunctionalInterface
public interface TenantResolver {

    /**
     * The current tenant.
     *
     * @return the tenant, or {@code null} when none is current (a statement on a tenant table then
     *     fails, naming the table, unless its query asks for {@code allTenants()})
     */
    @Nullable Object currentTenant();
}
