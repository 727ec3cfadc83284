package dev.qlio.benchmarks;

import dev.qlio.benchmarks.model.AuthorRow;
import dev.qlio.benchmarks.model.BookRow;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The deterministic data set: {@value #AUTHORS} authors and {@value #BOOKS} books (ten per author),
 * every value a pure function of the row number, so every database and every run holds the same
 * rows.
 */
public final class DataSet {

    /** Rows in {@code author}, ids 1..AUTHORS. */
    public static final int AUTHORS = 10_000;

    /** Rows in {@code book}, ids 1..BOOKS. */
    public static final int BOOKS = 100_000;

    /** Bumped whenever the schema or the values change, so a kept server-side copy is rebuilt. */
    static final int VERSION = 1;

    private static final LocalDate BORN_BASE = LocalDate.of(1950, 1, 1);

    private static final LocalDate PUBLISHED_BASE = LocalDate.of(1990, 1, 1);

    private static final LocalDateTime CREATED_BASE = LocalDateTime.of(2020, 1, 1, 0, 0);

    private DataSet() {}

    /** The author with this number (also its id when seeded). */
    public static AuthorRow author(long i) {
        return new AuthorRow(
                i,
                "Author " + i,
                i % 10 == 0 ? null : "author" + i + "@example.com",
                BORN_BASE.plusDays((i * 37) % 20_000),
                (i % 500) / 100.0,
                i % 3 != 0,
                CREATED_BASE.plusSeconds(i * 3671),
                (int) ((i * 7919) % 100_000));
    }

    /** The book with this number (also its id when seeded). */
    public static BookRow book(long j) {
        return new BookRow(
                j,
                authorOfBook(j),
                "Book " + j,
                100 + (int) (j % 900),
                PUBLISHED_BASE.plusDays(j % 10_000));
    }

    /** The author a seeded book belongs to. */
    public static long authorOfBook(long j) {
        return ((j - 1) % AUTHORS) + 1;
    }
}
