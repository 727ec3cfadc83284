package dev.qlio.orm.internal.session;

import dev.qlio.orm.internal.engine.Engine;
import dev.qlio.orm.internal.exec.ConnectionSource;
import dev.qlio.orm.internal.exec.OpenCursor;
import dev.qlio.orm.internal.exec.Operation;
import java.sql.Connection;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;

/**
 * Where a session's statements run: its connection while the session is open, with the transaction
 * begun as each statement needs, the streams it has open (closed when the transaction ends), and
 * the session's part in its thread's sessions ({@link ThreadSessions}).
 */
final class SessionConnection implements ConnectionSource {

    /** The session, kept reachable by the executor while a statement runs (see its fence). */
    @SuppressWarnings({"unused", "FieldCanBeLocal"})
    private final Object owner;

    private final TransactionStrategy transaction;

    private final UnitOfWork unitOfWork;

    private final boolean streamingNeedsTransaction;

    private final Cursors cursors = new Cursors();

    private final ThreadSessions.Member thread;

    private final LeakDetection.@Nullable Origin origin;

    private boolean closed;

    SessionConnection(
            Object owner,
            Engine engine,
            TransactionStrategy transaction,
            UnitOfWork unitOfWork,
            LeakDetection.@Nullable Origin origin) {
        this.owner = owner;
        this.transaction = transaction;
        this.unitOfWork = unitOfWork;
        this.streamingNeedsTransaction = engine.dialect().statements().streamingNeedsTransaction();
        this.thread = ThreadSessions.join(engine, transaction, origin);
        this.origin = origin;
    }

    /** The connection, refused once the session is closed. */
    Connection connection() {
        if (this.closed) {
            throw new IllegalStateException(
                    "Session is closed: open a new one with Database.session()");
        }
        return this.transaction.connection();
    }

    @Override
    public Connection connectionFor(Operation operation) {
        Connection c = connection();
        this.transaction.beforeStatement(operation);
        this.thread.beforeStatement(operation);
        return c;
    }

    @Override
    public Connection cursorConnection() {
        Connection c = connection();
        // a PostgreSQL cursor lives in a transaction; elsewhere reads stream in auto-commit unless
        // the isolation level makes reads part of the transaction
        this.transaction.beforeCursor(this.streamingNeedsTransaction);
        this.thread.beforeStatement(Operation.SELECT);
        return c;
    }

    @Override
    public void cursorOpened(OpenCursor cursor) {
        this.cursors.opened(cursor);
    }

    @Override
    public void cursorClosed(OpenCursor cursor) {
        this.cursors.closed(cursor);
    }

    @Override
    public void statementFailed(Operation operation, RuntimeException error) {
        // a failed statement dooms the unit of work: commit() will roll back and refuse
        if (this.transaction.active()) {
            this.unitOfWork.failed(error);
        }
    }

    @Override
    public RuntimeException explain(DataAccessException error) {
        return this.thread.explain(error);
    }

    /**
     * Commits or rolls back: the streams read inside the transaction are closed first.
     *
     * @param call {@code "commit()"} or {@code "rollback()"}, for a later read's message
     * @param end what ends the transaction
     */
    void endTransaction(String call, Runnable end) {
        connection();
        this.cursors.closeAll("the session's " + call);
        try {
            end.run();
        } finally {
            this.thread.transactionEnded();
        }
    }

    /**
     * Closes the streams left open and leaves the thread's sessions; later statements are refused.
     *
     * @return whether it was open
     */
    boolean close() {
        if (this.closed) {
            return false;
        }
        this.cursors.closeLeftOpen(this.origin);
        this.closed = true;
        this.thread.closed();
        return true;
    }
}
