/** The {@code orm} actuator endpoint: Qlio's model as JSON and as a Mermaid ER diagram. */
@NullMarked
package dev.qlio.orm.actuate.endpoint;

import org.jspecify.annotations.NullMarked;
