package dev.qlio.orm.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** Golden outputs of each dialect's {@link Identifiers}. */
class IdentifiersTest {

    @Test
    void quotesWithTheDatabasesQuoteDoubledInside() {
        assertThat(Dialect.H2.identifiers().quote("we\"ird`")).isEqualTo("\"we\"\"ird`\"");
        assertThat(Dialect.POSTGRESQL.identifiers().quote("order")).isEqualTo("\"order\"");
        assertThat(Dialect.SQLITE.identifiers().quote("a\"b")).isEqualTo("\"a\"\"b\"");
        assertThat(Dialect.MARIADB.identifiers().quote("we\"ird`")).isEqualTo("`we\"ird```");
        assertThat(Dialect.MYSQL.identifiers().quote("user")).isEqualTo("`user`");
    }

    @Test
    void countsLengthInTheDatabasesUnit() {
        // PostgreSQL counts bytes: 'é' is two, '😀' four
        assertThat(Dialect.POSTGRESQL.identifiers().length("é😀")).isEqualTo(6);
        assertThat(Dialect.MARIADB.identifiers().length("é😀")).isEqualTo(2);
        assertThat(Dialect.H2.identifiers().length("é😀")).isEqualTo(2);
        assertThat(Dialect.POSTGRESQL.identifiers().maxLength()).isEqualTo(63);
        assertThat(Dialect.MARIADB.identifiers().maxLength()).isEqualTo(64);
        assertThat(Dialect.H2.identifiers().maxLength()).isEqualTo(256);
        assertThat(Dialect.SQLITE.identifiers().maxLength()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void checkNamesTheIdentifierTheLimitAndTheFix() {
        Identifiers pg = Dialect.POSTGRESQL.identifiers();
        pg.check("column t.c", "é".repeat(31));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> pg.check("column t.c", "é".repeat(32)))
                .withMessageContaining("column t.c")
                .withMessageContaining("is 64 long, more than postgresql's limit of 63")
                .withMessageContaining("named(...)");
    }

    @Test
    void fitKeepsShortNamesAndCutsLongOnesWithAStableHash() {
        Identifiers maria = Dialect.MARIADB.identifiers();
        assertThat(maria.fit("fk_short")).isEqualTo("fk_short");
        String longName = "fk_" + "x".repeat(80);
        String fitted = maria.fit(longName);
        assertThat(fitted).hasSize(64).startsWith("fk_xxx").matches(".*_[0-9a-f]{8}");
        assertThat(maria.fit(longName)).isEqualTo(fitted);
        assertThat(maria.fit(longName + "y")).isNotEqualTo(fitted);
        // cut at code points, never inside a UTF-8 sequence, within PostgreSQL's bytes
        String fittedPg = Dialect.POSTGRESQL.identifiers().fit("ix_" + "é".repeat(40));
        assertThat(Dialect.POSTGRESQL.identifiers().length(fittedPg)).isLessThanOrEqualTo(63);
    }
}
