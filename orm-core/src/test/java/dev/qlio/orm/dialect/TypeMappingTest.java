package dev.qlio.orm.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.schema.types.CustomType;
import dev.qlio.orm.schema.types.SqlType;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Golden DDL type names of each dialect's {@link TypeMapping}, custom types included. */
class TypeMappingTest {

    private static final Map<String, SqlType<?>> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put("smallint", SqlType.SMALLINT);
        TYPES.put("integer", SqlType.INTEGER);
        TYPES.put("bigint", SqlType.BIGINT);
        TYPES.put("real", SqlType.REAL);
        TYPES.put("double", SqlType.DOUBLE);
        TYPES.put("numeric", SqlType.numeric(12, 3));
        TYPES.put("boolean", SqlType.BOOLEAN);
        TYPES.put("text", SqlType.TEXT);
        TYPES.put("varchar", SqlType.varchar(40));
        TYPES.put("date", SqlType.DATE);
        TYPES.put("timestamp", SqlType.TIMESTAMP);
        TYPES.put("timestamptz", SqlType.TIMESTAMPTZ);
        TYPES.put("bytes", SqlType.BYTES);
        TYPES.put("uuid", SqlType.UUID);
        TYPES.put("json", SqlType.JSON);
    }

    private static List<String> names(Dialect dialect) {
        return TYPES.values().stream().map(t -> dialect.types().typeName(t)).toList();
    }

    @Test
    void ddlTypeNamesPerDialect() {
        assertThat(names(Dialect.H2))
                .containsExactly(
                        "SMALLINT",
                        "INTEGER",
                        "BIGINT",
                        "REAL",
                        "DOUBLE PRECISION",
                        "NUMERIC(12, 3)",
                        "BOOLEAN",
                        "CHARACTER VARYING",
                        "VARCHAR(40)",
                        "DATE",
                        "TIMESTAMP(9)",
                        "TIMESTAMP(9) WITH TIME ZONE",
                        "BINARY VARYING",
                        "UUID",
                        "CHARACTER VARYING");
        assertThat(names(Dialect.POSTGRESQL))
                .containsExactly(
                        "SMALLINT",
                        "INTEGER",
                        "BIGINT",
                        "REAL",
                        "DOUBLE PRECISION",
                        "NUMERIC(12, 3)",
                        "BOOLEAN",
                        "TEXT",
                        "VARCHAR(40)",
                        "DATE",
                        "TIMESTAMP(6)",
                        "TIMESTAMP(6) WITH TIME ZONE",
                        "BYTEA",
                        "UUID",
                        "JSONB");
        assertThat(names(Dialect.MARIADB))
                .containsExactly(
                        "SMALLINT",
                        "INTEGER",
                        "BIGINT",
                        "DOUBLE",
                        "DOUBLE",
                        "NUMERIC(12, 3)",
                        "BOOLEAN",
                        "LONGTEXT",
                        "VARCHAR(40)",
                        "DATE",
                        "DATETIME(6)",
                        "DATETIME(6)",
                        "LONGBLOB",
                        "CHAR(36)",
                        "LONGTEXT");
        assertThat(names(Dialect.SQLITE))
                .containsExactly(
                        "INTEGER",
                        "INTEGER",
                        "INTEGER",
                        "REAL",
                        "REAL",
                        "TEXT",
                        "BOOLEAN",
                        "TEXT",
                        "VARCHAR(40)",
                        "TEXT",
                        "TEXT",
                        "TEXT",
                        "BLOB",
                        "TEXT",
                        "TEXT");
        assertThat(Dialect.MYSQL.types().typeName(SqlType.UUID)).isEqualTo("CHAR(36)");
    }

    @Test
    void customTypeNamesItselfPerDialect() {
        CustomType<String> cidr =
                SqlType.custom(
                                String.class,
                                "VARCHAR(43)",
                                (ps, i, v) -> ps.setObject(i, v, Types.OTHER),
                                (rs, i) -> rs.getString(i))
                        .withTypeName("postgresql", "CIDR");
        assertThat(cidr.kind()).isEqualTo(SqlType.Kind.OTHER);
        assertThat(Dialect.POSTGRESQL.types().typeName(cidr)).isEqualTo("CIDR");
        assertThat(Dialect.H2.types().typeName(cidr)).isEqualTo("VARCHAR(43)");
        assertThat(Dialect.MARIADB.ddl().autoincrementType(SqlType.BIGINT))
                .isEqualTo("BIGINT AUTO_INCREMENT");
        // a converted type over a custom one keeps the custom name
        SqlType<StringBuilder> converted =
                SqlType.converted(cidr, StringBuilder.class, StringBuilder::new, Object::toString);
        assertThat(converted).isInstanceOf(CustomType.class);
        assertThat(Dialect.POSTGRESQL.types().typeName(converted)).isEqualTo("CIDR");
    }

    @Test
    void onlyDatabasesThatAlterSomeValueOfAKindCheckValues() {
        // issue 22: PostgreSQL (NUL, lone surrogates), MariaDB (NaN, lone surrogates, years),
        // SQLite (NaN, lone surrogates, years); H2 keeps every value of every kind
        assertThat(Dialect.POSTGRESQL.types().checksValues()).isTrue();
        assertThat(Dialect.H2.types().checksValues()).isFalse();
        assertThat(Dialect.MARIADB.types().checksValues()).isTrue();
        assertThat(Dialect.SQLITE.types().checksValues()).isTrue();
    }
}
