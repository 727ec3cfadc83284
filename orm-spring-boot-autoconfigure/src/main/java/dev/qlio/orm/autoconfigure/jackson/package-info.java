/** Auto-configuration of rows in JSON. */
@NullMarked
package dev.qlio.orm.autoconfigure.jackson;

import org.jspecify.annotations.NullMarked;
