package dev.qlio.orm.schema.types;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import org.jspecify.annotations.Nullable;

/**
 * A column type that names, binds and reads itself, for a database type no standard {@link
 * SqlType.Kind kind} covers: PostgreSQL's {@code inet} as {@link java.net.InetAddress}, a money
 * value kept in one column, a driver-specific object.
 *
 * <p>The dialect asks a custom type first, before its own kind-based binders: {@link
 * #typeName(String)} names the column in DDL for a dialect, {@link #bind} sends a non-null value
 * and {@link #read} reads one back. Build one with {@link SqlType#custom(Class, String,
 * CustomType.Binder, CustomType.Reader)}, or implement this interface directly:
 *
 * <pre>{@code
 * SqlType<InetAddress> INET = SqlType.custom(InetAddress.class, "INET",
 *         (ps, i, v) -> ps.setObject(i, v.getHostAddress(), java.sql.Types.OTHER),
 *         (rs, i) -> Inet.parse(rs.getString(i)));
 * }</pre>
 *
 * <p>Its {@link #kind()} is {@link SqlType.Kind#OTHER}: Qlio then never treats its values as one of
 * the standard kinds (a large {@code IN} list is bound value by value with {@link #bind}, for
 * instance). Implementations must be immutable and thread-safe.
 *
 * @param <V> the Java type of the values
 */
public interface CustomType<V> extends SqlType<V> {

    /**
     * The type's name in DDL on a dialect.
     *
     * @param dialect the dialect's name ({@code h2}, {@code postgresql}, {@code mariadb}, {@code
     *     mysql}, {@code sqlite}, or a custom dialect's)
     * @return the SQL type name, e.g. {@code INET}
     */
    String typeName(String dialect);

    /**
     * Binds a non-null value to a statement parameter.
     *
     * @param statement the statement
     * @param index the one-based parameter index
     * @param value the value, never {@code null}
     * @throws SQLException if the driver refuses it
     */
    void bind(PreparedStatement statement, int index, V value) throws SQLException;

    /**
     * Reads a column value, {@code null} for SQL NULL.
     *
     * @param resultSet the result set, on a row
     * @param index the one-based column index
     * @return the value, or {@code null}
     * @throws SQLException if the driver fails
     */
    @Nullable V read(ResultSet resultSet, int index) throws SQLException;

    /**
     * Binds SQL NULL; by default as {@link Types#OTHER}, which every built-in database accepts for
     * any column type.
     *
     * @param statement the statement
     * @param index the one-based parameter index
     * @throws SQLException if the driver refuses it
     */
    default void bindNull(PreparedStatement statement, int index) throws SQLException {
        statement.setNull(index, Types.OTHER);
    }

    /**
     * Always {@link SqlType.Kind#OTHER}: the type binds and reads itself.
     *
     * @return {@link SqlType.Kind#OTHER}
     */
    @Override
    default Kind kind() {
        return Kind.OTHER;
    }

    /**
     * The value itself: {@link #bind} receives the Java value.
     *
     * @param value the value
     * @return the value
     */
    @Override
    default Object toDatabase(V value) {
        return value;
    }

    /**
     * The value itself, cast to the Java type.
     *
     * @param value the value
     * @return the value
     */
    @Override
    default V fromDatabase(Object value) {
        return javaType().cast(value);
    }

    /**
     * This type with another DDL name on one dialect, e.g. {@code CIDR} on PostgreSQL and {@code
     * VARCHAR(43)} elsewhere.
     *
     * @param dialect the dialect's name
     * @param typeName the SQL type name on that dialect
     * @return the renamed type
     */
    default CustomType<V> withTypeName(String dialect, String typeName) {
        return new RenamedType<>(this, dialect, typeName);
    }

    /**
     * Binds a non-null value of a custom type.
     *
     * @param <V> the Java type
     */
    @FunctionalInterface
    interface Binder<V> {

        /**
         * Binds a value.
         *
         * @param statement the statement
         * @param index the one-based parameter index
         * @param value the value, never {@code null}
         * @throws SQLException if the driver refuses it
         */
        void bind(PreparedStatement statement, int index, V value) throws SQLException;
    }

    /**
     * Reads a value of a custom type.
     *
     * @param <V> the Java type
     */
    @FunctionalInterface
    interface Reader<V> {

        /**
         * Reads a value.
         *
         * @param resultSet the result set, on a row
         * @param index the one-based column index
         * @return the value, or {@code null} for SQL NULL
         * @throws SQLException if the driver fails
         */
        @Nullable V read(ResultSet resultSet, int index) throws SQLException;
    }
}
