package dev.qlio.orm.internal.render;

import dev.qlio.orm.expression.ColumnReference;
import dev.qlio.orm.expression.Comparison;
import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.expression.ConditionVisitor;
import dev.qlio.orm.expression.Expression;
import dev.qlio.orm.expression.ExpressionVisitor;
import dev.qlio.orm.expression.SortKey;
import dev.qlio.orm.expression.Sql;
import dev.qlio.orm.expression.Subquery;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.types.SqlType;
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
        LOAD,
        EXPRESSION,
        EXPR_COMPARE,
        EXPR_IN,
        EXPR_LIKE,
        EXPR_NULL_CHECK,
        VALUE,
        FUNCTION,
        AGGREGATE,
        ARITHMETIC,
        CASE,
        ALIASED
    }

    private final @Nullable Object[] parts;

    private final int hash;

    private final boolean cacheable;

    private ShapeKey(@Nullable Object[] parts, int length, boolean cacheable) {
        this.parts = Arrays.copyOf(parts, length);
        this.hash = Arrays.hashCode(this.parts);
        this.cacheable = cacheable;
    }

    /**
     * Whether the text may be cached: not when a condition holds a subquery, whose text this key
     * does not describe.
     */
    boolean cacheable() {
        return this.cacheable;
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

        private boolean cacheable = true;

        private @Nullable ExpressionShape expressionShape;

        Builder(RenderContext context, Tag statement) {
            this.context = context;
            add(statement);
            // which global filters are on decides the text of every statement naming a table
            add(context.filters().shape());
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

        Builder orderings(List<? extends SortKey> orderings) {
            add(Tag.ORDER).add(orderings.size());
            for (SortKey o : orderings) {
                expression(o.expression());
                add(o.descending()).add(o.nulls());
            }
            return this;
        }

        /** An expression's structure: its columns, functions and operators, not its values. */
        Builder expression(Expression<?> expression) {
            if (expression instanceof ColumnReference<?> c) {
                return column(c);
            }
            ExpressionShape shape = this.expressionShape;
            if (shape == null) {
                shape = new ExpressionShape();
                this.expressionShape = shape;
            }
            add(Tag.EXPRESSION);
            expression.accept(shape);
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
            return new ShapeKey(this.parts, this.size, this.cacheable);
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

        @Override
        public Void compareExpressions(
                Expression<?> left, Comparison operator, Expression<?> right) {
            add(Tag.EXPR_COMPARE).expression(left).add(operator).expression(right);
            return null;
        }

        @Override
        public Void expressionIn(Expression<?> operand, List<?> values, boolean negated) {
            add(Tag.EXPR_IN).expression(operand).add(negated).add(values.size());
            return null;
        }

        @Override
        public Void expressionLike(Expression<?> operand, String pattern) {
            add(Tag.EXPR_LIKE).expression(operand);
            return null;
        }

        @Override
        public Void expressionNullCheck(Expression<?> operand, boolean isNull) {
            add(Tag.EXPR_NULL_CHECK).expression(operand).add(isNull);
            return null;
        }

        @Override
        public Void inSubquery(Expression<?> operand, Subquery query, boolean negated) {
            this.cacheable = false;
            return null;
        }

        @Override
        public Void exists(Subquery query) {
            this.cacheable = false;
            return null;
        }

        /** The structure of an expression, added to this builder. */
        private final class ExpressionShape implements ExpressionVisitor<Void> {

            @Override
            public Void column(ColumnReference<?> column) {
                Builder.this.column(column);
                return null;
            }

            @Override
            public Void value(@Nullable Object value, SqlType<?> type) {
                add(Tag.VALUE).add(type.kind());
                return null;
            }

            @Override
            public Void function(Sql.Function function, List<Expression<?>> arguments) {
                add(Tag.FUNCTION).add(function).add(arguments.size());
                arguments.forEach(Builder.this::expression);
                return null;
            }

            @Override
            public Void aggregate(
                    Sql.Aggregate aggregate, @Nullable Expression<?> argument, boolean distinct) {
                add(Tag.AGGREGATE).add(aggregate).add(distinct);
                if (argument != null) {
                    expression(argument);
                }
                return null;
            }

            @Override
            public Void arithmetic(
                    Sql.Operator operator,
                    Expression<?> left,
                    Expression<?> right,
                    boolean integral) {
                add(Tag.ARITHMETIC).add(operator).add(integral).expression(left).expression(right);
                return null;
            }

            @Override
            public Void caseWhen(List<Sql.When<?>> branches, @Nullable Expression<?> otherwise) {
                add(Tag.CASE).add(branches.size());
                for (Sql.When<?> w : branches) {
                    w.condition().accept(Builder.this);
                    expression(w.result());
                }
                if (otherwise != null) {
                    expression(otherwise);
                }
                return null;
            }

            @Override
            public Void scalar(Subquery query) {
                Builder.this.cacheable = false;
                return null;
            }

            @Override
            public Void aliased(Expression<?> expression, String alias) {
                add(Tag.ALIASED).add(alias).expression(expression);
                return null;
            }
        }
    }
}
