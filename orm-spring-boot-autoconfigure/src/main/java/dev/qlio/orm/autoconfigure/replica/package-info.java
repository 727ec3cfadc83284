/**
 * Read replicas by configuration ({@code qlio.orm.replica.*}): {@link
 * dev.qlio.orm.autoconfigure.replica.ReplicaRouting} and its auto-configuration.
 */
@NullMarked
package dev.qlio.orm.autoconfigure.replica;

import org.jspecify.annotations.NullMarked;
