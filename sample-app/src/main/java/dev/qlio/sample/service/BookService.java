package dev.qlio.sample.service;

import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.query.SelectQuery;
import dev.qlio.orm.session.Session;
import dev.qlio.sample.model.Author;
import dev.qlio.sample.model.Book;
import dev.qlio.sample.model.Review;
import dev.qlio.sample.model.Tag;
import dev.qlio.sample.service.Commands.AddReview;
import dev.qlio.sample.service.Commands.CreateBook;
import dev.qlio.sample.service.Commands.UpdateBook;
import dev.qlio.sample.service.Views.BookDetail;
import dev.qlio.sample.service.Views.BookSummary;
import dev.qlio.sample.service.Views.Page;
import dev.qlio.sample.service.Views.ReviewView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books, their tags and reviews. Every public method runs in one transaction: when it throws,
 * nothing it wrote stays.
 */
@Service
@Transactional
public class BookService {

    private final Session session;

    BookService(Session session) {
        this.session = session;
    }

    /** One page of books matching the query, each with its author and tags. */
    @Transactional(readOnly = true)
    public Page<BookSummary> list(BookQuery query) {
        // parse the sort key first, so a bad one costs no query
        var orderings = query.orderings();
        SelectQuery<Book> select = this.session.select(Book.class);
        if (query.authorId() != null) {
            select.where(Book.AUTHOR_ID.eq(query.authorId()));
        }
        if (query.author() != null && !query.author().isBlank()) {
            // a condition on the author's table: Qlio adds the join itself
            select.where(Author.NAME.ilike(contains(query.author())));
        }
        if (query.tag() != null && !query.tag().isBlank()) {
            // a condition through the many-to-many link: an EXISTS, no duplicates
            select.where(Tag.NAME.eq(query.tag().trim().toLowerCase(Locale.ROOT)));
        }
        if (query.title() != null && !query.title().isBlank()) {
            select.where(Book.TITLE.ilike(contains(query.title())));
        }
        // the author JOINED into the page's statement, the tags in one more; then the count
        var books =
                select.load(Book.AUTHOR, Book.TAGS)
                        .orderBy(orderings)
                        .page(PageRequest.of(query.page(), query.size()));
        return Page.of(
                books.map(BookService::summary).getContent(),
                query.page(),
                query.size(),
                books.getTotalElements());
    }

    /** One book with its author, tags and reviews. */
    @Transactional(readOnly = true)
    public BookDetail get(long id) {
        Book book =
                this.session
                        .select(Book.class)
                        .where(Book.ID.eq(id))
                        .load(Book.AUTHOR, Book.TAGS, Book.REVIEWS)
                        .first()
                        .orElseThrow(() -> new NotFoundException("Book", id));
        return detail(book);
    }

    /** Adds a book; tags that do not exist yet are created with it. */
    public BookDetail create(CreateBook command) {
        requireAuthor(command.authorId());
        Book book = new Book();
        book.set(Book.ISBN, command.isbn());
        book.set(Book.TITLE, command.title().strip());
        book.set(Book.AUTHOR_ID, command.authorId());
        book.set(Book.PUBLISHED_YEAR, command.year());
        book.set(Book.PRICE, command.price());
        book.set(Book.DESCRIPTION, command.description());
        if (command.tags() != null) {
            book.relatedList(Book.TAGS).addAll(tags(command.tags()));
        }
        // one INSERT for the book, new tags first, then the link rows
        this.session.add(book);
        return get(Objects.requireNonNull(book.get(Book.ID)));
    }

    /**
     * Changes the fields present in the command, if {@code version} is still the book's version.
     * Only changed columns are written: a concurrent change to another column is kept.
     */
    public BookDetail update(long id, UpdateBook command) {
        Book book =
                this.session
                        .select(Book.class)
                        .where(Book.ID.eq(id))
                        .load(Book.TAGS)
                        .first()
                        .orElseThrow(() -> new NotFoundException("Book", id));
        int current = Objects.requireNonNull(book.get(Book.VERSION));
        if (command.version() != current) {
            throw new StaleVersionException("Book", id, command.version(), current);
        }
        if (command.isbn() != null) {
            book.set(Book.ISBN, command.isbn());
        }
        if (command.title() != null) {
            book.set(Book.TITLE, command.title().strip());
        }
        if (command.authorId() != null) {
            requireAuthor(command.authorId());
            book.set(Book.AUTHOR_ID, command.authorId());
        }
        if (command.year() != null) {
            book.set(Book.PUBLISHED_YEAR, command.year());
        }
        if (command.price() != null) {
            book.set(Book.PRICE, command.price());
        }
        if (command.description() != null) {
            book.set(Book.DESCRIPTION, command.description());
        }
        if (command.tags() != null) {
            List<Tag> wanted = tags(command.tags());
            Set<String> names = new LinkedHashSet<>();
            wanted.forEach(t -> names.add(t.get(Tag.NAME)));
            List<Tag> linked = book.relatedList(Book.TAGS);
            linked.removeIf(t -> !names.contains(t.get(Tag.NAME)));
            linked.forEach(t -> names.remove(t.get(Tag.NAME)));
            wanted.stream().filter(t -> names.contains(t.get(Tag.NAME))).forEach(linked::add);
        }
        // UPDATE "book" SET <changed columns>, "version" = version + 1
        //   WHERE "id" = ? AND "version" = ?  -- a concurrent writer makes it match no row: 409
        this.session.add(book);
        return get(id);
    }

