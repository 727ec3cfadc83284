package dev.qlio.orm.internal.exec;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * The statement-specific part of an execution: binds the parameters, executes and maps the result,
 * telling {@link RowCount} what it read or wrote.
 *
 * @param <S> the JDBC statement type
 * @param <R> the result
 */
@FunctionalInterface
public interface Execution<S extends Statement, R> {

    /**
     * Binds, executes and maps.
     *
     * @param statement the prepared statement
     * @param rows where to count rows read and written
     * @return the result
     * @throws SQLException from the driver
     */
    R run(S statement, RowCount rows) throws SQLException;
}
