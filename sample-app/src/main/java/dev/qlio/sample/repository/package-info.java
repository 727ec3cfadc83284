/** Repositories: found by the Qlio starter, no annotation needed. */
@NullMarked
package dev.qlio.sample.repository;

import org.jspecify.annotations.NullMarked;
