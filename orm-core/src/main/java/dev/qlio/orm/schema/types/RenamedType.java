package dev.qlio.orm.schema.types;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A custom type with its own DDL name on one dialect; everything else is the original's. */
final class RenamedType<V> implements CustomType<V> {

    private final CustomType<V> type;

    private final String dialect;

    private final String typeName;

    RenamedType(CustomType<V> type, String dialect, String typeName) {
        this.type = type;
        this.dialect = dialect.toLowerCase(Locale.ROOT);
        this.typeName = typeName;
    }

    @Override
    public Class<V> javaType() {
        return this.type.javaType();
    }

    @Override
    public String typeName(String dialect) {
        return this.dialect.equals(dialect.toLowerCase(Locale.ROOT))
                ? this.typeName
                : this.type.typeName(dialect);
    }

    @Override
    public void bind(PreparedStatement statement, int index, V value) throws SQLException {
        this.type.bind(statement, index, value);
    }

    @Override
    public @Nullable V read(ResultSet resultSet, int index) throws SQLException {
        return this.type.read(resultSet, index);
    }

    @Override
    public void bindNull(PreparedStatement statement, int index) throws SQLException {
        this.type.bindNull(statement, index);
    }

    @Override
    public String toString() {
        return this.type + " (" + this.typeName + " on " + this.dialect + ")";
    }
}
