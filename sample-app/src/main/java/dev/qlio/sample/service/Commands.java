package dev.qlio.sample.service;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON request bodies, with their Bean Validation rules. In the update commands a field left
 * out (or {@code null}) means "unchanged".
 */
public final class Commands {

    static final String ISBN = "97[89][0-9]{10}";

    static final String ISBN_MESSAGE = "must be an ISBN-13: 13 digits starting with 978 or 979";

    static final String TAG = "[a-z0-9][a-z0-9-]{0,39}";

    static final String TAG_MESSAGE =
            "must be 1 to 40 lower-case letters, digits or hyphens, not starting with a hyphen";

    private Commands() {}

    /** {@code POST /api/books}. */
    public record CreateBook(
            @NotNull @Pattern(regexp = ISBN, message = ISBN_MESSAGE) String isbn,
            @NotBlank @Size(max = 200) String title,
            @NotNull @Positive Long authorId,
            @Min(1450) @Max(2100) @Nullable Integer year,
            @NotNull @DecimalMin("0.00") @DecimalMax("999999.99") @Digits(integer = 6, fraction = 2)
                    BigDecimal price,
            @Size(max = 10_000) @Nullable String description,
            @Size(max = 10)
                    @Nullable List<@NotNull @Pattern(regexp = TAG, message = TAG_MESSAGE) String>
                            tags) {}

    /** {@code PUT /api/books/{id}}: only the fields present change; {@code version} is required. */
    public record UpdateBook(
            @NotNull @Min(0) Integer version,
            @Pattern(regexp = ISBN, message = ISBN_MESSAGE) @Nullable String isbn,
            @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
                    @Nullable String title,
            @Positive @Nullable Long authorId,
            @Min(1450) @Max(2100) @Nullable Integer year,
            @DecimalMin("0.00") @DecimalMax("999999.99") @Digits(integer = 6, fraction = 2)
                    @Nullable BigDecimal price,
            @Size(max = 10_000) @Nullable String description,
            @Size(max = 10)
                    @Nullable List<@NotNull @Pattern(regexp = TAG, message = TAG_MESSAGE) String>
                            tags) {}

    /** {@code POST /api/authors}. */
    public record CreateAuthor(
            @NotBlank @Size(max = 100) String name,
            @Size(max = 60) @Nullable String country,
            @Size(max = 10_000) @Nullable String bio) {}

    /** {@code PUT /api/authors/{id}}: only the fields present change. */
    public record UpdateAuthor(
            @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
                    @Nullable String name,
            @Size(max = 60) @Nullable String country,
            @Size(max = 10_000) @Nullable String bio) {}

    /** {@code POST /api/books/{id}/reviews}. */
    public record AddReview(
            @NotBlank @Size(max = 100) String reviewer,
            @NotNull @Min(1) @Max(5) Integer rating,
            @Size(max = 10_000) @Nullable String comment) {}
}
