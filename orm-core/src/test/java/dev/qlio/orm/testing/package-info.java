/** Test infrastructure: real databases (H2, PostgreSQL, MariaDB, SQLite) for shared suites. */
@NullMarked
package dev.qlio.orm.testing;

import org.jspecify.annotations.NullMarked;
