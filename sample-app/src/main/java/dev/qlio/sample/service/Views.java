package dev.qlio.sample.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The JSON shapes the API answers with. */
public final class Views {

    private Views() {}

    /** A page of results. */
    public record Page<T>(
            List<T> content, int page, int size, long totalElements, long totalPages) {

        static <T> Page<T> of(List<T> content, int page, int size, long total) {
            return new Page<>(content, page, size, total, (total + size - 1) / size);
        }
    }

    /** An author as books show it. */
    public record AuthorRef(long id, String name) {}

    /** A book in a list: with its author and tags. */
    public record BookSummary(
            long id,
            String isbn,
            String title,
            AuthorRef author,
            @Nullable Integer year,
            BigDecimal price,
            List<String> tags,
            int version) {}

    /** One book with all its relations. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record BookDetail(
            long id,
            String isbn,
            String title,
            AuthorRef author,
            @Nullable Integer year,
            BigDecimal price,
            @Nullable String description,
            List<String> tags,
            List<ReviewView> reviews,
            @Nullable Double averageRating,
            Instant createdAt,
            int version) {}

    /** A review. */
    public record ReviewView(
            long id, String reviewer, int rating, @Nullable String comment, Instant createdAt) {}

    /** An author. */
    public record AuthorView(
            long id, String name, @Nullable String country, @Nullable String bio) {}

    /** An author with the titles of their books. */
    public record AuthorDetail(
            long id,
            String name,
            @Nullable String country,
            @Nullable String bio,
            List<BookRef> books) {}

    /** A book as its author shows it. */
    public record BookRef(long id, String title, @Nullable Integer year) {}

    /** A tag with the number of books carrying it. */
    public record TagView(String name, long books) {}

    /** A line of the top-authors report. */
    public record AuthorRating(
            long authorId, String name, long books, long reviews, double averageRating) {}
}
