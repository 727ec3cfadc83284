package dev.qlio.orm.internal.exec;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Binds the parameters of a prepared statement. */
@FunctionalInterface
public interface Binder {

    /** Binds nothing. */
    Binder NONE = statement -> {};

    /**
     * Binds every parameter.
     *
     * @param statement the statement
     * @throws SQLException from the driver
     */
    void bind(PreparedStatement statement) throws SQLException;
}
