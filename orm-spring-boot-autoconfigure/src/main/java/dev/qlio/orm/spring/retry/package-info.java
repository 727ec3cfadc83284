/**
 * Declarative retry of whole transactions with Spring Framework's {@code @Retryable}: {@link
 * dev.qlio.orm.spring.retry.TransientTransactionFailure}.
 */
@NullMarked
package dev.qlio.orm.spring.retry;

import org.jspecify.annotations.NullMarked;
