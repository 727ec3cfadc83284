package dev.qlio.benchmarks.model;

import java.time.LocalDate;

/** The canonical form of a book row. */
public record BookRow(long id, long authorId, String title, int pages, LocalDate published) {}
