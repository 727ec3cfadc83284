/**
 * Observability of Qlio: the {@code qlio.orm.query} observation's context and convention, the
 * listener behind the row and retry counters, and a statement counter for tests.
 */
@NullMarked
package dev.qlio.orm.observation;

import org.jspecify.annotations.NullMarked;
