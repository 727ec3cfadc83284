/** SQL column types and the Java types of their values. */
@NullMarked
package dev.qlio.orm.schema.types;

import org.jspecify.annotations.NullMarked;
