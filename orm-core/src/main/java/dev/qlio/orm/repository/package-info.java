/** Repositories: a base class giving each table the usual find, save, count and delete methods. */
@NullMarked
package dev.qlio.orm.repository;

import org.jspecify.annotations.NullMarked;
