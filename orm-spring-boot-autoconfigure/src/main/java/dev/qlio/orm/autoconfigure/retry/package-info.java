/** Auto-configuration of Qlio's {@link dev.qlio.orm.retry.TransactionRetry} and its metric. */
@NullMarked
package dev.qlio.orm.autoconfigure.retry;

import org.jspecify.annotations.NullMarked;
