package dev.qlio.sample.repository;

import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.query.SelectQuery;
import dev.qlio.orm.repository.PagingTableRepository;
import dev.qlio.sample.model.Author;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Authors: the usual repository methods, and the search behind {@code GET /api/authors}. */
public class AuthorRepository extends PagingTableRepository<Author, Long> {

    /** One page of the authors whose name contains {@code name} (every author when blank). */
    public Page<Author> search(@Nullable String name, Pageable pageable) {
        SelectQuery<Author> select = select();
        if (name != null && !name.isBlank()) {
            select.where(Author.NAME.ilike("%" + Condition.escapeLike(name.strip()) + "%"));
        }
        return select.page(pageable);
    }
}
