package dev.qlio.orm.internal.render;

import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.expression.ColumnReference;
import dev.qlio.orm.expression.Comparison;
import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.expression.ConditionVisitor;
import dev.qlio.orm.expression.Ordering;
import dev.qlio.orm.schema.types.SqlType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Renders conditions and orderings into SQL text with positional parameters: identifiers are quoted
 * by the dialect, every value becomes a bound parameter.
 */
public final class SqlRenderer implements ConditionVisitor<Void> {

    /** Longest list rendered as {@code IN (?, ...)}; longer ones go as one list parameter. */
    public static final int IN_LIST_LIMIT = 1000;

    private final RenderContext context;

    private final Dialect dialect;

    private final StringBuilder sql;

    private final Params params;

    private final boolean qualify;

    private final @Nullable String rootTable;

    private final @Nullable String rootQualifier;

    public SqlRenderer(RenderContext context, StringBuilder sql, Params params, boolean qualify) {
        this(context, sql, params, qualify, null, null);
    }

    /**
     * A renderer that qualifies columns, writing the root table's own columns with {@code
     * rootQualifier} (the alias a query selects the root under).
     */
    public SqlRenderer(
            RenderContext context,
            StringBuilder sql,
            Params params,
            boolean qualify,
            @Nullable String rootTable,
            @Nullable String rootQualifier) {
        this.context = context;
        this.dialect = context.dialect();
        this.sql = sql;
        this.params = params;
        this.qualify = qualify;
        this.rootTable = rootTable;
        this.rootQualifier = rootQualifier;
    }

    public String qualifierOf(ColumnReference<?> column) {
        String q = column.qualifier();
        return this.rootQualifier != null && q.equals(this.rootTable) ? this.rootQualifier : q;
    }

    public void condition(Condition condition) {
        condition.accept(this);
    }

    public void where(List<Condition> conditions) {
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

    public void orderBy(List<Ordering> orderings) {
        if (orderings.isEmpty()) {
            return;
        }
        this.sql.append(" ORDER BY ");
        for (int i = 0; i < orderings.size(); i++) {
            if (i > 0) {
                this.sql.append(", ");
            }
            Ordering o = orderings.get(i);
            column(o.column());
            if (o.descending()) {
                this.sql.append(" DESC");
            }
        }
    }

    public void column(ColumnReference<?> column) {
        if (this.qualify) {
            this.sql.append(this.dialect.quote(qualifierOf(column))).append('.');
        }
        this.sql.append(this.context.quotedName(column));
    }

    private String columnSql(ColumnReference<?> column) {
        return this.qualify
                ? this.dialect.quote(qualifierOf(column)) + "." + this.context.quotedName(column)
                : this.context.quotedName(column);
    }

    private void value(ColumnReference<?> column, Object value) {
        this.params.add(this.context.binder(column.type()), column.type(), value, column);
    }

    @Override
    public Void comparison(ColumnReference<?> column, Comparison operator, Object value) {
        column(column);
        this.sql.append(' ').append(operator.sql()).append(" ?");
        value(column, value);
        return null;
    }

    @Override
    public Void columnComparison(
            ColumnReference<?> left, Comparison operator, ColumnReference<?> right) {
        column(left);
        this.sql.append(' ').append(operator.sql()).append(' ');
        column(right);
        return null;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Void in(ColumnReference<?> column, Collection<?> values, boolean negated) {
        if (values.size() > IN_LIST_LIMIT) {
            SqlType type = column.type();
            int mark = this.sql.length();
            int chunk = this.dialect.maxListParameterLength();
            List<?> all = values instanceof List<?> l ? l : new ArrayList<>(values);
            int parts = (int) (((long) all.size() + chunk - 1) / chunk);
            if (parts > 1) {
                this.sql.append('(');
            }
            boolean supported = true;
            for (int part = 0; part < parts && supported; part++) {
                if (part > 0) {
                    this.sql.append(negated ? " AND " : " OR ");
                }
                supported =
                        this.dialect.appendLargeIn(
                                this.sql, columnSql(column), type.kind(), negated);
                if (supported) {
                    List<Object> dbValues = new ArrayList<>(Math.min(chunk, all.size()));
                    for (Object v :
                            all.subList(part * chunk, Math.min(all.size(), (part + 1) * chunk))) {
                        Object db = type.toDatabase(v);
                        if (this.dialect.checksValues()) {
                            this.dialect.checkValue(
                                    column.qualifier() + "." + column.name(), type.kind(), db);
                        }
                        dbValues.add(db);
                    }
                    this.params.addList(type.kind(), dbValues);
                }
            }
            if (supported) {
                if (parts > 1) {
                    this.sql.append(')');
                }
                return null;
            }
            this.sql.setLength(mark);
            if (values.size() + this.params.size() > this.dialect.maxBindParameters()) {
                throw new IllegalArgumentException(
                        "An IN list of "
                                + values.size()
                                + " "
                                + type
                                + " values exceeds "
                                + this.dialect.name()
                                + "'s "
                                + this.dialect.maxBindParameters()
                                + " bind parameters; split the query or use a join");
            }
        }
        // chunks of IN_LIST_LIMIT keep every list within what all databases parse comfortably
        List<?> list = values instanceof List<?> l ? l : new ArrayList<>(values);
        int chunks = (list.size() + IN_LIST_LIMIT - 1) / IN_LIST_LIMIT;
        if (chunks > 1) {
            this.sql.append('(');
        }
        for (int c = 0; c < chunks; c++) {
            if (c > 0) {
                this.sql.append(negated ? " AND " : " OR ");
            }
            column(column);
            this.sql.append(negated ? " NOT IN (" : " IN (");
            int end = Math.min(list.size(), (c + 1) * IN_LIST_LIMIT);
            for (int i = c * IN_LIST_LIMIT; i < end; i++) {
                this.sql.append(i % IN_LIST_LIMIT == 0 ? "?" : ", ?");
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
        this.dialect.appendLike(this.sql, columnSql(column), ignoreCase);
        String param = this.dialect.likeParameter(pattern, ignoreCase);
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
}
