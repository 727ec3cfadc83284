package dev.qlio.orm.internal.ddl;

import java.sql.Types;
import java.util.Locale;

/**
 * What a column type name means, whoever spells it: databases report their own spelling of what
 * {@code CREATE TABLE} said ({@code INTEGER} comes back as {@code int4} from PostgreSQL, {@code
 * BOOLEAN} as {@code TINYINT(1)} from MariaDB).
 */
enum TypeFamily {
    SMALLINT,
    INTEGER,
    BIGINT,
    REAL,
    DOUBLE,
    NUMERIC,
    BOOLEAN,
    CHAR,
    VARCHAR,
    TEXT,
    DATE,
    TIME,
    TIMESTAMP,
    TIMESTAMPTZ,
    BINARY,
    UUID,
    JSON,
    OTHER;

    boolean isInteger() {
        return this == SMALLINT || this == INTEGER || this == BIGINT;
    }

    /** Lower case, without parameters ({@code (6)}), {@code unsigned} and extra spaces. */
    static String normalize(String typeName) {
        return typeName.toLowerCase(Locale.ROOT)
                .replaceAll("\\([^)]*\\)", "")
                .replace(" unsigned", "")
                .replaceAll("\\s+", " ")
                .trim();
    }

    static TypeFamily of(String typeName, int jdbcType) {
        switch (normalize(typeName)) {
            case "smallint":
            case "int2":
                return SMALLINT;
            case "integer":
            case "int":
            case "int4":
            case "mediumint":
            case "serial":
                return INTEGER;
            case "bigint":
            case "int8":
            case "bigserial":
                return BIGINT;
            case "real":
            case "float4":
            case "float":
                return REAL;
            case "double":
            case "double precision":
            case "float8":
                return DOUBLE;
            case "numeric":
            case "decimal":
                return NUMERIC;
            case "boolean":
            case "bool":
            case "bit":
                return BOOLEAN;
            case "tinyint":
                // MariaDB's BOOLEAN is TINYINT(1), reported as BIT or BOOLEAN by the driver
                return jdbcType == Types.BIT || jdbcType == Types.BOOLEAN ? BOOLEAN : SMALLINT;
            case "char":
            case "character":
            case "bpchar":
                return CHAR;
            case "varchar":
            case "character varying":
            case "nvarchar":
            case "varchar_ignorecase":
                return VARCHAR;
            case "text":
            case "tinytext":
            case "mediumtext":
            case "longtext":
            case "clob":
            case "character large object":
                return TEXT;
            case "date":
                return DATE;
            case "time":
                return TIME;
            case "timestamp":
            case "datetime":
            case "timestamp without time zone":
                return TIMESTAMP;
            case "timestamptz":
            case "timestamp with time zone":
                return TIMESTAMPTZ;
            case "bytea":
            case "blob":
            case "tinyblob":
            case "mediumblob":
            case "longblob":
            case "binary varying":
            case "varbinary":
            case "binary large object":
                return BINARY;
            case "uuid":
                return UUID;
            case "json":
            case "jsonb":
                return JSON;
            default:
                return OTHER;
        }
    }
}
