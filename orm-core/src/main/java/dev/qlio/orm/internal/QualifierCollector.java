package dev.qlio.orm.internal;

import dev.qlio.orm.expression.ColumnReference;
import dev.qlio.orm.expression.Comparison;
import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.expression.ConditionVisitor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the columns a condition uses, by qualifier (table or alias name). */
final class QualifierCollector implements ConditionVisitor<Void> {

    final Map<String, ColumnReference<?>> byQualifier = new LinkedHashMap<>();

    static Map<String, ColumnReference<?>> of(Condition condition) {
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
