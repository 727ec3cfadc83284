/**
 * Qlio's sessions: the unit of work, its transaction strategies, row writes and the
 * transaction-aware shared session.
 *
 * <p>Internal: not API. Applications must not use it; it may change at any time, in any release.
 */
@NullMarked
package dev.qlio.orm.internal.session;

import org.jspecify.annotations.NullMarked;
