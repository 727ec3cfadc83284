package dev.qlio.orm.spring.retry;

import dev.qlio.orm.retry.RetryableErrors;
import java.lang.reflect.Method;
import org.springframework.resilience.retry.MethodRetryPredicate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Qlio's retry classification for Spring Framework's {@code @Retryable}: retries a method whose
 * transaction failed with a serialization failure or deadlock ({@link RetryableErrors#isTransient}:
 * SQLSTATE 40001, 40P01, MySQL/MariaDB 1213, Aurora DSQL OC000/OC001) — but only at the outermost
 * transaction boundary. When the failed call ran inside a transaction that is still active (it
 * joined its caller's), running the method alone again cannot help: the database has doomed the
 * whole transaction, so the error goes to the transaction's owner.
 *
 * <pre>{@code
 * @EnableResilientMethods                       // once, on a configuration class
 *
 * @Retryable(predicate = TransientTransactionFailure.class, maxRetries = 4, delay = 10,
 *            multiplier = 2, jitter = 5)
 * @Transactional(isolation = Isolation.SERIALIZABLE)
 * public void transfer(long from, long to, long amount) { ... }   // reads fresh rows each time
 * }</pre>
 *
 * <p>{@code @Retryable}'s interceptor runs outside {@code @Transactional}'s, so every attempt is a
 * new transaction that reads the rows again. Stateless; Spring creates it by its no-argument
 * constructor.
 */
public final class TransientTransactionFailure implements MethodRetryPredicate {

    /** The predicate; Spring instantiates it for each {@code @Retryable} method. */
    public TransientTransactionFailure() {}

    @Override
    public boolean shouldRetry(Method method, Throwable failure) {
        return RetryableErrors.isTransient(failure)
                && !TransactionSynchronizationManager.isActualTransactionActive();
    }
}
