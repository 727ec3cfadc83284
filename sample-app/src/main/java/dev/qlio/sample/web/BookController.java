package dev.qlio.sample.web;

import dev.qlio.sample.service.BookQuery;
import dev.qlio.sample.service.BookService;
import dev.qlio.sample.service.Commands.AddReview;
import dev.qlio.sample.service.Commands.CreateBook;
import dev.qlio.sample.service.Commands.UpdateBook;
import dev.qlio.sample.service.Views.BookDetail;
import dev.qlio.sample.service.Views.BookSummary;
import dev.qlio.sample.service.Views.Page;
import dev.qlio.sample.service.Views.ReviewView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** {@code /api/books}: list, read, create, update, delete, and reviews. */
@RestController
@RequestMapping("/api/books")
class BookController {

    private final BookService books;

    BookController(BookService books) {
        this.books = books;
    }

    @GetMapping
    Page<BookSummary> list(
            @RequestParam(required = false) @Nullable Long authorId,
            @RequestParam(required = false) @Nullable String author,
            @RequestParam(required = false) @Nullable String tag,
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            @RequestParam(required = false) @Nullable String sort) {
        return this.books.list(new BookQuery(authorId, author, tag, title, page, size, sort));
    }

    @GetMapping("/{id}")
    BookDetail get(@PathVariable long id) {
        return this.books.get(id);
    }

    @PostMapping
    ResponseEntity<BookDetail> create(@Valid @RequestBody CreateBook command) {
        BookDetail created = this.books.create(command);
        return ResponseEntity.created(
                        ServletUriComponentsBuilder.fromCurrentRequest()
                                .path("/{id}")
                                .buildAndExpand(created.id())
                                .toUri())
                .body(created);
    }

    @PutMapping("/{id}")
    BookDetail update(@PathVariable long id, @Valid @RequestBody UpdateBook command) {
        return this.books.update(id, command);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        this.books.delete(id);
    }

    @PostMapping("/{id}/reviews")
    @ResponseStatus(HttpStatus.CREATED)
    ReviewView addReview(@PathVariable long id, @Valid @RequestBody AddReview command) {
        return this.books.addReview(id, command);
    }
}
