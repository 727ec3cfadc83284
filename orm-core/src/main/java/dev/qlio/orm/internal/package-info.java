/** Qlio's engine: SQL rendering, statement execution and sessions. Not for applications. */
@NullMarked
package dev.qlio.orm.internal;

import org.jspecify.annotations.NullMarked;
