/** Auto-configuration of the {@code orm} actuator endpoint. */
@NullMarked
package dev.qlio.orm.autoconfigure.endpoint;

import org.jspecify.annotations.NullMarked;
