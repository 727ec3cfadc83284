/** Auto-configuration of the {@code orm} health contributor. */
@NullMarked
package dev.qlio.orm.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
