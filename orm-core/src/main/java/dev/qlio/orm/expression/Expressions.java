package dev.qlio.orm.expression;

import dev.qlio.orm.schema.types.SqlType;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The expression nodes behind {@link Sql}'s factories, and the checks they share. */
final class Expressions {

    private Expressions() {}

    static <V> Expression<V> arithmetic(
            Sql.Operator operator, Expression<V> left, Expression<?> right) {
        checkNumeric(left, operator);
        checkNumeric(right, operator);
        boolean integral = integral(left.type()) && integral(right.type());
        return new Arithmetic<>(operator, left, right, integral);
    }

    static boolean integral(SqlType<?> type) {
        Class<?> c = type.javaType();
        return c == Integer.class || c == Long.class || c == Short.class;
    }

    private static void checkNumeric(Expression<?> e, Sql.Operator operator) {
        if (!Number.class.isAssignableFrom(e.type().javaType())) {
            throw new IllegalArgumentException(
                    "Arithmetic ("
                            + operator.name().toLowerCase(java.util.Locale.ROOT)
                            + ") needs numbers, but "
                            + e
                            + " is of "
                            + e.type().javaType().getSimpleName());
        }
    }

    static void checkValues(Expression<?> operand, List<?> values) {
        Class<?> type = operand.type().javaType();
        for (Object v : values) {
            if (!type.isInstance(v)) {
                throw new IllegalArgumentException(
                        "in(...) of an expression of "
                                + type.getSimpleName()
                                + " got a "
                                + v.getClass().getName());
            }
        }
    }

    static void checkSingle(Subquery query, String use) {
        int n = query.selection().size();
        if (n != 1) {
            throw new IllegalArgumentException(
                    use + " needs a subquery that selects one expression, not " + n);
        }
    }

    record Value<V>(@Nullable V value, SqlType<V> type) implements Expression<V> {
        Value {
            Objects.requireNonNull(type, "type must not be null");
            if (value != null && !type.javaType().isInstance(value)) {
                throw new IllegalArgumentException(
                        "Value "
                                + value.getClass().getName()
                                + " is not a "
                                + type.javaType().getName());
            }
        }

        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.value(this.value, this.type);
        }

        @Override
        public String toString() {
            return "?";
        }
    }

    record Function<V>(Sql.Function function, List<Expression<?>> arguments, SqlType<V> type)
            implements Expression<V> {
        Function {
            arguments = List.copyOf(arguments);
        }

        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.function(this.function, this.arguments);
        }
    }

    record Aggregate<V>(
            Sql.Aggregate aggregate,
            @Nullable Expression<?> argument,
            boolean distinct,
            SqlType<V> type)
            implements Expression<V> {

        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.aggregate(this.aggregate, this.argument, this.distinct);
        }
    }

    record Arithmetic<V>(
            Sql.Operator operator, Expression<V> left, Expression<?> right, boolean integral)
            implements Expression<V> {

        @Override
        public SqlType<V> type() {
            return this.left.type();
        }

        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.arithmetic(this.operator, this.left, this.right, this.integral);
        }
    }

    record Case<V>(List<Sql.When<?>> branches, @Nullable Expression<?> otherwise, SqlType<V> type)
            implements Expression<V> {
        Case {
            branches = List.copyOf(branches);
        }

        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.caseWhen(this.branches, this.otherwise);
        }
    }

    record Scalar<V>(Subquery query, SqlType<V> type) implements Expression<V> {
        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.scalar(this.query);
        }
    }

    record Aliased<V>(Expression<V> expression, String alias) implements Expression<V> {
        Aliased {
            Objects.requireNonNull(expression, "expression must not be null");
            Objects.requireNonNull(alias, "alias must not be null");
            if (alias.isEmpty() || alias.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("An alias must be non-empty and free of NUL");
            }
            if (expression instanceof Aliased<?>) {
                throw new IllegalArgumentException(
                        "Expression " + expression + " already has an alias");
            }
        }

        @Override
        public SqlType<V> type() {
            return this.expression.type();
        }

        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.aliased(this.expression, this.alias);
        }

        @Override
        public Expression<V> as(String newAlias) {
            return new Aliased<>(this.expression, newAlias);
        }
    }
}
