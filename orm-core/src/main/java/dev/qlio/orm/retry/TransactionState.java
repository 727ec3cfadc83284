package dev.qlio.orm.retry;

import dev.qlio.orm.Database;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one place where retry asks about the transaction around the calling thread. A retry may run a
 * unit of work again only when it owns the whole transaction: inside someone else's, an aborted
 * transaction cannot be continued, so the error belongs to that transaction's owner.
 */
final class TransactionState {

    private TransactionState() {}

    /**
     * Whether the calling thread is inside a transaction it does not own (a Spring-managed one).
     *
     * @return whether a transaction is active
     */
    static boolean isActualTransactionActive() {
        return TransactionSynchronizationManager.isActualTransactionActive();
    }

    /**
     * Whether a session opened now joins a transaction already bound to the calling thread instead
     * of beginning its own: the database's transaction strategy answers.
     *
     * @param database the database
     * @return whether the session would join
     */
    static boolean joins(Database database) {
        return database.inManagedTransaction();
    }
}
