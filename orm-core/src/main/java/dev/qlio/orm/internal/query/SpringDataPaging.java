package dev.qlio.orm.internal.query;

import dev.qlio.orm.expression.Ordering;
import dev.qlio.orm.query.UnknownSortPropertyException;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.PrimaryKey;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.support.PageableExecutionUtils;

/**
 * Spring Data's {@code Sort} and {@code Pageable} applied to a select. The only class of the query
 * engine that names Spring Data types in its code, so that {@code spring-data-commons} stays
 * optional: it is loaded when a query pages or sorts, never before.
 */
final class SpringDataPaging {

    private SpringDataPaging() {}

    /** The orderings a sort asks for, each property resolved to a column of the table. */
    static List<Ordering> orderings(TableMeta<?> table, Sort sort) {
        Objects.requireNonNull(sort, "sort must not be null");
        List<Ordering> orderings = new ArrayList<>();
        for (Sort.Order order : sort) {
            if (order.isIgnoreCase() || order.getNullHandling() != Sort.NullHandling.NATIVE) {
                throw new IllegalArgumentException(
                        "Sorting "
                                + table.name()
                                + " by '"
                                + order.getProperty()
                                + "': ignoreCase and null handling are not supported;"
                                + " sort by the plain property");
            }
            Column<?> column = column(table, order.getProperty());
            orderings.add(order.isDescending() ? column.desc() : column.asc());
        }
        return orderings;
    }

    private static Column<?> column(TableMeta<?> table, String property) {
        for (Column<?> c : table.columns()) {
            if (c.propertyName().equals(property) || c.name().equals(property)) {
                return c;
            }
        }
        throw new UnknownSortPropertyException(
                property,
                table.name(),
                table.columns().stream().map(Column::propertyName).toList());
    }

    /**
     * Ends the order with the primary key when it is not ordered by already: rows that tie on the
     * requested order (or an unsorted request) then fall on the same page every time.
     */
    private static void orderByKeyLast(DefaultSelectQuery<?> query) {
        PrimaryKey key = query.spec().root().primaryKey();
        if (key == null) {
            return;
        }
        List<Ordering> tieBreak = new ArrayList<>();
        for (Column<?> c : key.columns()) {
            boolean ordered =
                    query.spec().orderings().stream()
                            .anyMatch(o -> o.column() instanceof Column<?> oc && oc.origin() == c);
            if (!ordered) {
                tieBreak.add(c.asc());
            }
        }
        if (!tieBreak.isEmpty()) {
            query.orderBy(tieBreak.toArray(Ordering[]::new));
        }
    }

    /** One page: the select, then the count only when the page does not tell the total. */
    static <T extends Table> Page<T> page(DefaultSelectQuery<T> query, Pageable pageable) {
        Objects.requireNonNull(pageable, "pageable must not be null");
        query.sort(pageable.getSort());
        if (pageable.isUnpaged()) {
            List<T> rows = query.all();
            return new PageImpl<>(rows, pageable, rows.size());
        }
        long offset = pageable.getOffset();
        if (offset > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                    "Page offset " + offset + " is too large; ask for a smaller page number");
        }
        orderByKeyLast(query);
        query.limit(pageable.getPageSize()).offset((int) offset);
        List<T> rows = query.all();
        return PageableExecutionUtils.getPage(rows, pageable, query::countWithoutPaging);
    }
}
