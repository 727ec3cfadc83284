/** Rows in JSON with Jackson 3: {@link dev.qlio.orm.jackson.QlioJacksonModule}. */
@NullMarked
package dev.qlio.orm.jackson;

import org.jspecify.annotations.NullMarked;
