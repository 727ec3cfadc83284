/** Internal row access for sessions and loaders; not for applications. */
@NullMarked
package dev.qlio.orm.schema.internal;

import org.jspecify.annotations.NullMarked;
