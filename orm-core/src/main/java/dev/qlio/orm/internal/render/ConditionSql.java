package dev.qlio.orm.internal.render;

import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.expression.Aggregate;
import dev.qlio.orm.expression.ColumnReference;
import dev.qlio.orm.expression.Comparison;
import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.expression.ConditionVisitor;
import dev.qlio.orm.expression.Expression;
import dev.qlio.orm.expression.SortKey;
import dev.qlio.orm.expression.Subquery;
import dev.qlio.orm.schema.types.SqlType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Renders conditions and orderings with positional parameters: identifiers are quoted by the
 * dialect, every value becomes a bound parameter. The text of a condition depends only on its
 * {@linkplain ShapeKey shape}; the values only on the parameters.
 */
final class ConditionSql implements ConditionVisitor<Void> {

    private final RenderContext context;

    private final Dialect dialect;

    private final SqlWriter sql;

    private final Params params;

    private final boolean qualify;

    private final @Nullable String rootTable;

    private final @Nullable String rootQualifier;

    /** The qualifiers a column may have (typed selects of expressions), or {@code null}. */
    private final @Nullable Set<String> scope;

    private @Nullable ExpressionSql expressions;

    /** Unqualified columns, for single-table statements. */
    ConditionSql(RenderContext context, SqlWriter sql, Params params) {
        this(context, sql, params, false, null, null);
    }

    /**
     * Qualified columns, the root table's own written with {@code rootQualifier} (the alias a query
     * selects the root under) when given.
     */
    ConditionSql(
            RenderContext context,
            SqlWriter sql,
            Params params,
            boolean qualify,
            @Nullable String rootTable,
            @Nullable String rootQualifier) {
        this(context, sql, params, qualify, rootTable, rootQualifier, null);
    }

    /**
     * Qualified columns, each checked to belong to a table of {@code scope} (the tables of a select
     * of expressions and of the selects enclosing it).
     */
    ConditionSql(RenderContext context, SqlWriter sql, Params params, Set<String> scope) {
        this(context, sql, params, true, null, null, scope);
    }

    private ConditionSql(
            RenderContext context,
            SqlWriter sql,
            Params params,
            boolean qualify,
            @Nullable String rootTable,
            @Nullable String rootQualifier,
            @Nullable Set<String> scope) {
        this.scope = scope;
        this.context = context;
        this.dialect = context.dialect();
        this.sql = sql;
        this.params = params;
        this.qualify = qualify;
        this.rootTable = rootTable;
        this.rootQualifier = rootQualifier;
    }

    private String qualifierOf(ColumnReference<?> column) {
        String q = column.qualifier();
        return this.rootQualifier != null && q.equals(this.rootTable) ? this.rootQualifier : q;
    }

    /** The qualifiers columns may have here, or {@code null} when unchecked. */
    @Nullable Set<String> scope() {
        return this.scope;
    }

    ExpressionSql expressions() {
        ExpressionSql e = this.expressions;
        if (e == null) {
            e = new ExpressionSql(this.context, this.sql, this.params, this);
            this.expressions = e;
        }
        return e;
    }

    void condition(Condition condition) {
        condition.accept(this);
    }

    /** {@code WHERE c1 AND c2 ...}; nothing without conditions. */
    void where(List<Condition> conditions) {
        if (conditions.isEmpty()) {
            return;
        }
        this.sql.append(" WHERE ");
        if (conditions.size() == 1) {
            conditions.get(0).accept(this);
        } else {
            and(conditions);
        }
    }

    /** {@code ORDER BY ...}; nothing without orderings. */
    boolean orderBy(List<? extends SortKey> orderings) {
        if (orderings.isEmpty()) {
            return false;
        }
        this.sql.append(" ORDER BY ");
        orderList(orderings);
        return true;
    }

    /** The sort keys, comma-separated, without {@code ORDER BY}. */
    void orderList(List<? extends SortKey> orderings) {
        ExpressionSql e = expressions();
        for (int i = 0; i < orderings.size(); i++) {
            if (i > 0) {
                this.sql.append(", ");
            }
            SortKey o = orderings.get(i);
            e.sortKey(o, () -> e.write(o.expression()));
        }
    }

    void column(ColumnReference<?> column) {
        if (column instanceof Aggregate<?> aggregate) {
            if (this.sql.on()) {
                this.sql.append(columnSql(aggregate));
            }
            return;
        }
        Set<String> tables = this.scope;
        if (tables != null && !tables.contains(column.qualifier())) {
            throw new IllegalArgumentException(
                    "Column "
                            + column.qualifier()
                            + "."
                            + column.name()
                            + " is not from a table of this query (tables: "
                            + tables
                            + "): add its table with from(...) or join(...), or use the alias"
                            + " the table is joined under");
        }
        if (this.sql.on()) {
            if (this.qualify) {
                this.sql.quoted(qualifierOf(column)).append('.');
            }
            this.sql.append(this.context.quotedName(column));
        }
    }

    /** The rendered column, qualified as this renderer qualifies; empty with text off. */
    String columnSql(ColumnReference<?> column) {
        if (!this.sql.on()) {
            return "";
        }
        if (column instanceof Aggregate<?> aggregate) {
            ColumnReference<?> over = aggregate.column();
            String inner = over == null ? "*" : columnSql(over);
            if (aggregate.function() == Aggregate.Function.AVG) {
                // in decimal or floating point on every database: an integer average is not cut
                inner = inner + " * 1.0E0";
            }
            return aggregate.function().name()
                    + "("
                    + (aggregate.isDistinct() ? "DISTINCT " : "")
                    + inner
                    + ")";
        }
        return this.qualify
                ? this.dialect.identifiers().quote(qualifierOf(column))
                        + "."
                        + this.context.quotedName(column)
                : this.context.quotedName(column);
    }

