package dev.qlio.orm.dialect;

import dev.qlio.orm.schema.types.CustomType;
import dev.qlio.orm.schema.types.SqlType;
import org.springframework.dao.DataAccessException;

/**
 * The type role of a dialect: how each {@link SqlType} is named in DDL, bound to a statement and
 * read from a result, and which values the database would refuse before they are sent. A {@link
 * CustomType} is asked first; every other type goes through its kind, converted for user types.
 * Subclasses override single kinds where their database differs. Thread-safe.
 */
public class TypeMapping {

    private final String dialect;

    private final ValueBinder[] binders;

    private final ValueReader[] readers;

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
        for (SqlType.Kind kind : kinds) {
            this.binders[kind.ordinal()] = kindBinder(kind);
            this.readers[kind.ordinal()] = kindReader(kind);
        }
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
     * Whether {@link #checkValue} does anything, so callers can skip it.
     *
     * @return whether values need checking
     */
    public boolean checksValues() {
        return false;
    }

    /**
     * Checks that the database can store a value exactly, before it is bound.
     *
     * @param column the column, for the message ({@code table.column})
     * @param kind the column's kind
     * @param value the database value of the kind, not {@code null}
     * @throws DataAccessException if the database would refuse or alter it
     */
    public void checkValue(String column, SqlType.Kind kind, Object value) {}

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
