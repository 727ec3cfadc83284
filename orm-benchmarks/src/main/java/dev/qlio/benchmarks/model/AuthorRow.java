package dev.qlio.benchmarks.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The canonical form of an author row, what every peer's entity is compared as in the smoke test.
 */
public record AuthorRow(
        long id,
        String name,
        String email,
        LocalDate born,
        double rating,
        boolean active,
        LocalDateTime createdAt,
        int score) {}
