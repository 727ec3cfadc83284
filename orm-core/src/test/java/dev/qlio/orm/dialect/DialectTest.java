package dev.qlio.orm.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** {@link Dialect}: lookup by name, and the roles each built-in dialect is composed of. */
class DialectTest {

    @Test
    void forNameFindsEveryBuiltInDialect() {
        assertThat(Dialect.forName(" PostgreSQL ")).isSameAs(Dialect.POSTGRESQL);
        assertThat(Dialect.forName("postgres")).isSameAs(Dialect.POSTGRESQL);
        assertThat(Dialect.forName("h2")).isSameAs(Dialect.H2);
        assertThat(Dialect.forName("mariadb")).isSameAs(Dialect.MARIADB);
        assertThat(Dialect.forName("mysql")).isSameAs(Dialect.MYSQL);
        assertThat(Dialect.forName("SQLITE")).isSameAs(Dialect.SQLITE);
        assertThat(Dialect.MYSQL).hasToString("mysql");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Dialect.forName("oracle"))
                .withMessageContaining("known: h2, postgresql, mariadb, mysql, sqlite");
    }

    @Test
    void eachBuiltInDialectComposesItsOwnRoles() {
        assertThat(Dialect.POSTGRESQL.largeIn().bindsArray()).isTrue();
        assertThat(Dialect.MARIADB.largeIn().bindsArray()).isFalse();
        assertThat(Dialect.MARIADB.identifiers().quote("x")).isEqualTo("`x`");
        assertThat(Dialect.H2.identifiers().quote("x")).isEqualTo("\"x\"");
        assertThat(Dialect.POSTGRESQL.identifiers().maxLength()).isEqualTo(63);
    }
}
