package dev.qlio.orm.dialect;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/** Binds one Java value of a column type to a statement parameter; precomputed per column. */
@FunctionalInterface
public interface ValueBinder {

    /**
     * Binds a value.
     *
     * @param statement the statement
     * @param index the one-based parameter index
     * @param value the Java value of the column type, or {@code null} for SQL NULL
     * @throws SQLException if the driver refuses it
     */
    void bind(PreparedStatement statement, int index, @Nullable Object value) throws SQLException;
}
