/** Sessions: units of work that read and write rows. */
@NullMarked
package dev.qlio.orm.session;

import org.jspecify.annotations.NullMarked;
