package dev.qlio.orm.internal.session;

import dev.qlio.orm.internal.engine.Engine;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.ResourceHolderSupport;
import org.springframework.transaction.support.ResourceHolderSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Binds one session per database to the current Spring transaction and closes it when the
 * transaction completes. The binding is suspended and resumed with the transaction, so {@code
 * REQUIRES_NEW} gets a session of its own.
 */
final class SessionSynchronization
        extends ResourceHolderSynchronization<SessionSynchronization.SessionHolder, Engine> {

    private SessionSynchronization(SessionHolder holder, Engine engine) {
        super(holder, engine);
    }

    /**
     * The session bound to the current transaction, opened and bound on first use.
     *
     * @param engine the database's engine, also the key of the binding
     * @return the session, or {@code null} when no transaction is active
     */
    static @Nullable DefaultSession transactionalSession(Engine engine) {
        SessionHolder holder =
                (SessionHolder) TransactionSynchronizationManager.getResource(engine);
        if (holder != null) {
            holder.requested();
            return holder.session;
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        DefaultSession session = new DefaultSession(engine);
        holder = new SessionHolder(session);
        holder.setSynchronizedWithTransaction(true);
        holder.requested();
        TransactionSynchronizationManager.registerSynchronization(
                new SessionSynchronization(holder, engine));
        TransactionSynchronizationManager.bindResource(engine, holder);
        return session;
    }

    /**
     * Whether the current thread's transaction is read-only.
     *
     * @return whether a read-only Spring transaction is active
     */
    static boolean readOnlyTransaction() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    @Override
    protected void releaseResource(SessionHolder holder, Engine engine) {
        // inside a Spring transaction close() only releases: the transaction manager commits
        holder.session.close();
    }

    /** The session of one transaction. */
    static final class SessionHolder extends ResourceHolderSupport {

        private final DefaultSession session;

        SessionHolder(DefaultSession session) {
            this.session = session;
        }
    }
}
