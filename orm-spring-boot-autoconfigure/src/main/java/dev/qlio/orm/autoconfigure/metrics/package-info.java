/** Auto-configuration of Qlio's observations and meters. */
@NullMarked
package dev.qlio.orm.autoconfigure.metrics;

import org.jspecify.annotations.NullMarked;
