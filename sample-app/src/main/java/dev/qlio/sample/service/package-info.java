/** The bookshop's transactional services: each public method is one unit of work. */
@NullMarked
package dev.qlio.sample.service;

import org.jspecify.annotations.NullMarked;