    /** Deletes a book; its reviews and tag links go with it ({@code removeWithParent}). */
    public void delete(long id) {
        Book book =
                this.session
                        .select(Book.class)
                        .where(Book.ID.eq(id))
                        .first()
                        .orElseThrow(() -> new NotFoundException("Book", id));
        this.session.remove(book);
    }

    /** Adds a review to a book. */
    public ReviewView addReview(long bookId, AddReview command) {
        if (this.session.select(Book.class).where(Book.ID.eq(bookId)).count() == 0) {
            throw new NotFoundException("Book", bookId);
        }
        Review review = new Review();
        review.set(Review.BOOK_ID, bookId);
        review.set(Review.REVIEWER, command.reviewer().strip());
        review.set(Review.RATING, command.rating());
        review.set(Review.COMMENT, command.comment());
        this.session.add(review);
        return review(review);
    }

    private void requireAuthor(long authorId) {
        if (this.session.select(Author.class).where(Author.ID.eq(authorId)).count() == 0) {
            throw new InvalidFieldException("authorId", "no author with id " + authorId);
        }
    }

    /** The tags with these names: the existing rows, and new rows for the others. */
    private List<Tag> tags(List<String> names) {
        Set<String> wanted = new LinkedHashSet<>();
        names.forEach(n -> wanted.add(n.toLowerCase(Locale.ROOT)));
        Map<String, Tag> byName = new HashMap<>();
        if (!wanted.isEmpty()) {
            for (Tag tag : this.session.select(Tag.class).where(Tag.NAME.in(wanted)).all()) {
                byName.put(tag.get(Tag.NAME), tag);
            }
        }
        List<Tag> tags = new ArrayList<>();
        for (String name : wanted) {
            Tag tag = byName.get(name);
            if (tag == null) {
                tag = new Tag();
                tag.set(Tag.NAME, name);
            }
            tags.add(tag);
        }
        return tags;
    }

    private static String contains(String text) {
        return "%" + Condition.escapeLike(text.strip()) + "%";
    }

    static BookSummary summary(Book book) {
        return new BookSummary(
                Objects.requireNonNull(book.get(Book.ID)),
                Objects.requireNonNull(book.get(Book.ISBN)),
                Objects.requireNonNull(book.get(Book.TITLE)),
                AuthorService.ref(Objects.requireNonNull(book.related(Book.AUTHOR))),
                book.get(Book.PUBLISHED_YEAR),
                Objects.requireNonNull(book.get(Book.PRICE)),
                tagNames(book),
                Objects.requireNonNull(book.get(Book.VERSION)));
    }

    private static BookDetail detail(Book book) {
        List<Review> reviews = book.relatedList(Book.REVIEWS);
        Double average =
                reviews.isEmpty()
                        ? null
                        : Math.round(
                                        reviews.stream()
                                                        .mapToInt(r -> r.get(Review.RATING))
                                                        .average()
                                                        .orElseThrow()
                                                * 100)
                                / 100.0;
        return new BookDetail(
                Objects.requireNonNull(book.get(Book.ID)),
                Objects.requireNonNull(book.get(Book.ISBN)),
                Objects.requireNonNull(book.get(Book.TITLE)),
                AuthorService.ref(Objects.requireNonNull(book.related(Book.AUTHOR))),
                book.get(Book.PUBLISHED_YEAR),
                Objects.requireNonNull(book.get(Book.PRICE)),
                book.get(Book.DESCRIPTION),
                tagNames(book),
                reviews.stream().map(BookService::review).toList(),
                average,
                Objects.requireNonNull(book.get(Book.CREATED_AT)),
                Objects.requireNonNull(book.get(Book.VERSION)));
    }

    private static List<String> tagNames(Book book) {
        return book.relatedList(Book.TAGS).stream().map(t -> t.get(Tag.NAME)).toList();
    }

    private static ReviewView review(Review review) {
        return new ReviewView(
                Objects.requireNonNull(review.get(Review.ID)),
                Objects.requireNonNull(review.get(Review.REVIEWER)),
                Objects.requireNonNull(review.get(Review.RATING)),
                review.get(Review.COMMENT),
                Objects.requireNonNull(review.get(Review.CREATED_AT)));
    }
}
