package dev.qlio.orm.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.qlio.orm.schema.types.SqlType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Dialect}: lookup by name, and the transitional forwarders agreeing with the roles. */
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
    @SuppressWarnings("deprecation")
    void forwardersAnswerAsTheirRoles() {
        for (Dialect d :
                List.of(
                        Dialect.H2,
                        Dialect.POSTGRESQL,
                        Dialect.MARIADB,
                        Dialect.MYSQL,
                        Dialect.SQLITE)) {
            assertThat(d.quote("x")).isEqualTo(d.identifiers().quote("x"));
            assertThat(d.maxIdentifierLength()).isEqualTo(d.identifiers().maxLength());
            assertThat(d.typeName(SqlType.JSON)).isEqualTo(d.types().typeName(SqlType.JSON));
            assertThat(d.supportsIlike()).isEqualTo(d.like().supportsIlike());
            assertThat(d.likeEscape()).isEqualTo(d.like().escapeClause());
            assertThat(d.likeParameter("A%", true)).isEqualTo(d.like().parameter("A%", true));
            assertThat(d.maxListParameterLength()).isEqualTo(d.largeIn().maxListLength());
            assertThat(d.supportsArrayIn()).isEqualTo(d.largeIn().bindsArray());
            assertThat(d.tableOptions()).isEqualTo(d.ddl().tableOptions());
            assertThat(d.redactMessage("m")).isEqualTo(d.errors().redact("m"));
            assertThat(d.maxBindParameters()).isEqualTo(d.statements().maxBindParameters());
        }
        assertThat(Dialect.POSTGRESQL.supportsArrayIn()).isTrue();
        assertThat(Dialect.MARIADB.supportsArrayIn()).isFalse();
    }
}
