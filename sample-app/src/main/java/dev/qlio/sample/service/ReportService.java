package dev.qlio.sample.service;

import dev.qlio.orm.session.Session;
import dev.qlio.sample.service.Views.AuthorRating;
import dev.qlio.sample.service.Views.TagView;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only reports written as SQL through {@link Session#fetch}: joins over several tables that a
 * typed projection does not express yet, with names as {@code {table}} placeholders the dialect
 * renders, bound {@code :named} parameters, on the request's transaction.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

    /*
     * Tables and columns are written {table} and alias.{column}: Qlio renders them as the database
     * names them (quoted, in the case the schema holds), so the same text runs on H2, PostgreSQL,
     * MariaDB and SQLite. AVG over "rating * 1.0E0", in decimal or floating point everywhere, because
     * AVG of an INTEGER is an INTEGER on H2.
     */
    private static final String TOP_AUTHORS =
            """
            SELECT a.{id} AS author_id, a.{name} AS name,
                   COUNT(DISTINCT b.{id}) AS books, COUNT(r.{id}) AS reviews,
                   AVG(r.{rating} * 1.0E0) AS average_rating
            FROM {author} a
            JOIN {book} b ON b.{author_id} = a.{id}
            JOIN {review} r ON r.{book_id} = b.{id}
            GROUP BY a.{id}, a.{name}
            HAVING COUNT(r.{id}) >= :minReviews
            ORDER BY average_rating DESC, reviews DESC, a.{name}
            LIMIT :limit
            """;

    private static final String TAGS =
            """
            SELECT t.{name} AS name, COUNT(bt.{book_id}) AS books
            FROM {tag} t
            LEFT JOIN {book_tag} bt ON bt.{tag_id} = t.{id}
            GROUP BY t.{name}
            ORDER BY books DESC, t.{name}
            """;

    private final Session session;

    ReportService(Session session) {
        this.session = session;
    }

    /** Authors by the average rating of their books' reviews, best first. */
    public List<AuthorRating> topAuthors(int limit, int minReviews) {
        return this.session.fetch(
                TOP_AUTHORS,
                Map.of("limit", limit, "minReviews", minReviews),
                (rs, i) ->
                        new AuthorRating(
                                rs.getLong("author_id"),
                                rs.getString("name"),
                                rs.getLong("books"),
                                rs.getLong("reviews"),
                                Math.round(rs.getDouble("average_rating") * 100) / 100.0));
    }

    /** Every tag with the number of books carrying it, most used first. */
    public List<TagView> tags() {
        return this.session.fetch(TAGS).stream()
                .map(
                        row ->
                                new TagView(
                                        (String) row.get("name"),
                                        ((Number) row.get("books")).longValue()))
                .toList();
    }
}
