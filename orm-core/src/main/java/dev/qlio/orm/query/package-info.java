/** Typed select, update and delete queries. */
@NullMarked
package dev.qlio.orm.query;

import org.jspecify.annotations.NullMarked;
