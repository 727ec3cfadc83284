/** SQL dialects: what differs between H2, PostgreSQL, MariaDB/MySQL and SQLite. */
@NullMarked
package dev.qlio.orm.dialect;

import org.jspecify.annotations.NullMarked;
