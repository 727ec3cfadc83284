package dev.qlio.orm.dialect;

import dev.qlio.orm.schema.types.CustomType;
import dev.qlio.orm.schema.types.SqlType;
import dev.qlio.orm.schema.types.ValueNotStorableException;
import org.jspecify.annotations.Nullable;

/**
 * The type role of a dialect: how each {@link SqlType} is named in DDL, bound to a statement and
 * read from a result, and which values the database would refuse before they are sent. A {@link
 * CustomType} is asked first; every other type goes through its kind, converted for user types.
 * Subclasses override single kinds where their database differs. Thread-safe.
 *
 * <p>Values the database would alter or cannot hold are refused before they are sent, with a {@link
 * ValueNotStorableException}: {@link #kindCheck} says what a kind can never hold on the database,
 * {@link #columnCheck} what one column cannot (a {@code NUMERIC}'s scale), and {@link #valueCheck}
 * combines both once per column. docs/types.md lists what each database keeps.
 */
public class TypeMapping {

    private final String dialect;

    private final ValueBinder[] binders;

    private final ValueReader[] readers;

    private final @Nullable ValueCheck[] kindChecks;

    private final boolean checksValues;

    /**
     * The types of a dialect, with the per-kind binders and readers built once.
     *
     * @param dialect the dialect's name, which a {@link CustomType} is asked its DDL name for
     */
    @SuppressWarnings("this-escape")
    protected TypeMapping(String dialect) {
        this.dialect = dialect;
        SqlType.Kind[] kinds = SqlType.Kind.values();
        this.binders = new ValueBinder[kinds.length];
        this.readers = new ValueReader[kinds.length];
        this.kindChecks = new ValueCheck[kinds.length];
        boolean checks = false;
        for (SqlType.Kind kind : kinds) {
            this.binders[kind.ordinal()] = kindBinder(kind);
            this.readers[kind.ordinal()] = kindReader(kind);
            this.kindChecks[kind.ordinal()] = kindCheck(kind);
            checks |= this.kindChecks[kind.ordinal()] != null;
        }
        this.checksValues = checks;
    }

    /**
     * The dialect's name, as given to the constructor.
     *
     * @return the name, e.g. {@code mariadb}
     */
    protected final String dialectName() {
        return this.dialect;
    }

    /**
     * The type's name in DDL: the custom type's own, else its kind's.
     *
     * @param type the type
     * @return the SQL type name
     */
    public String typeName(SqlType<?> type) {
        if (type instanceof CustomType<?> custom) {
            return custom.typeName(this.dialect);
        }
        return kindName(type);
    }

    /**
     * The DDL name of a type of a standard kind (length, precision and scale from the type).
     *
     * @param type the type
     * @return the SQL type name
     */
    protected String kindName(SqlType<?> type) {
        switch (type.kind()) {
            case SMALLINT:
                return "SMALLINT";
            case INTEGER:
            case SERIAL:
                return "INTEGER";
            case BIGINT:
            case BIGSERIAL:
                return "BIGINT";
            case REAL:
                return "REAL";
            case DOUBLE:
                return "DOUBLE PRECISION";
            case NUMERIC:
                return "NUMERIC(" + type.precision() + ", " + type.scale() + ")";
            case BOOLEAN:
                return "BOOLEAN";
            case TEXT:
                return "TEXT";
            case VARCHAR:
                return "VARCHAR(" + type.length() + ")";
            case DATE:
                return "DATE";
            case TIMESTAMP:
                return "TIMESTAMP";
            case TIMESTAMPTZ:
                return "TIMESTAMP WITH TIME ZONE";
            case BYTES:
                return "BYTEA";
            case UUID:
                return "UUID";
            case JSON:
                return "JSON";
            default:
                throw new IllegalArgumentException(
                        "No SQL name for kind " + type.kind() + " of type " + type);
        }
    }

    /**
     * The binder for a type: the custom type's own, else its kind's after the type's conversion.
     *
     * @param type the type
     * @return the binder, taking the type's Java values
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public ValueBinder binder(SqlType<?> type) {
        if (type instanceof CustomType<?> custom) {
            CustomType raw = custom;
            return (ps, i, v) -> {
                if (v == null) {
                    raw.bindNull(ps, i);
                } else {
                    raw.bind(ps, i, v);
                }
            };
        }
        ValueBinder kindBinder = this.binders[type.kind().ordinal()];
        if (type.isStandard()) {
            return kindBinder;
        }
        SqlType raw = type;
        return (ps, i, v) -> kindBinder.bind(ps, i, v == null ? null : raw.toDatabase(v));
    }

    /**
     * The reader for a type: the custom type's own, else its kind's then the type's conversion.
     *
     * @param type the type
     * @return the reader, returning the type's Java values
     */
    public ValueReader reader(SqlType<?> type) {
        if (type instanceof CustomType<?> custom) {
            return custom::read;
        }
        ValueReader kindReader = this.readers[type.kind().ordinal()];
        if (type.isStandard()) {
            return kindReader;
        }
        return (rs, i) -> {
            Object v = kindReader.read(rs, i);
            return v == null ? null : type.fromDatabase(v);
        };
    }

