package dev.qlio.orm.query;

import dev.qlio.orm.expression.Expression;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One result row of a {@link TupleQuery}: the values of the selected expressions, read as their
 * types, looked up by the expression itself ({@code tuple.get(Author.NAME)} is a {@code String}),
 * by name or by position. Immutable.
 */
public interface Tuple {

    /**
     * The value of a selected expression.
     *
     * @param expression an expression the query selects (the same object, or an equal one)
     * @param <V> its type
     * @return the value, {@code null} for SQL NULL
     * @throws IllegalArgumentException when the query does not select it
     */
    <V> @Nullable V get(Expression<V> expression);

    /**
     * The value of the expression selected under a name: its alias, or a column's property name
     * ({@code LAST_NAME} -> {@code lastName}).
     *
     * @param name the name
     * @return the value
     * @throws IllegalArgumentException when no (or more than one) selected expression has the name
     */
    @Nullable Object get(String name);

    /**
     * The value at a position of the select list.
     *
     * @param index from 0
     * @return the value
     */
    @Nullable Object get(int index);

    /**
     * The selected expressions, in order.
     *
     * @return the selection
     */
    List<Expression<?>> selection();

    /**
     * The values, in the order of the selection.
     *
     * @return the values
     */
    List<@Nullable Object> values();

    /**
     * This tuple as a record: each component gets the value of the expression of its name (an
     * alias, or a column's property name); numbers convert when they fit exactly.
     *
     * @param recordClass the record class
     * @param <R> its type
     * @return the record
     * @throws IllegalArgumentException naming a component the query does not select
     */
    <R> R into(Class<R> recordClass);
}
