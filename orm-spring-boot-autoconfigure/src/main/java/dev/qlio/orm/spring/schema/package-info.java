/** Schema actions run when a Spring application context starts: create, drop and validate. */
@NullMarked
package dev.qlio.orm.spring.schema;

import org.jspecify.annotations.NullMarked;
