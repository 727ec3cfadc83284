package dev.qlio.sample.service;

import dev.qlio.orm.expression.Ordering;
import dev.qlio.orm.schema.Column;
import dev.qlio.sample.model.Book;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What {@code GET /api/books} asks for: filters (each optional, combined with AND), a page and a
 * sort key such as {@code title,desc}.
 */
public record BookQuery(
        @Nullable Long authorId,
        @Nullable String author,
        @Nullable String tag,
        @Nullable String title,
        int page,
        int size,
        @Nullable String sort) {

    /** The sort keys {@code sort} accepts, by their JSON names. */
    static final Map<String, Column<?>> SORTABLE =
            Map.of(
                    "id", Book.ID,
                    "title", Book.TITLE,
                    "year", Book.PUBLISHED_YEAR,
                    "price", Book.PRICE,
                    "createdAt", Book.CREATED_AT);

    /**
     * The ordering, with the id as tie-breaker so that pages never overlap.
     *
     * @throws InvalidFieldException for an unknown field or direction
     */
    Ordering[] orderings() {
        if (this.sort == null || this.sort.isBlank()) {
            return new Ordering[] {Book.TITLE.asc(), Book.ID.asc()};
        }
        String[] parts = this.sort.split(",", -1);
        Column<?> column = SORTABLE.get(parts[0].trim());
        if (column == null || parts.length > 2) {
            throw new InvalidFieldException(
                    "sort",
                    "must be <field>[,asc|desc] with field one of "
                            + String.join(", ", SORTABLE.keySet().stream().sorted().toList()));
        }
        String direction = parts.length == 2 ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
        Ordering primary;
        if (direction.equals("asc")) {
            primary = column.asc();
        } else if (direction.equals("desc")) {
            primary = column.desc();
        } else {
            throw new InvalidFieldException("sort", "direction must be asc or desc");
        }
        return column == Book.ID
                ? new Ordering[] {primary}
                : new Ordering[] {primary, Book.ID.asc()};
    }
}
