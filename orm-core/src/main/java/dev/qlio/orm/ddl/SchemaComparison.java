package dev.qlio.orm.ddl;

import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.TableMeta;
import dev.qlio.orm.schema.types.SqlType;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Compares declared columns with live ones. Types are compared by family, because databases report
 * their own spelling of what {@code CREATE TABLE} said ({@code INTEGER} comes back as {@code int4}
 * from PostgreSQL, {@code BOOLEAN} as {@code TINYINT(1)} from MariaDB), plus the length of a {@code
 * VARCHAR} and the precision and scale of a {@code NUMERIC}.
 */
final class SchemaComparison {

    private final Dialect dialect;

    SchemaComparison(Dialect dialect) {
        this.dialect = dialect;
    }

    SchemaDifference missingTable(TableMeta<?> table) {
        return new SchemaDifference(
                SchemaDifference.Kind.MISSING_TABLE,
                table.name(),
                null,
                "table with " + table.columns().size() + " columns",
                "none");
    }

    List<SchemaDifference> compare(Column<?> column, LiveSchema.@Nullable LiveColumn live) {
        String table = column.table().name();
        String expectedType = this.dialect.typeName(column.type());
        List<SchemaDifference> differences = new ArrayList<>();
        if (live == null) {
            differences.add(
                    new SchemaDifference(
                            SchemaDifference.Kind.MISSING_COLUMN,
                            table,
                            column.name(),
                            expectedType,
                            "none"));
            return differences;
        }
        if (!typeMatches(column.type(), expectedType, live)) {
            differences.add(
                    new SchemaDifference(
                            SchemaDifference.Kind.TYPE_MISMATCH,
                            table,
                            column.name(),
                            expectedType,
                            describe(live)));
        }
        if (column.isNullable() != live.nullable()) {
            differences.add(
                    new SchemaDifference(
                            SchemaDifference.Kind.NULLABILITY_MISMATCH,
                            table,
                            column.name(),
                            column.isNullable() ? "NULL" : "NOT NULL",
                            live.nullable() ? "NULL" : "NOT NULL"));
        }
        return differences;
    }

    private boolean typeMatches(SqlType<?> type, String expectedType, LiveSchema.LiveColumn live) {
        Family expected = Family.of(expectedType, Types.OTHER);
        Family actual = Family.of(live.typeName(), live.jdbcType());
        if (expected == Family.OTHER || actual == Family.OTHER) {
            // a type Qlio does not know (a custom dialect's): only the same name will do
            return Family.normalize(expectedType).equals(Family.normalize(live.typeName()));
        }
        if (expected != actual && !(sameIntegers() && expected.isInteger() && actual.isInteger())) {
            return false;
        }
        if (type.kind() == SqlType.Kind.VARCHAR && actual == Family.VARCHAR) {
            return live.size() == type.length();
        }
        if (type.kind() == SqlType.Kind.NUMERIC && actual == Family.NUMERIC) {
            return live.size() == type.precision() && live.scale() == type.scale();
        }
        return true;
    }

    /**
     * Whether the dialect stores every integer alike (SQLite: one INTEGER storage class of up to 8
     * bytes, whatever the declared width), so that {@code BIGINT} and {@code INTEGER} agree.
     */
    private boolean sameIntegers() {
        String integer = this.dialect.typeName(SqlType.INTEGER);
        return integer.equals(this.dialect.typeName(SqlType.BIGINT))
                && integer.equals(this.dialect.typeName(SqlType.SMALLINT));
    }

    private static String describe(LiveSchema.LiveColumn live) {
        String name = live.typeName();
        Family family = Family.of(name, live.jdbcType());
        if (name.indexOf('(') >= 0) {
            return name;
        }
        if (family == Family.VARCHAR || family == Family.CHAR) {
            return name + "(" + live.size() + ")";
        }
        if (family == Family.NUMERIC) {
            return name + "(" + live.size() + ", " + live.scale() + ")";
        }
        return name;
    }

    /** What a type name means, whoever spells it. */
    enum Family {
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

        static Family of(String typeName, int jdbcType) {
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
}
