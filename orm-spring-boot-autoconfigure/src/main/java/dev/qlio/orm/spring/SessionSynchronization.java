package dev.qlio.orm.spring;

import dev.qlio.orm.Database;
import dev.qlio.orm.session.Session;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.ResourceHolderSupport;
import org.springframework.transaction.support.ResourceHolderSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Binds one {@link Session} per database to the current Spring transaction and closes it when the
 * transaction completes. The binding is suspended and resumed with the transaction, so {@code
 * REQUIRES_NEW} gets a session of its own.
 */
final class SessionSynchronization
        extends ResourceHolderSynchronization<SessionSynchronization.SessionHolder, Database> {

    private SessionSynchronization(SessionHolder holder, Database database) {
        super(holder, database);
    }

    /**
     * The session bound to the current transaction, opened and bound on first use.
     *
     * @param database the database, also the key of the binding
     * @return the session, or {@code null} when no transaction is active
     */
    static @Nullable Session transactionalSession(Database database) {
        SessionHolder holder =
                (SessionHolder) TransactionSynchronizationManager.getResource(database);
        if (holder != null) {
            holder.requested();
            return holder.session;
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Session session = database.session();
        holder = new SessionHolder(session);
        holder.setSynchronizedWithTransaction(true);
        holder.requested();
        TransactionSynchronizationManager.registerSynchronization(
                new SessionSynchronization(holder, database));
        TransactionSynchronizationManager.bindResource(database, holder);
        return session;
    }

    @Override
    protected void releaseResource(SessionHolder holder, Database database) {
        // inside a Spring transaction close() only releases: the transaction manager commits
        holder.session.close();
    }

    /** The session of one transaction. */
    static final class SessionHolder extends ResourceHolderSupport {

        private final Session session;

        SessionHolder(Session session) {
            this.session = session;
        }
    }
}
