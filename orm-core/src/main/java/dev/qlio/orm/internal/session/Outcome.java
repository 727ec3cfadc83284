package dev.qlio.orm.internal.session;

/**
 * How a session's own unit of work ends: committed (unless a statement failed — then rolled back
 * and refused), rolled back, or ended by {@code close()}. The rows it wrote become final only with
 * a commit; every other end puts them back as they were before it.
 */
final class Outcome {

    private Outcome() {}

    /** Commits, or rolls back and throws when a statement of the unit of work failed. */
    static void commit(TransactionStrategy transaction, UnitOfWork unitOfWork) {
        if (transaction.joined()) {
            throw JoinedTransaction.springOwns("commit");
        }
        if (unitOfWork.failure() != null) {
            RuntimeException doomed = unitOfWork.doomed();
            rollbackAfter(transaction, unitOfWork, doomed);
            throw doomed;
        }
        try {
            transaction.commit();
        } catch (RuntimeException ex) {
            // the outcome is unknown or the database rolled back: a row must not count as written
            // while its write may be gone, or the next attempt would silently skip it
            rollbackAfter(transaction, unitOfWork, ex);
            throw ex;
        }
        unitOfWork.committed();
    }

    /** Rolls back and puts every row the unit of work wrote back as it was before. */
    static void rollback(TransactionStrategy transaction, UnitOfWork unitOfWork) {
        if (transaction.joined()) {
            throw JoinedTransaction.springOwns("rollback");
        }
        try {
            transaction.rollback();
        } finally {
            unitOfWork.rolledBack();
        }
    }

    /** Ends the unit of work at {@code close()}: what was not committed is undone. */
    static void end(TransactionStrategy transaction, UnitOfWork unitOfWork) {
        try {
            transaction.end();
        } finally {
            // a joined session's unit of work ends with the Spring transaction, not here
            if (!transaction.joined()) {
                unitOfWork.rolledBack();
            }
        }
    }

    private static void rollbackAfter(
            TransactionStrategy transaction, UnitOfWork unitOfWork, RuntimeException failure) {
        try {
            transaction.rollback();
        } catch (RuntimeException ex) {
            failure.addSuppressed(ex);
        } finally {
            unitOfWork.rolledBack();
        }
    }
}
