/**
 * Retry of whole transactions after serialization failures and deadlocks: {@link
 * dev.qlio.orm.retry.TransactionRetry}.
 */
@NullMarked
package dev.qlio.orm.retry;

import org.jspecify.annotations.NullMarked;
