/** The bookshop's table classes: authors, books, tags and reviews. */
@NullMarked
package dev.qlio.sample.model;

import org.jspecify.annotations.NullMarked;
