package dev.qlio.orm.internal.session;

import dev.qlio.orm.internal.engine.Engine;
import dev.qlio.orm.internal.render.RenderContext;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.TableMeta;
import dev.qlio.orm.schema.types.SqlType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Names in raw SQL, written as placeholders and rendered by the dialect, so that no one quotes an
 * identifier by hand: {@code {book}} is the registered table {@code book} as the database spells
 * it, {@code {book.title}} its column qualified by the table, and {@code {word}} any other
 * identifier (a column after an alias, {@code b.{title}}; an alias) quoted. {@code SELECT b.{title}
 * FROM {book} b} is {@code "title"}/{@code "book"} on H2 and PostgreSQL and {@code `title`}/{@code
 * `book`} on MariaDB.
 *
 * <p>A table with global filters (a soft-delete or tenant column) named as {@code {book}} must have
 * them applied in the same statement with {@code {filters(book)}} (or {@code {filters(book b)}}
 * after an alias), which renders the filters' conditions with the tenant as a bound parameter;
 * naming it without is refused, so raw SQL that names a table through Qlio never skips a filter.
 */
final class RawIdentifiers {

    private static final Pattern PLACEHOLDER =
            Pattern.compile(
                    "\\{(?:filters\\(\\s*([A-Za-z_][A-Za-z0-9_]*)(?:\\s+([A-Za-z_][A-Za-z0-9_]*))?\\s*\\)"
                            + "|([A-Za-z_][A-Za-z0-9_]*)(?:\\.([A-Za-z_][A-Za-z0-9_]*))?)}");

    /**
     * Raw SQL with its placeholders rendered.
     *
     * @param sql the SQL
     * @param params the named parameters the filters' conditions use ({@code qlio_tenant_book},
     *     {@code qlio_false}), empty when none
     */
    record Expanded(String sql, Map<String, Object> params) {}

    private RawIdentifiers() {}

    /** The SQL with every placeholder rendered; SQL without one is returned as it is. */
    static Expanded expand(String sql, Engine engine) {
        if (sql.indexOf('{') < 0) {
            return new Expanded(sql, Map.of());
        }
        Matcher m = PLACEHOLDER.matcher(sql);
        StringBuilder out = new StringBuilder(sql.length() + 16);
        RenderContext context = engine.render();
        Map<String, TableMeta<?>> tables = engine.metadata().tables();
        Map<String, Object> params = new LinkedHashMap<>();
        Set<TableMeta<?>> named = new LinkedHashSet<>();
        Set<TableMeta<?>> filtered = new HashSet<>();
        while (m.find()) {
            String rendered;
            if (m.group(1) != null) {
                TableMeta<?> table =
                        table(
                                tables,
                                m.group(1),
                                "{filters(" + m.group(1) + ")}",
                                "name the table, then its alias: {filters(table alias)}");
                String q = m.group(2) != null ? m.group(2) : null;
                rendered = filters(context, table, q, params);
                filtered.add(table);
            } else if (m.group(4) == null) {
                TableMeta<?> table = tables.get(m.group(3));
                if (table != null) {
                    named.add(table);
                }
                rendered =
                        table != null
                                ? context.quotedTable(table)
                                : context.dialect().identifiers().quote(m.group(3));
            } else {
                rendered = column(context, tables, m.group(3), m.group(4));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(rendered));
        }
        m.appendTail(out);
        for (TableMeta<?> table : named) {
            List<Column<?>> columns = filterColumns(context, table);
            if (!columns.isEmpty() && !filtered.contains(table)) {
                throw new IllegalArgumentException(
                        "Raw SQL names table "
                                + table.name()
                                + " as {"
                                + table.name()
                                + "}, which has global filters on "
                                + columns.stream().map(Column::name).toList()
                                + ", but does not apply them: add {filters("
                                + table.name()
                                + ")} to its WHERE clause ({filters("
                                + table.name()
                                + " b)} after an alias b)");
            }
        }
        return new Expanded(out.toString(), params);
    }

    /** The columns of a table's filters that are on. */
    private static List<Column<?>> filterColumns(RenderContext context, TableMeta<?> table) {
        List<Column<?>> columns = new ArrayList<>(2);
        Column<?> tenant = table.tenantColumn();
        if (tenant != null && context.filters().tenants()) {
            columns.add(tenant);
        }
        Column<?> deleted = table.softDeleteColumn();
        if (deleted != null && context.filters().softDelete()) {
            columns.add(deleted);
        }
        return columns;
    }

    /**
     * {@code (q.tenant = :qlio_tenant_t AND q.deleted IS NULL)}, or {@code (1 = 1)} for a table
     * without filters.
     */
    private static String filters(
            RenderContext context,
            TableMeta<?> table,
            @Nullable String qualifier,
            Map<String, Object> params) {
        // an alias as the statement writes it (unquoted there, so not quoted here either)
        String q = qualifier != null ? qualifier : context.quotedTable(table);
        StringBuilder sb = new StringBuilder("(");
        for (Column<?> c : filterColumns(context, table)) {
            sb.append(sb.length() > 1 ? " AND " : "")
                    .append(q)
                    .append('.')
                    .append(context.quotedName(c));
            if (c.isTenant()) {
                String name = "qlio_tenant_" + table.name();
                params.put(name, context.filters().tenant(table));
                sb.append(" = :").append(name);
            } else if (c.type().kind() == SqlType.Kind.BOOLEAN) {
                params.put("qlio_false", false);
                sb.append(" = :qlio_false");
            } else {
                sb.append(" IS NULL");
            }
        }
        return sb.append(sb.length() > 1 ? ")" : "1 = 1)").toString();
    }

    private static String column(
            RenderContext context, Map<String, TableMeta<?>> tables, String first, String second) {
        TableMeta<?> table =
                table(
                        tables,
                        first,
                        "{" + first + "." + second + "}",
                        "after an alias write alias.{" + second + "}");
        Column<?> column =
                table.getColumn(second)
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "Raw SQL names {"
                                                        + first
                                                        + "."
                                                        + second
                                                        + "}, but table "
                                                        + first
                                                        + " has no column "
                                                        + second));
        return context.quotedTable(table) + "." + context.quotedName(column);
    }

    private static TableMeta<?> table(
            Map<String, TableMeta<?>> tables, String name, String placeholder, String hint) {
        TableMeta<?> table = tables.get(name);
        if (table == null) {
            throw new IllegalArgumentException(
                    "Raw SQL names "
                            + placeholder
                            + ", but no table "
                            + name
                            + " is registered (known: "
                            + String.join(", ", tables.keySet())
                            + "); "
                            + hint);
        }
        return table;
    }
}
