/**
 * Qlio's Spring Framework integration: the transaction-aware shared {@code Session} and the
 * classpath scanner for table classes.
 */
@NullMarked
package dev.qlio.orm.spring;

import org.jspecify.annotations.NullMarked;
