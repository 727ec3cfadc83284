/** The JSON REST API under {@code /api} and its error answers. */
@NullMarked
package dev.qlio.sample.web;

import org.jspecify.annotations.NullMarked;
