package dev.qlio.orm.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Golden SQL and bound pattern of each dialect's {@link Like}: the two must agree. */
class LikeTest {

    private static String sql(Dialect dialect, boolean ignoreCase) {
        StringBuilder sql = new StringBuilder();
        dialect.like().append(sql, "\"c\"", ignoreCase);
        return sql.toString();
    }

    @Test
    void caseSensitiveMatch() {
        assertThat(sql(Dialect.H2, false)).isEqualTo("\"c\" LIKE ? ESCAPE '\\'");
        assertThat(sql(Dialect.POSTGRESQL, false)).isEqualTo("\"c\" LIKE ? ESCAPE '\\'");
        // a backslash is an escape character inside MariaDB string literals
        assertThat(sql(Dialect.MARIADB, false)).isEqualTo("\"c\" LIKE ? ESCAPE '\\\\'");
        assertThat(Dialect.MARIADB.like().parameter("A\\%b_", false)).isEqualTo("A\\%b_");
        // SQLite's LIKE ignores ASCII case: GLOB, with the pattern translated
        assertThat(sql(Dialect.SQLITE, false)).isEqualTo("\"c\" GLOB ?");
        assertThat(Dialect.SQLITE.like().parameter("A%b_c", false)).isEqualTo("A*b?c");
        assertThat(Dialect.SQLITE.like().parameter("50\\% *off?[x]\\_", false))
                .isEqualTo("50% [*]off[?][[]x]_");
    }

    @Test
    void caseInsensitiveMatch() {
        assertThat(sql(Dialect.H2, true)).isEqualTo("\"c\" ILIKE ? ESCAPE '\\'");
        assertThat(sql(Dialect.POSTGRESQL, true)).isEqualTo("\"c\" ILIKE ? ESCAPE '\\'");
        assertThat(Dialect.POSTGRESQL.like().parameter("AbC%", true)).isEqualTo("AbC%");
        // both sides folded by the database, never the pattern in Java (issue 23)
        assertThat(sql(Dialect.MARIADB, true))
                .isEqualTo("LOWER(\"c\") LIKE LOWER(?) ESCAPE '\\\\'");
        assertThat(Dialect.MARIADB.like().parameter("AbC%", true)).isEqualTo("AbC%");
        assertThat(sql(Dialect.SQLITE, true)).isEqualTo("\"c\" LIKE ? ESCAPE '\\'");
        assertThat(Dialect.SQLITE.like().parameter("AbC\\%", true)).isEqualTo("AbC\\%");
    }
}
