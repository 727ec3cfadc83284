/**
 * Qlio's typed query builders and relationship loading, run through whichever session they belong
 * to.
 *
 * <p>Internal: not API. Applications must not use it; it may change at any time, in any release.
 */
@NullMarked
package dev.qlio.orm.internal.query;

import org.jspecify.annotations.NullMarked;
