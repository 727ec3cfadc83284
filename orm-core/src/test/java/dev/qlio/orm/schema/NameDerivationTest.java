package dev.qlio.orm.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.schema.types.SqlType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameDerivationTest {

    public static class BookTag extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<String> CREATED_AT = column(SqlType.TEXT);

        @SuppressWarnings("checkstyle:ConstantName")
        public static final Column<String> updatedAt = column(SqlType.TEXT);

        public static final Column<String> RENAMED = column(SqlType.TEXT).named("Some Name");
    }

    /** Never registered anywhere, and touched by one test only. */
    public static class NeverRegistered extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<String> CREATED_AT = column(SqlType.TEXT);
    }

    public static class HTTPLog extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
    }

    @Test
    void constantCaseFieldNameBecomesSnakeCase() {
        assertThat(BookTag.CREATED_AT.name()).isEqualTo("created_at");
        assertThat(BookTag.ID.name()).isEqualTo("id");
    }

    @Test
    void camelCaseFieldNameBecomesSnakeCase() {
        assertThat(BookTag.updatedAt.name()).isEqualTo("updated_at");
    }

    @Test
    void namedOverridesTheDerivedNameExactly() {
        assertThat(BookTag.RENAMED.name()).isEqualTo("Some Name");
        assertThat(BookTag.RENAMED.fieldName()).isEqualTo("RENAMED");
    }

    @Test
    void classNameBecomesSnakeCaseTableName() {
        assertThat(TableMeta.of(BookTag.class).name()).isEqualTo("book_tag");
        assertThat(TableMeta.of(HTTPLog.class).name()).isEqualTo("http_log");
    }

    @Test
    void aColumnRendersItsNameBeforeItsClassIsRegisteredAnywhere() {
        assertThat(NeverRegistered.CREATED_AT.name()).isEqualTo("created_at");
        assertThat(NeverRegistered.CREATED_AT.qualifier()).isEqualTo("never_registered");
        assertThat(NeverRegistered.CREATED_AT.aliasName()).isEqualTo("never_registered_created_at");
        assertThat(NeverRegistered.CREATED_AT.fieldName()).isEqualTo("CREATED_AT");
        assertThat(NeverRegistered.CREATED_AT.position()).isEqualTo(1);
        assertThat(TableMeta.of(NeverRegistered.class).isFrozen()).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "CREATED_AT, created_at",
        "createdAt, created_at",
        "BookTag, book_tag",
        "ID, id",
        "id, id",
        "User, user",
        "HTTPLog, http_log",
        "parseHTTPResponse, parse_http_response",
        "userV2, user_v2",
        "address2Line, address2_line",
        "A, a",
        "already_snake, already_snake",
        "Mixed_Case, mixed_case",
    })
    void snakeCase(String javaName, String sqlName) {
        assertThat(TableMeta.snakeCase(javaName)).isEqualTo(sqlName);
    }
}
