package dev.qlio.orm.schema;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How SQL names are derived from Java names ({@code CREATED_AT} -> {@code created_at}, {@code
 * BookTag} -> {@code book_tag}) and the checks every table, column and index name passes.
 */
final class Names {

    private Names() {}

    /** The table's name: its {@link TableName}, else the snake_case simple name of its class. */
    static String tableName(Class<?> tableClass) {
        TableName annotation = tableClass.getAnnotation(TableName.class);
        String n = annotation != null ? annotation.value() : snakeCase(tableClass.getSimpleName());
        checkName(tableClass, null, n, "table");
        return n;
    }

    static void checkName(Class<?> tableClass, @Nullable String field, String name, String what) {
        if (name.isEmpty()) {
            throw new SchemaDefinitionException(tableClass, field, what + " name is empty");
        }
        if (name.indexOf('\0') >= 0) {
            throw new SchemaDefinitionException(
                    tableClass, field, what + " name contains a NUL character");
        }
    }

    /**
     * {@code CREATED_AT} and {@code createdAt} -> {@code created_at}; {@code BookTag} -> {@code
     * book_tag}; {@code HTTPLog} -> {@code http_log}.
     */
    static String snakeCase(String javaName) {
        boolean hasLower = javaName.chars().anyMatch(Character::isLowerCase);
        if (!hasLower) {
            return javaName.toLowerCase(Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(javaName.length() + 4);
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean prevLowerOrDigit =
                        i > 0
                                && (Character.isLowerCase(javaName.charAt(i - 1))
                                        || Character.isDigit(javaName.charAt(i - 1)));
                boolean acronymEnd =
                        i > 0
                                && Character.isUpperCase(javaName.charAt(i - 1))
                                && i + 1 < javaName.length()
                                && Character.isLowerCase(javaName.charAt(i + 1));
                if ((prevLowerOrDigit || acronymEnd)
                        && sb.length() > 0
                        && sb.charAt(sb.length() - 1) != '_') {
                    sb.append('_');
                }
                sb.append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
