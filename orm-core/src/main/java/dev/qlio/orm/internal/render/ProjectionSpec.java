package dev.qlio.orm.internal.render;

import dev.qlio.orm.expression.ColumnReference;
import dev.qlio.orm.expression.Condition;
import java.util.List;

/**
 * What a projection selects besides its {@link SelectSpec} (table, conditions, order, paging): the
 * columns and aggregates, in order, whether the result is distinct, the grouping and the conditions
 * on groups.
 *
 * @param items the columns and aggregates selected
 * @param distinct whether repeated results are removed
 * @param groupBy the grouping columns
 * @param having the conditions on groups, combined with AND
 */
public record ProjectionSpec(
        List<ColumnReference<?>> items,
        boolean distinct,
        List<ColumnReference<?>> groupBy,
        List<Condition> having) {

    /** Copies the lists. */
    public ProjectionSpec {
        items = List.copyOf(items);
        groupBy = List.copyOf(groupBy);
        having = List.copyOf(having);
    }
}
