package dev.qlio.sample.web;

import dev.qlio.sample.service.AuthorService;
import dev.qlio.sample.service.Commands.CreateAuthor;
import dev.qlio.sample.service.Commands.UpdateAuthor;
import dev.qlio.sample.service.Views.AuthorDetail;
import dev.qlio.sample.service.Views.AuthorView;
import dev.qlio.sample.service.Views.Page;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.SortDefault;
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

/** {@code /api/authors}: list, read (with books), create, update, delete. */
@RestController
@RequestMapping("/api/authors")
class AuthorController {

    private final AuthorService authors;

    AuthorController(AuthorService authors) {
        this.authors = authors;
    }

    /** {@code ?sort=country,desc}: any column by its property name; an unknown one is a 400. */
    @GetMapping
    Page<AuthorView> list(
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            @SortDefault("name") Sort sort) {
        return this.authors.list(name, PageRequest.of(page, size, sort));
    }

    @GetMapping("/{id}")
    AuthorDetail get(@PathVariable long id) {
        return this.authors.get(id);
    }

    @PostMapping
    ResponseEntity<AuthorView> create(@Valid @RequestBody CreateAuthor command) {
        AuthorView created = this.authors.create(command);
        return ResponseEntity.created(
                        ServletUriComponentsBuilder.fromCurrentRequest()
                                .path("/{id}")
                                .buildAndExpand(created.id())
                                .toUri())
                .body(created);
    }

    @PutMapping("/{id}")
    AuthorView update(@PathVariable long id, @Valid @RequestBody UpdateAuthor command) {
        return this.authors.update(id, command);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        this.authors.delete(id);
    }
}
