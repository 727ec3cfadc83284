/** The {@code @OrmTest} slice: test auto-configuration for Qlio. */
@NullMarked
package dev.qlio.orm.test.autoconfigure;

import org.jspecify.annotations.NullMarked;
