/** Conditions and orderings: the typed building blocks of queries. */
@NullMarked
package dev.qlio.orm.expression;

import org.jspecify.annotations.NullMarked;
