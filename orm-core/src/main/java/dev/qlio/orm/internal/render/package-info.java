/**
 * Qlio's SQL rendering: descriptions plus a dialect in, SQL text and bound parameters out, without
 * a connection.
 *
 * <p>Internal: not API. Applications must not use it; it may change at any time, in any release.
 */
@NullMarked
package dev.qlio.orm.internal.render;

import org.jspecify.annotations.NullMarked;
