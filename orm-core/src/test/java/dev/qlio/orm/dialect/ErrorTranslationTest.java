package dev.qlio.orm.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

/** Each dialect's {@link ErrorTranslation}: translation and redaction of values. */
class ErrorTranslationTest {

    @Test
    void redactsTheValuesEachDriverQuotes() {
        assertThat(Dialect.MARIADB.errors().redact("Duplicate entry 'secret' for key 'PRIMARY'"))
                .isEqualTo("Duplicate entry (value redacted) for key 'PRIMARY'");
        assertThat(
                        Dialect.POSTGRESQL
                                .errors()
                                .redact(
                                        "ERROR: duplicate key\n  Detail: Key (id)=(secret)"
                                                + " already exists."))
                .isEqualTo("ERROR: duplicate key");
        assertThat(Dialect.H2.errors().redact("PUBLIC.PRIMARY_KEY ON T(ID) VALUES ( 'secret' )"))
                .doesNotContain("secret");
        assertThat(Dialect.SQLITE.errors().redact("as is")).isEqualTo("as is");
    }

    @Test
    void translatesSqliteErrorsOnly() {
        SQLException unique =
                new SQLException("[SQLITE_CONSTRAINT_UNIQUE] UNIQUE constraint failed: t.id");
        assertThat(Dialect.SQLITE.errors().translate("insert", "INSERT ...", unique))
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessageContaining("SQL [INSERT ...]");
        assertThat(Dialect.H2.errors().translate("insert", "INSERT ...", unique)).isNull();
    }
}
