package dev.qlio.orm.internal.session;

import dev.qlio.orm.internal.engine.Engine;
import dev.qlio.orm.session.Savepoint;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;

/**
 * A JDBC savepoint of a session's transaction, and the scope it opens in the session's {@link
 * UnitOfWork}: rolling back to it restores the rows written since and lifts a failure since.
 */
final class SessionSavepoint implements Savepoint {

    private final java.sql.Savepoint savepoint;

    private final Engine engine;

    private final Supplier<Connection> connection;

    private final UnitOfWork unitOfWork;

    private final UnitOfWork.Mark mark;

    private SessionSavepoint(
            java.sql.Savepoint savepoint,
            Engine engine,
            Supplier<Connection> connection,
            UnitOfWork unitOfWork) {
        this.savepoint = savepoint;
        this.engine = engine;
        this.connection = connection;
        this.unitOfWork = unitOfWork;
        this.mark = unitOfWork.savepoint();
    }

    /** Sets a savepoint on the connection (whose transaction has begun). */
    static Savepoint set(
            Connection c, Engine engine, Supplier<Connection> connection, UnitOfWork unitOfWork) {
        try {
            return new SessionSavepoint(c.setSavepoint(), engine, connection, unitOfWork);
        } catch (SQLException ex) {
            throw engine.translate("Qlio savepoint", null, ex);
        }
    }

    @Override
    public void rollback() {
        try {
            this.connection.get().rollback(this.savepoint);
        } catch (SQLException ex) {
            // the transaction is in an unknown state: it must not commit
            DataAccessException translated =
                    this.engine.translate("Qlio rollback to savepoint", null, ex);
            this.unitOfWork.failed(translated);
            throw translated;
        }
        this.unitOfWork.rolledBackTo(this.mark);
    }

    @Override
    public void release() {
        try {
            this.connection.get().releaseSavepoint(this.savepoint);
        } catch (SQLException ex) {
            throw this.engine.translate("Qlio release savepoint", null, ex);
        }
        this.unitOfWork.released(this.mark);
    }
}
