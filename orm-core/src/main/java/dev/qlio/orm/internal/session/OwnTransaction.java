package dev.qlio.orm.internal.session;

import dev.qlio.orm.internal.engine.Engine;
import dev.qlio.orm.internal.exec.Operation;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The session's own transaction. It begins with the first statement that may write, so a session
 * that only reads costs no transaction round trips — except above READ COMMITTED, where a read
 * outside the transaction would not belong to its snapshot (a SERIALIZABLE read-modify-write would
 * lose its isolation): there the first statement of any kind begins it.
 */
final class OwnTransaction implements TransactionStrategy {

    private final Engine engine;

    private final Connection connection;

    private final boolean restoreAutoCommit;

    private final boolean readsBeginTransaction;

    /** Whether the transaction has begun (auto-commit off). */
    private boolean inTransaction;

    /** Whether statements ran in the transaction since it last ended. */
    private boolean pending;

    OwnTransaction(Engine engine, Connection connection) throws SQLException {
        this.engine = engine;
        this.connection = connection;
        this.restoreAutoCommit = connection.getAutoCommit();
        this.inTransaction = !this.restoreAutoCommit;
        this.readsBeginTransaction = !this.inTransaction && !engine.readsMayPrecede(connection);
    }

    @Override
    public Connection connection() {
        return this.connection;
    }

    @Override
    public boolean joined() {
        return false;
    }

    @Override
    public void beforeStatement(Operation operation) {
        if (this.readsBeginTransaction || !operation.readOnly()) {
            begin();
        }
        this.pending |= this.inTransaction;
    }

    @Override
    public void beforeCursor(boolean needsTransaction) {
        if (needsTransaction || this.readsBeginTransaction) {
            begin();
        }
    }

    @Override
    public boolean active() {
        return this.inTransaction;
    }

    @Override
    public void begin() {
        if (!this.inTransaction) {
            try {
                this.connection.setAutoCommit(false);
            } catch (SQLException ex) {
                throw this.engine.translate("Qlio begin transaction", null, ex);
            }
            this.inTransaction = true;
        }
        this.pending = true;
    }

    @Override
    public void commit() {
        if (!this.inTransaction) {
            return; // only reads ran, each committed on its own
        }
        try {
            this.pending = false;
            this.connection.commit();
        } catch (SQLException ex) {
            throw this.engine.translate("Qlio commit", null, ex);
        }
    }

    @Override
    public void rollback() {
        if (!this.inTransaction) {
            return;
        }
        try {
            this.pending = false;
            this.connection.rollback();
        } catch (SQLException ex) {
            throw this.engine.translate("Qlio rollback", null, ex);
        }
    }

    @Override
    public void end() {
        if (!this.inTransaction) {
            return;
        }
        try {
            try {
                if (this.pending) {
                    this.connection.rollback();
                }
            } finally {
                if (this.restoreAutoCommit) {
                    this.connection.setAutoCommit(true);
                }
            }
        } catch (SQLException ex) {
            // a broken connection: the pool validates it before reuse
        }
    }

    @Override
    public boolean restoreAutoCommit() {
        return this.restoreAutoCommit;
    }
}
