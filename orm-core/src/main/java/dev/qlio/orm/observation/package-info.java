/** Observability helpers: counting and observing the statements Qlio runs. */
@NullMarked
package dev.qlio.orm.observation;

import org.jspecify.annotations.NullMarked;
