package dev.qlio.orm.internal.session;

import dev.qlio.orm.internal.engine.Engine;
import dev.qlio.orm.internal.render.RenderContext;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.TableMeta;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names in raw SQL, written as placeholders and rendered by the dialect, so that no one quotes an
 * identifier by hand: {@code {book}} is the registered table {@code book} as the database spells
 * it, {@code {book.title}} its column qualified by the table, and {@code {word}} any other
 * identifier (a column after an alias, {@code b.{title}}; an alias) quoted. {@code SELECT b.{title}
 * FROM {book} b} is {@code "title"}/{@code "book"} on H2 and PostgreSQL and {@code `title`}/{@code
 * `book`} on MariaDB.
 */
final class RawIdentifiers {

    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)(?:\\.([A-Za-z_][A-Za-z0-9_]*))?}");

    private RawIdentifiers() {}

    /** The SQL with every placeholder rendered; SQL without one is returned as it is. */
    static String expand(String sql, Engine engine) {
        if (sql.indexOf('{') < 0) {
            return sql;
        }
        Matcher m = PLACEHOLDER.matcher(sql);
        StringBuilder out = new StringBuilder(sql.length() + 16);
        RenderContext context = engine.render();
        Map<String, TableMeta<?>> tables = null;
        while (m.find()) {
            if (tables == null) {
                tables = engine.metadata().tables();
            }
            String first = m.group(1);
            String second = m.group(2);
            String rendered;
            if (second == null) {
                TableMeta<?> table = tables.get(first);
                rendered =
                        table != null
                                ? context.quotedTable(table)
                                : context.dialect().identifiers().quote(first);
            } else {
                TableMeta<?> table = tables.get(first);
                if (table == null) {
                    throw new IllegalArgumentException(
                            "Raw SQL names {"
                                    + first
                                    + "."
                                    + second
                                    + "}, but no table "
                                    + first
                                    + " is registered (known: "
                                    + String.join(", ", tables.keySet())
                                    + "); after an alias write alias.{"
                                    + second
                                    + "}");
                }
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
                rendered = context.quotedTable(table) + "." + context.quotedName(column);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(rendered));
        }
        m.appendTail(out);
        return out.toString();
    }
}
