/** Type fidelity: every edge value of every type is kept exactly or refused clearly. */
@NullMarked
package dev.qlio.orm.types;

import org.jspecify.annotations.NullMarked;
