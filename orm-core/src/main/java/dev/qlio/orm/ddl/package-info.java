/** The DDL API: schema creation, alteration and validation against the live database. */
@NullMarked
package dev.qlio.orm.ddl;

import org.jspecify.annotations.NullMarked;
