package dev.qlio.orm.expression;

import dev.qlio.orm.schema.types.SqlType;

/**
 * A column as an operand of a condition or ordering: which table (or alias) qualifies it, its SQL
 * name and its type. Implemented by {@link dev.qlio.orm.schema.Column}; an {@link Expression} like
 * any other.
 *
 * @param <V> the Java type of the column's values
 */
public interface ColumnReference<V> extends Expression<V> {

    /**
     * The name that qualifies the column in SQL: the table's name, or the alias's.
     *
     * @return the unquoted qualifier
     */
    String qualifier();

    /**
     * The column's SQL name.
     *
     * @return the unquoted name
     */
    String name();

    /**
     * The column's type.
     *
     * @return the type
     */
    SqlType<V> type();

    @Override
    default <R> R accept(ExpressionVisitor<R> visitor) {
        return visitor.column(this);
    }
}
