/** Qlio's Spring Framework integration: the classpath scanner for table classes. */
@NullMarked
package dev.qlio.orm.spring;

import org.jspecify.annotations.NullMarked;
