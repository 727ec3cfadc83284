package dev.qlio.orm.expression;

import java.util.Objects;

/** A sort key on an expression that is not a plain column, or with an explicit null ordering. */
record ExpressionOrdering(Expression<?> expression, boolean descending, NullOrdering nulls)
        implements SortKey {

    ExpressionOrdering {
        Objects.requireNonNull(expression, "expression must not be null");
        Objects.requireNonNull(nulls, "nulls must not be null");
    }

    @Override
    public SortKey nullsFirst() {
        return new ExpressionOrdering(this.expression, this.descending, NullOrdering.FIRST);
    }

    @Override
    public SortKey nullsLast() {
        return new ExpressionOrdering(this.expression, this.descending, NullOrdering.LAST);
    }
}
