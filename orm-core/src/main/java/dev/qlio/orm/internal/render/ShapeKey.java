package dev.qlio.orm.internal.render;

import dev.qlio.orm.expression.ColumnReference;
import dev.qlio.orm.expression.Comparison;
import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.expression.ConditionVisitor;
import dev.qlio.orm.expression.Ordering;
import dev.qlio.orm.schema.Column;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The shape of a statement: everything its text depends on, nothing its parameters alone depend on.
 * Two statements of one shape have the same SQL text: the statement kind, the table and alias, each
 * condition's structure (operators, columns, the {@linkplain LargeIn#shape size and form of an IN
 * list}, whether a match ignores case), orderings, joins, loads and the paging values (dialects
 * write them as literals). Values compared with columns are not part of it. Compared by content.
 */
public final class ShapeKey {

    /** Markers between the parts of a shape, so that different trees never read alike. */
    enum Tag {
        SELECT,
        COUNT,
        RELATED,
        UPDATE,
        DELETE,
        CASCADE,
        COMPARE,
        COMPARE_COLUMNS,
        IN,
        LIKE,
        NULL_CHECK,
        CONSTANT,
        AND,
        OR,
        NOT,
        ORDER,
        JOIN,
        LOAD
    }

    private final @Nullable Object[] parts;

    private final int hash;

    private ShapeKey(@Nullable Object[] parts, int length) {
        this.parts = Arrays.copyOf(parts, length);
        this.hash = Arrays.hashCode(this.parts);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ShapeKey key
                && key.hash == this.hash
                && Arrays.equals(key.parts, this.parts);
    }

    @Override
    public int hashCode() {
        return this.hash;
    }

    @Override
    public String toString() {
        return "ShapeKey" + Arrays.toString(this.parts);
    }

    /** Collects the parts of one shape. Not thread-safe; one per statement. */
    static final class Builder implements ConditionVisitor<Void> {

        private final RenderContext context;

        private @Nullable Object[] parts = new Object[16];

        private int size;

        Builder(RenderContext context, Tag statement) {
            this.context = context;
            add(statement);
        }

        Builder add(@Nullable Object part) {
            if (this.size == this.parts.length) {
                this.parts = Arrays.copyOf(this.parts, this.size * 2);
            }
            this.parts[this.size++] = part;
            return this;
        }

        Builder add(int part) {
            return add(Integer.valueOf(part));
        }

        Builder conditions(List<Condition> conditions) {
            add(conditions.size());
            for (Condition c : conditions) {
                c.accept(this);
            }
            return this;
        }

        Builder orderings(List<Ordering> orderings) {
            add(Tag.ORDER).add(orderings.size());
            for (Ordering o : orderings) {
                column(o.column());
                add(o.descending());
            }
            return this;
        }

        /** A column as its text sees it: the declared column and the alias it is seen through. */
        Builder column(ColumnReference<?> column) {
            if (column instanceof Column<?> c) {
                return add(c.origin()).add(c.aliasQualifier());
            }
            return add(column.getClass())
                    .add(column.qualifier())
                    .add(column.name())
                    .add(column.type());
        }

        ShapeKey build() {
            return new ShapeKey(this.parts, this.size);
        }

        @Override
        public Void comparison(ColumnReference<?> column, Comparison operator, Object value) {
            add(Tag.COMPARE).column(column).add(operator);
            return null;
        }

        @Override
        public Void columnComparison(
                ColumnReference<?> left, Comparison operator, ColumnReference<?> right) {
            add(Tag.COMPARE_COLUMNS).column(left).add(operator).column(right);
            return null;
        }

        @Override
        public Void in(ColumnReference<?> column, Collection<?> values, boolean negated) {
            add(Tag.IN)
                    .column(column)
                    .add(negated)
                    .add(LargeIn.shape(this.context, column, values));
            return null;
        }

        @Override
        public Void like(ColumnReference<?> column, String pattern, boolean ignoreCase) {
            add(Tag.LIKE).column(column).add(ignoreCase);
            return null;
        }

        @Override
        public Void nullCheck(ColumnReference<?> column, boolean isNull) {
            add(Tag.NULL_CHECK).column(column).add(isNull);
            return null;
        }

        @Override
        public Void constant(boolean value) {
            add(Tag.CONSTANT).add(value);
            return null;
        }

        @Override
        public Void and(List<Condition> conditions) {
            add(Tag.AND).conditions(conditions);
            return null;
        }

        @Override
        public Void or(List<Condition> conditions) {
            add(Tag.OR).conditions(conditions);
            return null;
        }

        @Override
        public Void not(Condition condition) {
            add(Tag.NOT);
            condition.accept(this);
            return null;
        }
    }
}
