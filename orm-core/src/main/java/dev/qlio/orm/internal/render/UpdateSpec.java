package dev.qlio.orm.internal.render;

import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.TableMeta;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An immutable description of a bulk update: columns set to values on the rows matching the
 * conditions; a version column is incremented on every updated row.
 *
 * @param table the table
 * @param columns the columns set (declared columns of the table), at least one
 * @param values their values, in the same order
 * @param conditions the conditions, combined with AND
 */
public record UpdateSpec(
        TableMeta<?> table,
        List<Column<?>> columns,
        List<@Nullable Object> values,
        List<Condition> conditions) {

    /** Copies the lists, so a description never changes. */
    public UpdateSpec {
        if (columns.size() != values.size()) {
            throw new IllegalArgumentException(
                    columns.size() + " columns but " + values.size() + " values");
        }
        columns = List.copyOf(columns);
        // values may be null, which List.copyOf refuses
        values = Collections.unmodifiableList(new ArrayList<>(values));
        conditions = List.copyOf(conditions);
    }
}
