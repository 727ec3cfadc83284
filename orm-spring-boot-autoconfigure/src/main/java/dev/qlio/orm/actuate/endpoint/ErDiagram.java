package dev.qlio.orm.actuate.endpoint;

import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.ForeignKey;
import dev.qlio.orm.schema.TableMeta;
import dev.qlio.orm.schema.TableMetadata;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders a {@link TableMetadata} as a Mermaid {@code erDiagram}: one entity per table with its
 * columns ({@code type name PK|FK|UK}), and one relationship line per foreign key, from the
 * referenced table to the referencing one ({@code users ||--o{ posts : "author_id"}), where the
 * referenced side is "exactly one" ({@code ||}) for a NOT NULL column and "zero or one" ({@code |o})
 * otherwise. A table's global filters show on their columns ({@code "tenant filter"}, {@code "soft
 * delete filter"}).
 */
final class ErDiagram {

    /** What Mermaid accepts unquoted as an entity or attribute name. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    /** What Mermaid refuses in an attribute type (it takes letters, digits, {@code _-()[]}). */
    private static final Pattern NOT_IN_TYPE = Pattern.compile("[^A-Za-z0-9_\\-()\\[\\]]+");

    private ErDiagram() {}

    static String render(TableMetadata metadata, Dialect dialect) {
        Map<String, String> ids = entityIds(metadata);
        StringBuilder out = new StringBuilder("erDiagram\n");
        for (TableMeta<?> table : metadata.tables().values()) {
            String id = ids.getOrDefault(table.name(), table.name());
            out.append("    ").append(id);
            if (!id.equals(table.name())) {
                out.append("[\"").append(label(table.name())).append("\"]");
            }
            out.append(" {\n");
            Set<Column<?>> foreign = new HashSet<>();
            for (ForeignKey fk : metadata.foreignKeys(table)) {
                foreign.add(fk.column());
            }
            for (Column<?> column : table.columns()) {
                out.append("        ")
                        .append(type(dialect.types().typeName(column.type())))
                        .append(' ')
                        .append(attribute(column.name()));
                List<String> keys = new ArrayList<>(3);
                if (column.isPrimaryKey()) {
                    keys.add("PK");
                }
                if (foreign.contains(column)) {
                    keys.add("FK");
                }
                if (column.isUnique() && !column.isPrimaryKey()) {
                    keys.add("UK");
                }
                if (!keys.isEmpty()) {
                    out.append(' ').append(String.join(", ", keys));
                }
                List<String> notes = new ArrayList<>(2);
                if (!column.isNullable() && !column.isPrimaryKey()) {
                    notes.add("not null");
                }
                if (column.isTenant()) {
                    notes.add("tenant filter");
                }
                if (column.isSoftDelete()) {
                    notes.add("soft delete filter");
                }
                if (!notes.isEmpty()) {
                    out.append(" \"").append(String.join(", ", notes)).append('"');
                }
                out.append('\n');
            }
            out.append("    }\n");
        }
        for (TableMeta<?> table : metadata.tables().values()) {
            for (ForeignKey fk : metadata.foreignKeys(table)) {
                String target = fk.target().table().name();
                out.append("    ")
                        .append(ids.getOrDefault(target, attribute(target)))
                        .append(fk.column().isNullable() ? " |o--o{ " : " ||--o{ ")
                        .append(ids.getOrDefault(table.name(), table.name()))
                        .append(" : \"")
                        .append(label(fk.column().name()))
                        .append("\"\n");
            }
        }
        return out.toString();
    }

    /** Each table's entity id: its name when Mermaid takes it as is, else a unique safe name. */
    private static Map<String, String> entityIds(TableMetadata metadata) {
        Map<String, String> ids = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (String name : metadata.tables().keySet()) {
            if (NAME.matcher(name).matches()) {
                ids.put(name, name);
                used.add(name);
            }
        }
        for (String name : metadata.tables().keySet()) {
            if (!ids.containsKey(name)) {
                String base = attribute(name);
                String id = base;
                for (int n = 2; !used.add(id); n++) {
                    id = base + "_" + n;
                }
                ids.put(name, id);
            }
        }
        return ids;
    }

    private static String attribute(String name) {
        if (NAME.matcher(name).matches()) {
            return name;
        }
        String safe = name.replaceAll("[^A-Za-z0-9_-]", "_");
        return Character.isLetter(safe.charAt(0)) || safe.charAt(0) == '_' ? safe : "_" + safe;
    }

    private static String type(String sqlType) {
        String safe = NOT_IN_TYPE.matcher(sqlType.trim()).replaceAll("_");
        return safe.isEmpty() || !Character.isLetter(safe.charAt(0)) ? "T_" + safe : safe;
    }

    /** Text inside double quotes: Mermaid has no escape for {@code "}, so it becomes {@code '}. */
    private static String label(String text) {
        return text.replace('"', '\'');
    }
}
