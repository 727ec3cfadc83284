package dev.qlio.orm.internal.render;

import dev.qlio.orm.expression.ColumnReference;
import dev.qlio.orm.expression.Comparison;
import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.expression.ConditionVisitor;
import dev.qlio.orm.expression.Expression;
import dev.qlio.orm.expression.ExpressionVisitor;
import dev.qlio.orm.expression.Sql;
import dev.qlio.orm.expression.Subquery;
import dev.qlio.orm.schema.types.SqlType;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Collects the columns a condition uses, by qualifier (table or alias name). A subquery's columns
 * are its own and not collected.
 */
public final class QualifierCollector implements ConditionVisitor<Void> {

    final Map<String, ColumnReference<?>> byQualifier = new LinkedHashMap<>();

    /** Whether every column of the condition is qualified by one of the two names. */
    public static boolean onlyQualifiers(Condition condition, String a, String b) {
        for (String q : of(condition).keySet()) {
            if (!q.equals(a) && !q.equals(b)) {
                return false;
            }
        }
        return true;
    }

    public static Map<String, ColumnReference<?>> of(Condition condition) {
        QualifierCollector collector = new QualifierCollector();
        condition.accept(collector);
        return collector.byQualifier;
    }

    private void add(ColumnReference<?> column) {
        this.byQualifier.putIfAbsent(column.qualifier(), column);
    }

    @Override
    public Void comparison(ColumnReference<?> column, Comparison operator, Object value) {
        add(column);
        return null;
    }

    @Override
    public Void columnComparison(
            ColumnReference<?> left, Comparison operator, ColumnReference<?> right) {
        add(left);
        add(right);
        return null;
    }

    @Override
    public Void in(ColumnReference<?> column, Collection<?> values, boolean negated) {
        add(column);
        return null;
    }

    @Override
    public Void like(ColumnReference<?> column, String pattern, boolean ignoreCase) {
        add(column);
        return null;
    }

    @Override
    public Void nullCheck(ColumnReference<?> column, boolean isNull) {
        add(column);
        return null;
    }

    @Override
    public Void constant(boolean value) {
        return null;
    }

    @Override
    public Void and(List<Condition> conditions) {
        conditions.forEach(c -> c.accept(this));
        return null;
    }

    @Override
    public Void or(List<Condition> conditions) {
        conditions.forEach(c -> c.accept(this));
        return null;
    }

    @Override
    public Void not(Condition condition) {
        condition.accept(this);
        return null;
    }

    @Override
    public Void compareExpressions(Expression<?> left, Comparison operator, Expression<?> right) {
        expression(left);
        expression(right);
        return null;
    }

    @Override
    public Void expressionIn(Expression<?> operand, List<?> values, boolean negated) {
        expression(operand);
        return null;
    }

    @Override
    public Void expressionLike(Expression<?> operand, String pattern) {
        expression(operand);
        return null;
    }

    @Override
    public Void expressionNullCheck(Expression<?> operand, boolean isNull) {
        expression(operand);
        return null;
    }

    @Override
    public Void inSubquery(Expression<?> operand, Subquery query, boolean negated) {
        expression(operand);
        return null;
    }

    @Override
    public Void exists(Subquery query) {
        return null;
    }

    private void expression(Expression<?> expression) {
        expression.accept(new Columns());
    }

    /** Adds the columns of an expression. */
    private final class Columns implements ExpressionVisitor<Void> {

        @Override
        public Void column(ColumnReference<?> column) {
            add(column);
            return null;
        }

        @Override
        public Void value(@Nullable Object value, SqlType<?> type) {
            return null;
        }

        @Override
        public Void function(Sql.Function function, List<Expression<?>> arguments) {
            arguments.forEach(a -> a.accept(this));
            return null;
        }

        @Override
        public Void aggregate(
                Sql.Aggregate aggregate, @Nullable Expression<?> argument, boolean distinct) {
            if (argument != null) {
                argument.accept(this);
            }
            return null;
        }

        @Override
        public Void arithmetic(
                Sql.Operator operator, Expression<?> left, Expression<?> right, boolean integral) {
            left.accept(this);
            right.accept(this);
            return null;
        }

        @Override
        public Void caseWhen(List<Sql.When<?>> branches, @Nullable Expression<?> otherwise) {
            for (Sql.When<?> w : branches) {
                w.condition().accept(QualifierCollector.this);
                w.result().accept(this);
            }
            if (otherwise != null) {
                otherwise.accept(this);
            }
            return null;
        }

        @Override
        public Void scalar(Subquery query) {
            return null;
        }

        @Override
        public Void aliased(Expression<?> expression, String alias) {
            expression.accept(this);
            return null;
        }
    }
}