    /**
     * How values of a kind are bound; override the kinds the database's driver treats differently.
     *
     * @param kind the kind
     * @return the binder
     */
    protected ValueBinder kindBinder(SqlType.Kind kind) {
        return StandardBinders.binder(kind);
    }

    /**
     * How values of a kind are read; override the kinds the database's driver treats differently.
     *
     * @param kind the kind
     * @return the reader
     */
    protected ValueReader kindReader(SqlType.Kind kind) {
        return StandardBinders.reader(kind);
    }

    /**
     * What the database cannot hold of a kind at all, whatever the column: checked for values
     * written and for values compared in conditions. Override for the database's limits.
     *
     * @param kind the kind
     * @return the check of the kind's database values, or {@code null} when every value is kept
     */
    protected @Nullable ValueCheck kindCheck(SqlType.Kind kind) {
        return null;
    }

    /**
     * What a column of the type cannot hold beyond {@link #kindCheck}: by default a {@code
     * NUMERIC}'s scale and precision, which every database would round or refuse, and the instants
     * that have no date in UTC ({@link java.time.Instant#MIN}), which no driver can send.
     *
     * @param type the column's type, of a standard kind
     * @return the check of the kind's database values, or {@code null}
     */
    protected @Nullable ValueCheck columnCheck(SqlType<?> type) {
        if (type.kind() == SqlType.Kind.NUMERIC && type.precision() > 0) {
            return ValueChecks.numeric(type.precision(), type.scale());
        }
        if (type.kind() == SqlType.Kind.TIMESTAMPTZ) {
            return ValueChecks.years(
                    dialectName(),
                    -999_999_999,
                    999_999_999,
                    "receives instants as UTC date-times, which cannot hold it");
        }
        return null;
    }

    /**
     * The check of the values written to a column of the type, built once per column: the kind's
     * and the column's checks, applied to the database value after the type's conversion.
     *
     * @param type the column's type
     * @return the check, taking the type's Java values; {@code null} when every value is kept (a
     *     {@link CustomType} checks its own values)
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public @Nullable ValueCheck valueCheck(SqlType<?> type) {
        if (type instanceof CustomType<?>) {
            return null;
        }
        ValueCheck kind = this.kindChecks[type.kind().ordinal()];
        ValueCheck column = columnCheck(type);
        ValueCheck both = kind == null ? column : column == null ? kind : kind.andThen(column);
        if (both == null || type.isStandard()) {
            return both;
        }
        SqlType raw = type;
        return (name, value) -> both.check(name, raw.toDatabase(value));
    }

    /**
     * Whether {@link #checkValue} does anything, so callers can skip it.
     *
     * @return whether values need checking
     */
    public boolean checksValues() {
        return this.checksValues;
    }

    /**
     * Checks that the database can hold a value of a kind at all, before it is bound; for values
     * compared in conditions and raw parameters ({@link #valueCheck} covers values written).
     *
     * @param column the column, for the message ({@code table.column})
     * @param kind the column's kind
     * @param value the database value of the kind, not {@code null}
     * @throws ValueNotStorableException if the database would refuse or alter it
     */
    public void checkValue(String column, SqlType.Kind kind, Object value) {
        ValueCheck check = this.kindChecks[kind.ordinal()];
        if (check != null) {
            check.check(column, value);
        }
    }

    /**
     * The SQL type name of array elements of a kind, for {@link java.sql.Connection#createArrayOf}.
     *
     * @param kind the element kind
     * @return the name
     */
    public String arrayElementType(SqlType.Kind kind) {
        return kindName(new ArrayElement(kind));
    }

    /** A bare kind, to name array elements. */
    private record ArrayElement(SqlType.Kind kind) implements SqlType<Object> {
        @Override
        @SuppressWarnings("unchecked")
        public Class<Object> javaType() {
            return (Class<Object>) this.kind.javaType();
        }

        @Override
        public Object toDatabase(Object value) {
            return value;
        }

        @Override
        public Object fromDatabase(Object value) {
            return value;
        }

        @Override
        public boolean isStandard() {
            return true;
        }
    }
}