    private void value(ColumnReference<?> column, Object value) {
        this.params.add(this.context.binder(column.type()), column.type(), value, column);
    }

    @Override
    public Void comparison(ColumnReference<?> column, Comparison operator, Object value) {
        column(column);
        this.sql.append(" ").append(operator.sql()).append(" ?");
        value(column, value);
        return null;
    }

    @Override
    public Void columnComparison(
            ColumnReference<?> left, Comparison operator, ColumnReference<?> right) {
        column(left);
        this.sql.append(" ").append(operator.sql()).append(" ");
        column(right);
        return null;
    }

    @Override
    public Void in(ColumnReference<?> column, Collection<?> values, boolean negated) {
        List<?> list = values instanceof List<?> l ? l : new ArrayList<>(values);
        if (LargeIn.large(this.context, column, list.size())) {
            LargeIn.render(
                    this.context, this.sql, this.params, column, columnSql(column), list, negated);
            return null;
        }
        LargeIn.checkBindLimit(this.dialect, column, list.size(), this.params.size());
        // chunks keep every list within what the database parses comfortably (or, where one list
        // is planned better, one list)
        int limit = this.dialect.largeIn().inlineChunk();
        int chunks = (int) (((long) list.size() + limit - 1) / limit);
        if (chunks > 1) {
            this.sql.append('(');
        }
        for (int c = 0; c < chunks; c++) {
            if (c > 0) {
                this.sql.append(negated ? " AND " : " OR ");
            }
            column(column);
            this.sql.append(negated ? " NOT IN (" : " IN (");
            int start = c * limit;
            int end = (int) Math.min(list.size(), (long) start + limit);
            for (int i = start; i < end; i++) {
                this.sql.append(i == start ? "?" : ", ?");
                value(column, list.get(i));
            }
            this.sql.append(')');
        }
        if (chunks > 1) {
            this.sql.append(')');
        }
        return null;
    }

    @Override
    public Void like(ColumnReference<?> column, String pattern, boolean ignoreCase) {
        if (this.sql.on()) {
            this.dialect.like().append(this.sql.builder(), columnSql(column), ignoreCase);
        }
        String param = this.dialect.like().parameter(pattern, ignoreCase);
        this.params.add(this.context.binder(SqlType.TEXT), SqlType.TEXT, param, column);
        return null;
    }

    @Override
    public Void nullCheck(ColumnReference<?> column, boolean isNull) {
        column(column);
        this.sql.append(isNull ? " IS NULL" : " IS NOT NULL");
        return null;
    }

    @Override
    public Void constant(boolean value) {
        this.sql.append(value ? "1 = 1" : "1 = 0");
        return null;
    }

    @Override
    public Void and(List<Condition> conditions) {
        junction(conditions, " AND ");
        return null;
    }

    @Override
    public Void or(List<Condition> conditions) {
        junction(conditions, " OR ");
        return null;
    }

    private void junction(List<Condition> conditions, String operator) {
        this.sql.append('(');
        for (int i = 0; i < conditions.size(); i++) {
            if (i > 0) {
                this.sql.append(operator);
            }
            conditions.get(i).accept(this);
        }
        this.sql.append(')');
    }

    @Override
    public Void not(Condition condition) {
        this.sql.append("NOT (");
        condition.accept(this);
        this.sql.append(')');
        return null;
    }

    // ---- expressions and subqueries ----------------------------------------------------------

    @Override
    public Void compareExpressions(Expression<?> left, Comparison operator, Expression<?> right) {
        ExpressionSql e = expressions();
        e.write(left);
        this.sql.append(" ").append(operator.sql()).append(" ");
        e.write(right);
        return null;
    }

    @Override
    public Void expressionIn(Expression<?> operand, List<?> values, boolean negated) {
        ExpressionSql e = expressions();
        e.write(operand);
        this.sql.append(negated ? " NOT IN (" : " IN (");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                this.sql.append(", ");
            }
            e.value(values.get(i), operand.type());
        }
        this.sql.append(')');
        return null;
    }

    @Override
    public Void expressionLike(Expression<?> operand, String pattern) {
        // the dialect writes LIKE around the operand's text; its parameters come first
        SqlWriter text =
                this.sql.on()
                        ? SqlWriter.text(this.dialect, 64)
                        : SqlWriter.paramsOnly(this.dialect);
        new ConditionSql(
                        this.context,
                        text,
                        this.params,
                        this.qualify,
                        this.rootTable,
                        this.rootQualifier,
                        this.scope)
                .expressions()
                .write(operand);
        if (this.sql.on()) {
            this.dialect.like().append(this.sql.builder(), text.toString(), false);
        }
        String param = this.dialect.like().parameter(pattern, false);
        this.params.add(this.context.binder(SqlType.TEXT), SqlType.TEXT, param, "pattern");
        return null;
    }

    @Override
    public Void expressionNullCheck(Expression<?> operand, boolean isNull) {
        expressions().write(operand);
        this.sql.append(isNull ? " IS NULL" : " IS NOT NULL");
        return null;
    }

    @Override
    public Void inSubquery(Expression<?> operand, Subquery query, boolean negated) {
        expressions().write(operand);
        this.sql.append(negated ? " NOT IN (" : " IN (");
        TupleSql.subquery(this.context, this.sql, this.params, this, query, false);
        this.sql.append(')');
        return null;
    }

    @Override
    public Void exists(Subquery query) {
        this.sql.append("EXISTS (");
        TupleSql.subquery(this.context, this.sql, this.params, this, query, true);
        this.sql.append(')');
        return null;
    }
}
