/** Auto-configuration of Qlio for Spring Boot. */
@NullMarked
package dev.qlio.orm.autoconfigure;

import org.jspecify.annotations.NullMarked;
