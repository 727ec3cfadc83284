package dev.qlio.orm.internal.render;

import dev.qlio.orm.expression.ColumnReference;
import dev.qlio.orm.expression.Comparison;
import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.expression.ConditionVisitor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the columns a condition uses, by qualifier (table or alias name). */
public final class QualifierCollector implements ConditionVisitor<Void> {

    final Map<String, ColumnReference<?>> byQualifier = new LinkedHashMap<>();

    /**
     * Whether every column of the condition is qualified by one of the two names (no allocation).
     */
    public static boolean onlyQualifiers(Condition condition, String a, String b) {
        return condition.accept(
                new ConditionVisitor<Boolean>() {
                    private boolean ok(ColumnReference<?> c) {
                        String q = c.qualifier();
                        return q.equals(a) || q.equals(b);
                    }

                    @Override
                    public Boolean comparison(
                            ColumnReference<?> column, Comparison operator, Object value) {
                        return ok(column);
                    }

                    @Override
                    public Boolean columnComparison(
                            ColumnReference<?> left,
                            Comparison operator,
                            ColumnReference<?> right) {
                        return ok(left) && ok(right);
                    }

                    @Override
                    public Boolean in(
                            ColumnReference<?> column, Collection<?> values, boolean negated) {
                        return ok(column);
                    }

                    @Override
                    public Boolean like(
                            ColumnReference<?> column, String pattern, boolean ignoreCase) {
                        return ok(column);
                    }

                    @Override
                    public Boolean nullCheck(ColumnReference<?> column, boolean isNull) {
                        return ok(column);
                    }

                    @Override
                    public Boolean constant(boolean value) {
                        return true;
                    }

                    @Override
                    public Boolean and(List<Condition> conditions) {
                        return conditions.stream().allMatch(c -> c.accept(this));
                    }

                    @Override
                    public Boolean or(List<Condition> conditions) {
                        return conditions.stream().allMatch(c -> c.accept(this));
                    }

                    @Override
                    public Boolean not(Condition condition) {
                        return condition.accept(this);
                    }
                });
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
}
