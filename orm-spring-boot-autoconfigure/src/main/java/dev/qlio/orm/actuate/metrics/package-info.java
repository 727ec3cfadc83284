/** Micrometer meters of Qlio: row and retry counters and the active-sessions gauge. */
@NullMarked
package dev.qlio.orm.actuate.metrics;

import org.jspecify.annotations.NullMarked;
