package dev.qlio.orm.dialect;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/** Reads one column value by index as the column type's Java value; precomputed per column. */
@FunctionalInterface
public interface ValueReader {

    /**
     * Reads a value.
     *
     * @param resultSet the result set, on a row
     * @param index the one-based column index
     * @return the Java value, or {@code null} for SQL NULL
     * @throws SQLException if the driver fails
     */
    @Nullable Object read(ResultSet resultSet, int index) throws SQLException;
}
