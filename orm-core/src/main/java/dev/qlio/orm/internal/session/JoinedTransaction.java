package dev.qlio.orm.internal.session;

import dev.qlio.orm.internal.exec.Operation;
import java.sql.Connection;

/**
 * A Spring-managed transaction the session takes part in: statements run on its connection, and
 * only Spring commits or rolls back, as a whole.
 */
final class JoinedTransaction implements TransactionStrategy {

    private final Connection connection;

    JoinedTransaction(Connection connection) {
        this.connection = connection;
    }

    @Override
    public Connection connection() {
        return this.connection;
    }

    @Override
    public boolean joined() {
        return true;
    }

    @Override
    public void beforeStatement(Operation operation) {}

    @Override
    public void beforeCursor(boolean needsTransaction) {}

    @Override
    public boolean active() {
        return true;
    }

    @Override
    public void begin() {}

    @Override
    public void commit() {
        throw springOwns("commit");
    }

    @Override
    public void rollback() {
        throw springOwns("rollback");
    }

    @Override
    public void end() {}

    @Override
    public boolean restoreAutoCommit() {
        return false;
    }

    static IllegalStateException springOwns(String verb) {
        return new IllegalStateException(
                "Cannot "
                        + verb
                        + ": this session takes part in a Spring-managed"
                        + " transaction, which commits or rolls back as a whole (use @Transactional or a"
                        + " TransactionTemplate)");
    }
}
