package dev.qlio.orm.schema.types;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/** A custom type built from one DDL name and a binder and reader. */
final class SimpleCustomType<V> implements CustomType<V> {

    private final Class<V> javaType;

    private final String typeName;

    private final Binder<? super V> binder;

    private final Reader<? extends V> reader;

    SimpleCustomType(
            Class<V> javaType,
            String typeName,
            Binder<? super V> binder,
            Reader<? extends V> reader) {
        if (typeName.isBlank()) {
            throw new IllegalArgumentException(
                    "custom type "
                            + javaType.getName()
                            + " needs a SQL type name, got a blank one");
        }
        this.javaType = javaType;
        this.typeName = typeName;
        this.binder = binder;
        this.reader = reader;
    }

    @Override
    public Class<V> javaType() {
        return this.javaType;
    }

    @Override
    public String typeName(String dialect) {
        return this.typeName;
    }

    @Override
    public void bind(PreparedStatement statement, int index, V value) throws SQLException {
        this.binder.bind(statement, index, value);
    }

    @Override
    public @Nullable V read(ResultSet resultSet, int index) throws SQLException {
        return this.reader.read(resultSet, index);
    }

    @Override
    public String toString() {
        return this.typeName + " as " + this.javaType.getSimpleName();
    }
}
