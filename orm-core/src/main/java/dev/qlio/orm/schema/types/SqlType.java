package dev.qlio.orm.schema.types;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The SQL type of a column and the Java type of its values.
 *
 * <p>Every type is stored as one of the standard {@link Kind kinds}; the {@link
 * dev.qlio.orm.dialect.Dialect Dialect} in use decides how a kind is named in DDL, bound to a
 * statement and read from a result. A user type maps its Java values onto a standard kind with
 * {@link #converted(SqlType, Class, Function, Function)}:
 *
 * <pre>{@code
 * SqlType<Money> MONEY = SqlType.converted(SqlType.numeric(19, 4), Money.class,
 *         Money::of, Money::amount);
 * }</pre>
 *
 * <p>A type no kind covers (PostgreSQL's {@code inet}) names, binds and reads itself: see {@link
 * CustomType} and {@link #custom(Class, String, CustomType.Binder, CustomType.Reader)}.
 *
 * <p>Types are immutable and thread-safe.
 *
 * @param <V> the Java type of the values
 */
public interface SqlType<V> {

    /** {@code SMALLINT}, as {@link Short}. */
    SqlType<Short> SMALLINT = new StandardType<>(Kind.SMALLINT);

    /** {@code INTEGER}, as {@link Integer}. */
    SqlType<Integer> INTEGER = new StandardType<>(Kind.INTEGER);

    /** An auto-incrementing {@code INTEGER}, as {@link Integer}. */
    SqlType<Integer> SERIAL = new StandardType<>(Kind.SERIAL);

    /** {@code BIGINT}, as {@link Long}. */
    SqlType<Long> BIGINT = new StandardType<>(Kind.BIGINT);

    /** An auto-incrementing {@code BIGINT}, as {@link Long}. */
    SqlType<Long> BIGSERIAL = new StandardType<>(Kind.BIGSERIAL);

    /** Single-precision floating point, as {@link Float}. */
    SqlType<Float> REAL = new StandardType<>(Kind.REAL);

    /** Double-precision floating point, as {@link Double}. */
    SqlType<Double> DOUBLE = new StandardType<>(Kind.DOUBLE);

    /** {@code BOOLEAN}, as {@link Boolean}. */
    SqlType<Boolean> BOOLEAN = new StandardType<>(Kind.BOOLEAN);

    /** Unbounded text, as {@link String}. */
    SqlType<String> TEXT = new StandardType<>(Kind.TEXT);

    /** A calendar date, as {@link LocalDate}. */
    SqlType<LocalDate> DATE = new StandardType<>(Kind.DATE);

    /** A timestamp without time zone, as {@link LocalDateTime}. */
    SqlType<LocalDateTime> TIMESTAMP = new StandardType<>(Kind.TIMESTAMP);

    /** An instant in time (timestamp with time zone, stored in UTC), as {@link Instant}. */
    SqlType<Instant> TIMESTAMPTZ = new StandardType<>(Kind.TIMESTAMPTZ);

    /** Binary data, as {@code byte[]}. */
    SqlType<byte[]> BYTES = new StandardType<>(Kind.BYTES);

    /** A UUID, as {@link java.util.UUID}. */
    SqlType<java.util.UUID> UUID = new StandardType<>(Kind.UUID);

    /**
     * A JSON document, as {@link String}: PostgreSQL's {@code JSONB}, MariaDB's {@code LONGTEXT}
     * (its {@code JSON} alias), H2's and SQLite's text. On PostgreSQL {@code JSONB} stores the
     * parsed document: it reorders object keys, keeps only the last of duplicate keys and rewrites
     * numbers and white space, so the text read back may differ from the text written. Use {@link
     * #JSON_TEXT} to keep the text exactly.
     */
    SqlType<String> JSON = new StandardType<>(Kind.JSON);

    /**
     * A JSON document kept exactly as written, as {@link String}: PostgreSQL's {@code JSON} (the
     * text, checked to be JSON, not parsed into {@code JSONB}); the same as {@link #JSON} on the
     * other databases, which store text. Reads give back the written text byte for byte; PostgreSQL
     * has no equality on {@code JSON}, so compare such a column in SQL through a cast.
     */
    SqlType<String> JSON_TEXT = new StandardType<>(Kind.JSON, true);

    /**
     * {@code VARCHAR(length)}, as {@link String}.
     *
     * @param length the maximum length in characters, at least 1
     * @return the type
     */
    static SqlType<String> varchar(int length) {
        if (length < 1) {
            throw new IllegalArgumentException(
                    "varchar length must be at least 1, got "
                            + length
                            + "; use SqlType.TEXT for unbounded text");
        }
        return new StandardType<>(Kind.VARCHAR, length, 0, 0);
    }

    /**
     * {@code NUMERIC(precision, scale)}, as {@link BigDecimal}.
     *
     * @param precision total number of digits, 1 to 1000
     * @param scale digits after the decimal point, 0 to {@code precision}
     * @return the type
     */
    static SqlType<BigDecimal> numeric(int precision, int scale) {
        if (precision < 1 || precision > 1000 || scale < 0 || scale > precision) {
            throw new IllegalArgumentException(
                    "numeric("
                            + precision
                            + ", "
                            + scale
                            + ") is invalid: precision must be 1..1000"
                            + " and scale 0..precision");
        }
        return new StandardType<>(Kind.NUMERIC, 0, precision, scale);
    }

    /**
     * An enum stored by its constant name in a {@code VARCHAR} long enough for every name. A name
     * the enum no longer has fails the read, naming the table, column and row; {@link
     * EnumType#orElse} reads such names as one constant instead.
     *
     * @param enumType the enum class
     * @param <E> the enum type
     * @return the type
     */
    static <E extends Enum<E>> EnumType<E> enumOf(Class<E> enumType) {
        int longest =
                Arrays.stream(enumType.getEnumConstants())
                        .mapToInt(e -> e.name().length())
                        .max()
                        .orElse(1);
        return new EnumSqlType<>(enumType, varchar(Math.max(32, longest)), null);
    }

    /**
     * A user type stored as {@code base}: values are converted on the way in and out.
     *
     * @param base the type the database stores
     * @param javaType the Java type users see
     * @param fromDatabase converts a non-null database value to the Java value
     * @param toDatabase converts a non-null Java value to the database value
     * @param <V> the Java type
     * @param <B> the Java type of the base
     * @return the type
     */
    static <V, B> SqlType<V> converted(
            SqlType<B> base,
            Class<V> javaType,
            Function<? super B, ? extends V> fromDatabase,
            Function<? super V, ? extends B> toDatabase) {
        if (base instanceof CustomType<B> custom) {
            // the custom type binds the converted value itself: no kind can carry it
            return new ConvertedCustomType<>(custom, javaType, fromDatabase, toDatabase);
        }
        return new ConvertedType<>(base, javaType, fromDatabase, toDatabase);
    }

    /**
     * A type that names, binds and reads itself, for a database type no standard kind covers:
     *
     * <pre>{@code
     * SqlType<InetAddress> INET = SqlType.custom(InetAddress.class, "INET",
     *         (ps, i, v) -> ps.setObject(i, v.getHostAddress(), java.sql.Types.OTHER),
     *         (rs, i) -> Inet.parse(rs.getString(i)));
     * }</pre>
     *
     * Give it another name on one dialect with {@link CustomType#withTypeName(String, String)}.
     *
     * @param javaType the Java type users see
     * @param typeName the SQL type name in DDL, on every dialect
     * @param binder binds a non-null value ({@code null} is bound as SQL NULL by Qlio)
     * @param reader reads a value, returning {@code null} for SQL NULL
     * @param <V> the Java type
     * @return the type
     */
    static <V> CustomType<V> custom(
            Class<V> javaType,
            String typeName,
            CustomType.Binder<? super V> binder,
            CustomType.Reader<? extends V> reader) {
        return new SimpleCustomType<>(javaType, typeName, binder, reader);
    }

    /**
     * The Java type of the values.
     *
     * @return the class
     */
    Class<V> javaType();

    /**
     * The standard kind the database stores values as.
     *
     * @return the kind
     */
    Kind kind();

    /**
     * The maximum length of a {@link Kind#VARCHAR}, else 0.
     *
     * @return the length
     */
    default int length() {
        return 0;
    }

    /**
     * The precision of a {@link Kind#NUMERIC}, else 0.
     *
     * @return the precision
     */
    default int precision() {
        return 0;
    }

    /**
     * The scale of a {@link Kind#NUMERIC}, else 0.
     *
     * @return the scale
     */
    default int scale() {
        return 0;
    }

    /**
     * Converts a Java value to the value of the {@link #kind()}'s Java type.
     *
     * @param value a value of this type, never {@code null}
     * @return the database value
     */
    Object toDatabase(V value);

    /**
     * Converts a value of the {@link #kind()}'s Java type to this type's Java value.
     *
     * @param value the database value, never {@code null}
     * @return the Java value
     */
    V fromDatabase(Object value);

    /**
     * Whether {@link #toDatabase} and {@link #fromDatabase} are the identity.
     *
     * @return {@code true} for the standard types
     */
    default boolean isStandard() {
        return false;
    }

    /**
     * The standard SQL kinds every dialect knows how to name, bind and read, and {@link #OTHER} for
     * a {@link CustomType} that does so itself.
     */
    enum Kind {
        /** 16-bit integer. */
        SMALLINT(Short.class),
        /** 32-bit integer. */
        INTEGER(Integer.class),
        /** Auto-incrementing 32-bit integer. */
        SERIAL(Integer.class),
        /** 64-bit integer. */
        BIGINT(Long.class),
        /** Auto-incrementing 64-bit integer. */
        BIGSERIAL(Long.class),
        /** Single-precision float. */
        REAL(Float.class),
        /** Double-precision float. */
        DOUBLE(Double.class),
        /** Exact decimal. */
        NUMERIC(BigDecimal.class),
        /** Boolean. */
        BOOLEAN(Boolean.class),
        /** Unbounded text. */
        TEXT(String.class),
        /** Bounded text. */
        VARCHAR(String.class),
        /** Date. */
        DATE(LocalDate.class),
        /** Timestamp without time zone. */
        TIMESTAMP(LocalDateTime.class),
        /** Timestamp with time zone. */
        TIMESTAMPTZ(Instant.class),
        /** Binary. */
        BYTES(byte[].class),
        /** UUID. */
        UUID(java.util.UUID.class),
        /** JSON document as text. */
        JSON(String.class),
        /**
         * A database-specific type a {@link CustomType} names, binds and reads itself; no dialect
         * binds a list of it as one parameter.
         */
        OTHER(Object.class);

        private final Class<?> javaType;

        Kind(Class<?> javaType) {
            this.javaType = javaType;
        }

        /**
         * The Java type values of this kind are bound and read as.
         *
         * @return the class
         */
        public Class<?> javaType() {
            return this.javaType;
        }

        /**
         * Whether the database generates values of this kind.
         *
         * @return {@code true} for {@link #SERIAL} and {@link #BIGSERIAL}
         */
        public boolean isSerial() {
            return this == SERIAL || this == BIGSERIAL;
        }

        /**
         * Whether this kind holds integers.
         *
         * @return {@code true} for the integer kinds
         */
        public boolean isInteger() {
            return this == SMALLINT || this == INTEGER || this == BIGINT || isSerial();
        }
    }

    /**
     * Returns {@code value} converted for the database, {@code null} staying {@code null}.
     *
     * @param type the type
     * @param value the Java value
     * @param <V> the Java type
     * @return the database value
     */
    static <V> @Nullable Object toDatabaseNullable(SqlType<V> type, @Nullable V value) {
        return value == null ? null : type.toDatabase(value);
    }
}
