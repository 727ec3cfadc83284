/**
 * Internal row state and the hooks sessions and {@code Database} use to reach it; not for
 * applications. Sits below {@code dev.qlio.orm.schema} and names nothing of it.
 */
@NullMarked
package dev.qlio.orm.schema.internal;

import org.jspecify.annotations.NullMarked;
