package dev.qlio.orm.internal.ddl;

import dev.qlio.orm.ddl.SchemaDifference;
import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.TableMeta;
import dev.qlio.orm.schema.types.SqlType;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
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

    List<SchemaDifference> compare(
            Column<?> column,
            LiveSchema.@Nullable LiveColumn live,
            Collection<String> livePrimaryKey) {
        String table = column.table().name();
        String expectedType = this.dialect.types().typeName(column.type());
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
                            wider(column.type(), live)
                                    ? SchemaDifference.Kind.TYPE_WIDER
                                    : SchemaDifference.Kind.TYPE_MISMATCH,
                            table,
                            column.name(),
                            expectedType,
                            describe(live)));
        }
        // SQLite reports an INTEGER PRIMARY KEY (the rowid) nullable, though it never holds NULL
        boolean keyNeverNull = column.isPrimaryKey() && livePrimaryKey.contains(column.name());
        if (column.isNullable() != live.nullable() && !(keyNeverNull && live.nullable())) {
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
        TypeFamily expected = TypeFamily.of(expectedType, Types.OTHER);
        TypeFamily actual = TypeFamily.of(live.typeName(), live.jdbcType());
        if (expected == TypeFamily.OTHER || actual == TypeFamily.OTHER) {
            // a type Qlio does not know (a custom dialect's): only the same name will do
            return TypeFamily.normalize(expectedType).equals(TypeFamily.normalize(live.typeName()));
        }
        if (expected != actual && !(sameIntegers() && expected.isInteger() && actual.isInteger())) {
            return false;
        }
        if (type.kind() == SqlType.Kind.VARCHAR && actual == TypeFamily.VARCHAR) {
            return live.size() == type.length();
        }
        if (type.kind() == SqlType.Kind.NUMERIC && actual == TypeFamily.NUMERIC) {
            return live.size() == type.precision() && live.scale() == type.scale();
        }
        return true;
    }

    /**
     * Whether a live type that is not the declared one still holds every value of it: text or a
     * longer {@code VARCHAR} for a {@code VARCHAR}, a {@code NUMERIC} of the same scale and more
     * integer digits, a wider integer.
     */
    private static boolean wider(SqlType<?> type, LiveSchema.LiveColumn live) {
        TypeFamily actual = TypeFamily.of(live.typeName(), live.jdbcType());
        return switch (type.kind()) {
            case VARCHAR ->
                    actual == TypeFamily.TEXT
                            || (actual == TypeFamily.VARCHAR && live.size() > type.length());
            case TEXT -> false;
            case NUMERIC ->
                    actual == TypeFamily.NUMERIC
                            && live.scale() == type.scale()
                            && live.size() - live.scale() >= type.precision() - type.scale();
            case SMALLINT -> actual == TypeFamily.INTEGER || actual == TypeFamily.BIGINT;
            case INTEGER -> actual == TypeFamily.BIGINT;
            default -> false;
        };
    }

    /** The primary-key difference of a table, or {@code null} when the keys agree. */
    @Nullable SchemaDifference primaryKey(TableMeta<?> table, List<String> live) {
        List<String> expected =
                table.primaryKey() == null
                        ? List.of()
                        : table.primaryKey().columns().stream().map(Column::name).toList();
        if (expected.isEmpty() || new HashSet<>(expected).equals(new HashSet<>(live))) {
            return null;
        }
        return new SchemaDifference(
                SchemaDifference.Kind.MISSING_PRIMARY_KEY,
                table.name(),
                null,
                "PRIMARY KEY (" + String.join(", ", expected) + ")",
                live.isEmpty()
                        ? "no primary key"
                        : "PRIMARY KEY (" + String.join(", ", live) + ")");
    }

    /** A difference for a declared unique column without a unique constraint or index. */
    SchemaDifference missingUnique(Column<?> column) {
        return new SchemaDifference(
                SchemaDifference.Kind.MISSING_UNIQUE,
                column.table().name(),
                column.name(),
                "UNIQUE",
                "not unique");
    }

    /** A difference for a live column the model does not declare. */
    SchemaDifference extraColumn(String table, LiveSchema.LiveColumn live) {
        boolean required = !live.nullable() && !live.hasDefault();
        return new SchemaDifference(
                required
                        ? SchemaDifference.Kind.EXTRA_REQUIRED_COLUMN
                        : SchemaDifference.Kind.EXTRA_COLUMN,
                table,
                live.name(),
                "none",
                live.name() + " " + describe(live));
    }

    /**
     * Whether the dialect stores every integer alike (SQLite: one INTEGER storage class of up to 8
     * bytes, whatever the declared width), so that {@code BIGINT} and {@code INTEGER} agree.
     */
    private boolean sameIntegers() {
        String integer = this.dialect.types().typeName(SqlType.INTEGER);
        return integer.equals(this.dialect.types().typeName(SqlType.BIGINT))
                && integer.equals(this.dialect.types().typeName(SqlType.SMALLINT));
    }

    private static String describe(LiveSchema.LiveColumn live) {
        String name = live.typeName();
        TypeFamily family = TypeFamily.of(name, live.jdbcType());
        if (name.indexOf('(') >= 0) {
            return name;
        }
        if (family == TypeFamily.VARCHAR || family == TypeFamily.CHAR) {
            return name + "(" + live.size() + ")";
        }
        if (family == TypeFamily.NUMERIC) {
            return name + "(" + live.size() + ", " + live.scale() + ")";
        }
        return name;
    }
}
