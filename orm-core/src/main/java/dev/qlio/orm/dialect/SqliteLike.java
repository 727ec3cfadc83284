package dev.qlio.orm.dialect;

/**
 * SQLite's pattern matching. Its {@code LIKE} ignores ASCII case, so a case-sensitive match uses
 * {@code GLOB} with the pattern translated; a case-insensitive one is {@code LIKE} (ASCII
 * case-insensitive, as SQLite's {@code LOWER} is).
 */
final class SqliteLike extends Like {

    SqliteLike() {
        super(false, " ESCAPE '\\'");
    }

    @Override
    public void append(StringBuilder sql, String columnSql, boolean ignoreCase) {
        if (ignoreCase) {
            sql.append(columnSql).append(" LIKE ?").append(escapeClause());
        } else {
            sql.append(columnSql).append(" GLOB ?");
        }
    }

    @Override
    public String parameter(String pattern, boolean ignoreCase) {
        if (ignoreCase) {
            return pattern;
        }
        StringBuilder glob = new StringBuilder(pattern.length() + 8);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                appendGlobLiteral(glob, pattern.charAt(++i));
            } else if (c == '%') {
                glob.append('*');
            } else if (c == '_') {
                glob.append('?');
            } else {
                appendGlobLiteral(glob, c);
            }
        }
        return glob.toString();
    }

    private static void appendGlobLiteral(StringBuilder glob, char c) {
        if (c == '*' || c == '?' || c == '[') {
            glob.append('[').append(c).append(']');
        } else {
            glob.append(c);
        }
    }
}
