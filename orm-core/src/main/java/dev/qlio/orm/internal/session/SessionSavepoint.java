package dev.qlio.orm.internal.session;

import dev.qlio.orm.internal.engine.Engine;
import dev.qlio.orm.session.Savepoint;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/** A JDBC savepoint of a session's transaction. */
final class SessionSavepoint implements Savepoint {

    private final java.sql.Savepoint savepoint;

    private final Engine engine;

    private final Supplier<Connection> connection;

    private SessionSavepoint(
            java.sql.Savepoint savepoint, Engine engine, Supplier<Connection> connection) {
        this.savepoint = savepoint;
        this.engine = engine;
        this.connection = connection;
    }

    /** Sets a savepoint on the connection (whose transaction has begun). */
    static Savepoint set(Connection c, Engine engine, Supplier<Connection> connection) {
        try {
            return new SessionSavepoint(c.setSavepoint(), engine, connection);
        } catch (SQLException ex) {
            throw engine.translate("Qlio savepoint", null, ex);
        }
    }

    @Override
    public void rollback() {
        try {
            this.connection.get().rollback(this.savepoint);
        } catch (SQLException ex) {
            throw this.engine.translate("Qlio rollback to savepoint", null, ex);
        }
    }

    @Override
    public void release() {
        try {
            this.connection.get().releaseSavepoint(this.savepoint);
        } catch (SQLException ex) {
            throw this.engine.translate("Qlio release savepoint", null, ex);
        }
    }
}
