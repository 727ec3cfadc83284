package dev.qlio.sample.service;

import static dev.qlio.orm.expression.Sql.avg;
import static dev.qlio.orm.expression.Sql.count;
import static dev.qlio.orm.expression.Sql.countDistinct;

import dev.qlio.orm.expression.Expression;
import dev.qlio.orm.session.Session;
import dev.qlio.sample.model.Author;
import dev.qlio.sample.model.Book;
import dev.qlio.sample.model.BookTag;
import dev.qlio.sample.model.Review;
import dev.qlio.sample.model.Tag;
import dev.qlio.sample.service.Views.AuthorRating;
import dev.qlio.sample.service.Views.TagView;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only reports in typed SQL: joins and aggregates rendered for whichever database the
 * application runs on (identifiers quoted by the dialect, values bound), on the request's
 * transaction.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

    private final Session session;

    ReportService(Session session) {
        this.session = session;
    }

    /** Authors by the average rating of their books' reviews, best first. */
    public List<AuthorRating> topAuthors(int limit, int minReviews) {
        Expression<Long> reviews = count(Review.ID).as("reviews");
        // AVG is a Double on every database (computed in double precision)
        Expression<Double> average = avg(Review.RATING).as("averageRating");
        return this.session
                .select(
                        Author.ID.as("authorId"),
                        Author.NAME,
                        countDistinct(Book.ID).as("books"),
                        reviews,
                        average)
                .from(Author.class)
                .join(Book.class, Book.AUTHOR_ID.equalTo(Author.ID))
                .join(Review.class, Review.BOOK_ID.equalTo(Book.ID))
                .groupBy(Author.ID, Author.NAME)
                .having(count(Review.ID).ge((long) minReviews))
                .orderBy(average.desc(), reviews.desc(), Author.NAME.asc())
                .limit(limit)
                .all(AuthorRating.class)
                .stream()
                .map(
                        r ->
                                new AuthorRating(
                                        r.authorId(),
                                        r.name(),
                                        r.books(),
                                        r.reviews(),
                                        Math.round(r.averageRating() * 100) / 100.0))
                .toList();
    }

    /** Every tag with the number of books carrying it, most used first. */
    public List<TagView> tags() {
        Expression<Long> books = count(BookTag.BOOK_ID).as("books");
        return this.session
                .select(Tag.NAME, books)
                .from(Tag.class)
                .leftJoin(BookTag.class, BookTag.TAG_ID.equalTo(Tag.ID))
                .groupBy(Tag.NAME)
                .orderBy(books.desc(), Tag.NAME.asc())
                .all(TagView.class);
    }
}
