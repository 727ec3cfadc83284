package dev.qlio.orm.internal.exec;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How a statement is created on a connection: prepared (the usual way), prepared to return
 * generated keys, or a plain statement for raw SQL without parameters.
 *
 * @param <S> the JDBC statement type
 */
@FunctionalInterface
public interface Preparation<S extends Statement> {

    /** A plain {@link java.sql.PreparedStatement}. */
    Preparation<java.sql.PreparedStatement> PREPARED = Connection::prepareStatement;

    /** A plain {@link Statement}; the SQL is given to the execution. */
    Preparation<Statement> PLAIN = (connection, sql) -> connection.createStatement();

    /**
     * Creates the statement.
     *
     * @param connection the connection
     * @param sql the SQL
     * @return the statement, closed by the executor
     * @throws SQLException from the driver
     */
    S prepare(Connection connection, String sql) throws SQLException;
}
