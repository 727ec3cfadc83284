package dev.qlio.orm.retry;

import javax.sql.DataSource;
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
     * Whether a session opened now on this data source joins a transaction already bound to the
     * calling thread instead of beginning its own.
     *
     * @param dataSource the database's data source
     * @return whether the session would join
     */
    static boolean joins(DataSource dataSource) {
        return TransactionSynchronizationManager.hasResource(dataSource);
    }
}
