/** Qlio: a table-first ORM. {@link dev.qlio.orm.Database} is the entry point. */
@NullMarked
package dev.qlio.orm;

import org.jspecify.annotations.NullMarked;
