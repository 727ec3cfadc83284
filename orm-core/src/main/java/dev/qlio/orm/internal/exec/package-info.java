/**
 * Qlio's statement execution: the one lifecycle every statement takes (observe, prepare, bind,
 * execute, map, count rows, translate errors) and its instrumentation.
 *
 * <p>Internal: not API. Applications must not use it; it may change at any time, in any release.
 */
@NullMarked
package dev.qlio.orm.internal.exec;

import org.jspecify.annotations.NullMarked;
