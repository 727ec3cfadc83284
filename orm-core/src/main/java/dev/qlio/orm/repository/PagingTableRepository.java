package dev.qlio.orm.repository;

import dev.qlio.orm.schema.Table;
import dev.qlio.orm.session.Session;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A {@link TableRepository} that also pages and sorts with Spring Data's {@code Pageable} and
 * {@code Sort} (Spring Data's {@code PagingAndSortingRepository} to its {@code CrudRepository}).
 * Needs {@code spring-data-commons} on the class path.
 *
 * <pre>{@code
 * public class OwnerRepository extends PagingTableRepository<Owner, Long> {
 *     public Page<Owner> findByLastName(String prefix, Pageable pageable) {
 *         return select().where(Owner.LAST_NAME.like(prefix + "%")).load(Owner.PETS).page(pageable);
 *     }
 * }
 * }</pre>
 *
 * <p>Sort properties are the table's field names in camelCase ({@code lastName}) or its column
 * names ({@code last_name}); any other fails with {@link
 * dev.qlio.orm.query.UnknownSortPropertyException}, which Spring MVC answers with 400.
 *
 * @param <T> the table class
 * @param <ID> the Java type of its primary key
 */
public abstract class PagingTableRepository<T extends Table, ID> extends TableRepository<T, ID> {

    /** A repository whose session is set later ({@link #setSession}; the starter does it). */
    protected PagingTableRepository() {}

    /**
     * A repository on a session.
     *
     * @param session the session its methods run on
     */
    protected PagingTableRepository(Session session) {
        super(session);
    }

    /**
     * Every row, in the order of a Spring Data {@code Sort}.
     *
     * @param sort the order; properties are field names in camelCase or column names
     * @return the rows
     * @throws dev.qlio.orm.query.UnknownSortPropertyException for an unknown property
     */
    public List<T> findAll(Sort sort) {
        return select().sort(sort).all();
    }

    /**
     * One page of all rows: one select and, when the page does not tell the total, one count.
     *
     * @param pageable the page asked for
     * @return the page
     * @throws dev.qlio.orm.query.UnknownSortPropertyException for an unknown sort property
     */
    public Page<T> findAll(Pageable pageable) {
        return select().page(pageable);
    }
}
