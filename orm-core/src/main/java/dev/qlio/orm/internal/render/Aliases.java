package dev.qlio.orm.internal.render;

import dev.qlio.orm.expression.ColumnReference;
import dev.qlio.orm.expression.Expression;
import dev.qlio.orm.expression.ExpressionVisitor;
import dev.qlio.orm.expression.Sql;
import dev.qlio.orm.expression.Subquery;
import dev.qlio.orm.schema.types.SqlType;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The alias an expression was given with {@code as(...)}, if any (empty when none). */
public final class Aliases implements ExpressionVisitor<String> {

    private static final Aliases INSTANCE = new Aliases();

    private Aliases() {}

    /**
     * The alias of an expression.
     *
     * @param expression the expression
     * @return its alias, or {@code null} when it has none
     */
    public static @Nullable String of(Expression<?> expression) {
        String alias = expression.accept(INSTANCE);
        return alias.isEmpty() ? null : alias;
    }

    @Override
    public String column(ColumnReference<?> column) {
        return "";
    }

    @Override
    public String value(@Nullable Object value, SqlType<?> type) {
        return "";
    }

    @Override
    public String function(Sql.Function function, List<Expression<?>> arguments) {
        return "";
    }

    @Override
    public String aggregate(
            Sql.Aggregate aggregate, @Nullable Expression<?> argument, boolean distinct) {
        return "";
    }

    @Override
    public String arithmetic(
            Sql.Operator operator, Expression<?> left, Expression<?> right, boolean integral) {
        return "";
    }

    @Override
    public String caseWhen(List<Sql.When<?>> branches, @Nullable Expression<?> otherwise) {
        return "";
    }

    @Override
    public String scalar(Subquery query) {
        return "";
    }

    @Override
    public String aliased(Expression<?> expression, String alias) {
        return alias;
    }
}
