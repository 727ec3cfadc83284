package dev.qlio.orm.internal.exec;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads the row at a result set's cursor.
 *
 * @param <T> what a row becomes
 */
@FunctionalInterface
public interface RowReader<T> {

    /**
     * Reads the current row.
     *
     * @param resultSet the result set, positioned on a row
     * @return the value
     * @throws SQLException from the driver
     */
    T read(ResultSet resultSet) throws SQLException;
}
