/** Ahead-of-time processing support: runtime hints for table classes. */
@NullMarked
package dev.qlio.orm.spring.aot;

import org.jspecify.annotations.NullMarked;
