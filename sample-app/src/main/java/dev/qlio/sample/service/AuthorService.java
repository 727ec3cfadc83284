package dev.qlio.sample.service;

import dev.qlio.orm.session.Session;
import dev.qlio.sample.model.Author;
import dev.qlio.sample.model.Book;
import dev.qlio.sample.repository.AuthorRepository;
import dev.qlio.sample.service.Commands.CreateAuthor;
import dev.qlio.sample.service.Commands.UpdateAuthor;
import dev.qlio.sample.service.Views.AuthorDetail;
import dev.qlio.sample.service.Views.AuthorRef;
import dev.qlio.sample.service.Views.AuthorView;
import dev.qlio.sample.service.Views.BookRef;
import dev.qlio.sample.service.Views.Page;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Authors. Every public method runs in one transaction. */
@Service
@Transactional
public class AuthorService {

    private final Session session;

    private final AuthorRepository authors;

    AuthorService(Session session, AuthorRepository authors) {
        this.session = session;
        this.authors = authors;
    }

    /**
     * One page of authors (sorted as the request asks; ties by id), optionally those whose name
     * contains {@code name}: one select, and a count when the page does not tell the total.
     */
    @Transactional(readOnly = true)
    public Page<AuthorView> list(@Nullable String name, Pageable pageable) {
        var page = this.authors.search(name, pageable);
        return Page.of(
                page.map(AuthorService::view).getContent(),
                pageable.getPageNumber(),
                pageable.getPageSize(),
                page.getTotalElements());
    }

    /** One author with their books, by title. */
    @Transactional(readOnly = true)
    public AuthorDetail get(long id) {
        Author author =
                this.session
                        .select(Author.class)
                        .where(Author.ID.eq(id))
                        .load(Author.BOOKS)
                        .first()
                        .orElseThrow(() -> new NotFoundException("Author", id));
        return new AuthorDetail(
                Objects.requireNonNull(author.get(Author.ID)),
                Objects.requireNonNull(author.get(Author.NAME)),
                author.get(Author.COUNTRY),
                author.get(Author.BIO),
                author.relatedList(Author.BOOKS).stream()
                        .map(
                                b ->
                                        new BookRef(
                                                Objects.requireNonNull(b.get(Book.ID)),
                                                Objects.requireNonNull(b.get(Book.TITLE)),
                                                b.get(Book.PUBLISHED_YEAR)))
                        .toList());
    }

    /** Adds an author; a duplicate name is a conflict. */
    public AuthorView create(CreateAuthor command) {
        Author author = new Author();
        author.set(Author.NAME, command.name().strip());
        author.set(Author.COUNTRY, command.country());
        author.set(Author.BIO, command.bio());
        return view(this.authors.save(author));
    }

    /** Changes the fields present in the command (only those columns are written). */
    public AuthorView update(long id, UpdateAuthor command) {
        Author author = find(id);
        if (command.name() != null) {
            author.set(Author.NAME, command.name().strip());
        }
        if (command.country() != null) {
            author.set(Author.COUNTRY, command.country());
        }
        if (command.bio() != null) {
            author.set(Author.BIO, command.bio());
        }
        return view(this.authors.save(author));
    }

    /** Deletes an author who has no books. */
    public void delete(long id) {
        Author author = find(id);
        long books = this.session.select(Book.class).where(Book.AUTHOR_ID.eq(id)).count();
        if (books > 0) {
            throw new ConflictException(
                    "Author "
                            + id
                            + " still has "
                            + books
                            + " book(s); delete them or give them another author first");
        }
        this.authors.delete(author);
    }

    private Author find(long id) {
        return this.authors.findById(id).orElseThrow(() -> new NotFoundException("Author", id));
    }

    static AuthorRef ref(Author author) {
        return new AuthorRef(
                Objects.requireNonNull(author.get(Author.ID)),
                Objects.requireNonNull(author.get(Author.NAME)));
    }

    static AuthorView view(Author author) {
        return new AuthorView(
                Objects.requireNonNull(author.get(Author.ID)),
                Objects.requireNonNull(author.get(Author.NAME)),
                author.get(Author.COUNTRY),
                author.get(Author.BIO));
    }
}
