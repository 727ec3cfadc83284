/** The {@code orm} health contributor: schema drift between Qlio's metadata and the database. */
@NullMarked
package dev.qlio.orm.actuate.health;

import org.jspecify.annotations.NullMarked;
