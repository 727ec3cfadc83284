/**
 * Qlio's engine: the shared, precomputed per-table state of one database.
 *
 * <p>Internal: not API. Applications must not use it; it may change at any time, in any release.
 */
@NullMarked
package dev.qlio.orm.internal.engine;

import org.jspecify.annotations.NullMarked;
