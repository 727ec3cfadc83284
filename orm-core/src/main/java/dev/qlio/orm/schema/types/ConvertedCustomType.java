package dev.qlio.orm.schema.types;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A user type stored as a custom type: converted on the way in and out, then bound and read by the
 * custom type, which a kind-based conversion could not do.
 */
final class ConvertedCustomType<V, B> implements CustomType<V> {

    private final CustomType<B> base;

    private final Class<V> javaType;

    private final Function<? super B, ? extends V> fromDatabase;

    private final Function<? super V, ? extends B> toDatabase;

    ConvertedCustomType(
            CustomType<B> base,
            Class<V> javaType,
            Function<? super B, ? extends V> fromDatabase,
            Function<? super V, ? extends B> toDatabase) {
        this.base = base;
        this.javaType = javaType;
        this.fromDatabase = fromDatabase;
        this.toDatabase = toDatabase;
    }

    @Override
    public Class<V> javaType() {
        return this.javaType;
    }

    @Override
    public String typeName(String dialect) {
        return this.base.typeName(dialect);
    }

    @Override
    public void bind(PreparedStatement statement, int index, V value) throws SQLException {
        this.base.bind(statement, index, this.toDatabase.apply(value));
    }

    @Override
    public @Nullable V read(ResultSet resultSet, int index) throws SQLException {
        B value = this.base.read(resultSet, index);
        return value == null ? null : this.fromDatabase.apply(value);
    }

    @Override
    public void bindNull(PreparedStatement statement, int index) throws SQLException {
        this.base.bindNull(statement, index);
    }

    @Override
    public String toString() {
        return this.base + " as " + this.javaType.getSimpleName();
    }
}
