package dev.qlio.orm.internal.session;

import java.util.IdentityHashMap;
import java.util.Map;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends the unit of work of a session that takes part in a Spring-managed transaction when that
 * transaction ends: a doomed unit of work refuses the commit (Spring then rolls back and rethrows),
 * a rollback puts the rows back, a commit makes their write state final. Savepoints Spring sets and
 * rolls back ({@code Propagation.NESTED}) open and undo scopes of the unit of work like the
 * session's own. Registered when the session opens, with the transaction whose connection it got.
 */
final class JoinedCompletion implements TransactionSynchronization {

    private final UnitOfWork unitOfWork;

    /** The scopes of the savepoints Spring set since this was registered. */
    private final Map<Object, UnitOfWork.Mark> savepoints = new IdentityHashMap<>(2);

    private JoinedCompletion(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    /**
     * Registers the completion of a unit of work with the current transaction, if Spring keeps
     * synchronizations for it (a transaction manager set to never synchronize tells nobody).
     *
     * @param unitOfWork the unit of work
     */
    static void register(UnitOfWork unitOfWork) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(
                    new JoinedCompletion(unitOfWork));
        }
    }

    @Override
    public void savepoint(Object savepoint) {
        this.savepoints.put(savepoint, this.unitOfWork.savepoint());
    }

    @Override
    public void savepointRollback(Object savepoint) {
        UnitOfWork.Mark mark = this.savepoints.remove(savepoint);
        if (mark == null) {
            // set before this unit of work recorded anything: all of it comes after the savepoint
            this.unitOfWork.rolledBackTo(UnitOfWork.Mark.START);
            return;
        }
        this.unitOfWork.rolledBackTo(mark);
        // Spring releases a savepoint once it rolled back to it
        this.unitOfWork.released(mark);
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        if (this.unitOfWork.failure() != null) {
            // Spring rolls back on an exception from beforeCommit and rethrows it to the caller;
            // not
            // on a TransactionException, which it takes for a failed commit (and then, resetting
            // auto-commit, the connection would commit after all)
            throw this.unitOfWork.doomed();
        }
    }

    @Override
    public void afterCompletion(int status) {
        if (status == STATUS_COMMITTED) {
            this.unitOfWork.committed();
        } else {
            // rolled back, or unknown (the commit failed midway): a row that counts as written
            // while its write may be gone would be silently skipped by the next attempt
            this.unitOfWork.rolledBack();
        }
    }
}
