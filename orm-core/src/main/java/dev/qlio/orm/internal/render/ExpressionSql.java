package dev.qlio.orm.internal.render;

import dev.qlio.orm.dialect.QuerySyntax;
import dev.qlio.orm.expression.ColumnReference;
import dev.qlio.orm.expression.Expression;
import dev.qlio.orm.expression.ExpressionVisitor;
import dev.qlio.orm.expression.NullOrdering;
import dev.qlio.orm.expression.SortKey;
import dev.qlio.orm.expression.Sql;
import dev.qlio.orm.expression.Subquery;
import dev.qlio.orm.schema.types.SqlType;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Renders expressions: columns as the {@link ConditionSql} they belong to qualifies them, values as
 * bound parameters, functions, aggregates and null ordering as the dialect's {@link QuerySyntax}
 * writes them so that each means the same on every database.
 */
final class ExpressionSql implements ExpressionVisitor<Void> {

    private final RenderContext context;

    private final SqlWriter sql;

    private final Params params;

    private final ConditionSql conditions;

    private final QuerySyntax syntax;

    ExpressionSql(RenderContext context, SqlWriter sql, Params params, ConditionSql conditions) {
        this.context = context;
        this.sql = sql;
        this.params = params;
        this.conditions = conditions;
        this.syntax = context.dialect().querySyntax();
    }

    void write(Expression<?> expression) {
        expression.accept(this);
    }

    /** A sort key: the expression, its direction and, where asked, where its NULLs go. */
    void sortKey(SortKey key, Runnable writeExpression) {
        NullOrdering nulls = key.nulls();
        boolean emulate = nulls != NullOrdering.DEFAULT && !this.syntax.nullsOrdering();
        if (emulate) {
            // 1 for NULL, 0 otherwise: NULLs first sorts it descending
            writeExpression.run();
            this.sql.append(nulls == NullOrdering.FIRST ? " IS NULL DESC, " : " IS NULL, ");
        }
        writeExpression.run();
        if (key.descending()) {
            this.sql.append(" DESC");
        }
        if (nulls != NullOrdering.DEFAULT && !emulate) {
            this.sql.append(nulls == NullOrdering.FIRST ? " NULLS FIRST" : " NULLS LAST");
        }
    }

    @Override
    public Void column(ColumnReference<?> column) {
        this.conditions.column(column);
        return null;
    }

    @Override
    public Void value(@Nullable Object value, SqlType<?> type) {
        this.sql.append(type.kind() == SqlType.Kind.NUMERIC ? this.syntax.numericParameter() : "?");
        this.params.add(this.context.binder(type), type, value, "value");
        return null;
    }

    @Override
    public Void function(Sql.Function function, List<Expression<?>> arguments) {
        switch (function) {
            case CURRENT_TIMESTAMP:
                this.sql.append(this.syntax.currentTimestamp());
                return null;
            case CONCAT:
                concat(arguments);
                return null;
            case LENGTH:
                call(this.syntax.charLength(), arguments);
                return null;
            default:
                call(function.name(), arguments);
                return null;
        }
    }

    private void call(String name, List<Expression<?>> arguments) {
        this.sql.append(name).append('(');
        list(arguments);
        this.sql.append(')');
    }

    private void list(List<? extends Expression<?>> expressions) {
        for (int i = 0; i < expressions.size(); i++) {
            if (i > 0) {
                this.sql.append(", ");
            }
            expressions.get(i).accept(this);
        }
    }

    private void concat(List<Expression<?>> arguments) {
        if (this.syntax.concatFunction()) {
            call("CONCAT", arguments);
            return;
        }
        String cast = this.syntax.textCast();
        this.sql.append('(');
        for (int i = 0; i < arguments.size(); i++) {
            if (i > 0) {
                this.sql.append(" || ");
            }
            Expression<?> a = arguments.get(i);
            if (cast != null && a.type().javaType() != String.class) {
                this.sql.append("CAST(");
                a.accept(this);
                this.sql.append(" AS ").append(cast).append(')');
            } else {
                a.accept(this);
            }
        }
        this.sql.append(')');
    }

    @Override
    public Void aggregate(
            Sql.Aggregate aggregate, @Nullable Expression<?> argument, boolean distinct) {
        this.sql.append(aggregate.name()).append('(');
        if (argument == null) {
            this.sql.append('*');
        } else {
            if (distinct) {
                this.sql.append("DISTINCT ");
            }
            if (aggregate == Sql.Aggregate.AVG) {
                // AVG of integers is an integer on H2: average in double precision everywhere
                this.sql.append("CAST(");
                argument.accept(this);
                this.sql
                        .append(" AS ")
                        .append(this.context.dialect().types().typeName(SqlType.DOUBLE))
                        .append(')');
            } else {
                argument.accept(this);
            }
        }
        this.sql.append(')');
        return null;
    }

    @Override
    public Void arithmetic(
            Sql.Operator operator, Expression<?> left, Expression<?> right, boolean integral) {
        this.sql.append('(');
        left.accept(this);
        if (operator == Sql.Operator.DIVIDE && integral) {
            this.sql.append(this.syntax.integerDivision());
        } else {
            this.sql.append(' ').append(operator.sql()).append(' ');
        }
        right.accept(this);
        this.sql.append(')');
        return null;
    }

    @Override
    public Void caseWhen(List<Sql.When<?>> branches, @Nullable Expression<?> otherwise) {
        this.sql.append("CASE");
        for (Sql.When<?> w : branches) {
            this.sql.append(" WHEN ");
            this.conditions.condition(w.condition());
            this.sql.append(" THEN ");
            w.result().accept(this);
        }
        if (otherwise != null) {
            this.sql.append(" ELSE ");
            otherwise.accept(this);
        }
        this.sql.append(" END");
        return null;
    }

    @Override
    public Void scalar(Subquery query) {
        this.sql.append('(');
        TupleSql.subquery(this.context, this.sql, this.params, this.conditions, query, false);
        this.sql.append(')');
        return null;
    }

    @Override
    public Void aliased(Expression<?> expression, String alias) {
        // the name belongs to the select list; anywhere else the expression stands for itself
        expression.accept(this);
        return null;
    }
}
