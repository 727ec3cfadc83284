/**
 * Qlio's DDL implementation (rendering, live-schema reading, execution); not API, may change at any
 * time.
 */
@NullMarked
package dev.qlio.orm.internal.ddl;

import org.jspecify.annotations.NullMarked;
