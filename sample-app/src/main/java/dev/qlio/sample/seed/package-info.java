/** Sample data, written through the ORM at startup. */
@NullMarked
package dev.qlio.sample.seed;

import org.jspecify.annotations.NullMarked;
