/** The schema model: tables, columns, keys, indexes, relationships and their registry. */
@NullMarked
package dev.qlio.orm.schema;

import org.jspecify.annotations.NullMarked;
