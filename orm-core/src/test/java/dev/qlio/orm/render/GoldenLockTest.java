package dev.qlio.orm.render;

import static dev.qlio.orm.render.Golden.select;
import static dev.qlio.orm.render.Golden.selectSql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.internal.render.RenderContext;
import dev.qlio.orm.internal.render.SelectSpec;
import dev.qlio.orm.render.GoldenTables.Author;
import dev.qlio.orm.render.GoldenTables.Book;
import org.junit.jupiter.api.Test;

/** The row-lock clause of each dialect, after the paging; SQLite's refusal. */
class GoldenLockTest {

    private static String sql(Dialect dialect, SelectSpec spec) {
        return selectSql(spec).apply(new RenderContext(dialect));
    }

    @Test
    void locksFollowThePagingInEachDialectsWords() {
        SelectSpec skip =
                select(Author.class)
                        .withCondition(Author.ID.eq(1L))
                        .withPaging(5, 0)
                        .withLock(new SelectSpec.Lock(false, false, true));
        String authors =
                "SELECT \"id\", \"name\", \"email\", \"score\", \"version\" FROM \"g_author\"";
        assertThat(sql(Dialect.H2, skip))
                .isEqualTo(authors + " WHERE \"id\" = ? LIMIT 5 FOR UPDATE SKIP LOCKED");
        assertThat(sql(Dialect.POSTGRESQL, skip))
                .isEqualTo(authors + " WHERE \"id\" = ? LIMIT 5 FOR UPDATE SKIP LOCKED");
        assertThat(sql(Dialect.MARIADB, skip))
                .isEqualTo(
                        authors.replace('"', '`')
                                + " WHERE `id` = ? LIMIT 5 FOR UPDATE SKIP LOCKED");
        SelectSpec share = select(Author.class).withLock(new SelectSpec.Lock(true, true, false));
        assertThat(sql(Dialect.POSTGRESQL, share)).isEqualTo(authors + " FOR SHARE NOWAIT");
        assertThat(sql(Dialect.MARIADB, share))
                .isEqualTo(authors.replace('"', '`') + " LOCK IN SHARE MODE NOWAIT");
        assertThatThrownBy(() -> sql(Dialect.H2, share))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> sql(Dialect.SQLITE, skip))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("SQLite has no row locks");
    }

    @Test
    void postgresLocksOnlyTheSelectedTableOfAJoin() {
        SelectSpec joined =
                select(Book.class)
                        .withCondition(Author.NAME.eq("x"))
                        .withLock(new SelectSpec.Lock(false, false, false));
        assertThat(sql(Dialect.POSTGRESQL, joined)).endsWith(" FOR UPDATE OF \"g_book\"");
        assertThat(sql(Dialect.H2, joined)).endsWith("(\"g_author\".\"name\" = ?) FOR UPDATE");
        // the lock is part of the statement's shape: the same select without it has no clause
        assertThat(sql(Dialect.POSTGRESQL, joined.withLock(null))).doesNotContain("FOR UPDATE");
    }
}
