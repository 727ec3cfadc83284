package dev.qlio.orm.internal.render;

import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.expression.Expression;
import dev.qlio.orm.expression.NullOrdering;
import dev.qlio.orm.expression.SortKey;
import dev.qlio.orm.expression.Subquery;
import dev.qlio.orm.schema.TableMeta;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link TupleSpec}: {@code SELECT [DISTINCT] expressions FROM t [JOIN ...] [WHERE ...]
 * [GROUP BY ...] [HAVING ...] [ORDER BY ...]} with paging and a row lock. Every column is qualified
 * by its table's (or alias's) name and checked to belong to a table of the select, or of a select
 * enclosing it when the select is a subquery.
 */
final class TupleSql {

    private final RenderContext context;

    private final TupleSpec spec;

    private final SqlWriter sql;

    private final Params params;

    private final ConditionSql conditions;

    private final ExpressionSql expressions;

    private TupleSql(
            RenderContext context,
            TupleSpec spec,
            SqlWriter sql,
            Params params,
            @Nullable Set<String> outerScope) {
        this.context = context;
        this.spec = spec;
        this.sql = sql;
        this.params = params;
        Set<String> scope = new LinkedHashSet<>(spec.qualifiers());
        if (outerScope != null) {
            scope.addAll(outerScope);
        }
        this.conditions = new ConditionSql(context, sql, params, scope);
        this.expressions = this.conditions.expressions();
    }

    /** A whole statement. */
    static void statement(RenderContext context, SqlWriter sql, Params params, TupleSpec spec) {
        new TupleSql(context, spec, sql, params, null).select(false, true);
    }

    /**
     * A subquery inside {@code outer}'s statement, without its parentheses; for {@code EXISTS} it
     * selects {@code 1}.
     */
    static void subquery(
            RenderContext context,
            SqlWriter sql,
            Params params,
            ConditionSql outer,
            Subquery query,
            boolean exists) {
        TupleSpec spec = TupleSpec.of(query);
        if (spec.lock() != null) {
            throw new IllegalArgumentException(
                    "A subquery cannot lock rows: leave forUpdate()/forShare() to the outer query");
        }
        new TupleSql(context, spec, sql, params, outer.scope()).select(exists, false);
    }

    private void select(boolean exists, boolean aliases) {
        this.sql.append(this.spec.distinct() ? "SELECT DISTINCT " : "SELECT ");
        if (exists) {
            this.sql.append('1');
        } else {
            selection(aliases);
        }
        this.sql.append(" FROM ").append(table(this.spec.from()));
        if (this.spec.fromAlias() != null) {
            this.sql.append(' ').quoted(this.spec.fromAlias());
        }
        Filters filters = this.context.filters();
        for (TupleSpec.Join j : this.spec.joins()) {
            this.sql.append(j.left() ? " LEFT JOIN " : " JOIN ").append(table(j.table()));
            if (j.alias() != null) {
                this.sql.append(' ').quoted(j.alias());
            }
            this.sql.append(" ON ");
            this.conditions.condition(j.on());
            String q = j.alias() != null ? j.alias() : j.table().name();
            filters.and(this.context, this.sql, this.params, j.table(), q);
        }
        if (filters.where(
                this.context, this.sql, this.params, this.spec.from(), this.spec.fromQualifier())) {
            for (Condition c : this.spec.conditions()) {
                this.sql.append(" AND (");
                this.conditions.condition(c);
                this.sql.append(')');
            }
        } else {
            this.conditions.where(this.spec.conditions());
        }
        list(" GROUP BY ", this.spec.groupBy());
        having(this.spec.having());
        orderBy(this.spec.orderings());
        this.sql.limitOffset(this.spec.limit(), this.spec.offset());
        TupleSpec.Lock lock = this.spec.lock();
        if (lock != null) {
            lock(lock);
        }
    }

    /** A table's quoted name as the database spells it; nothing with text off. */
    private String table(TableMeta<?> table) {
        return this.sql.on() ? this.context.quotedTable(table) : "";
    }

    private void selection(boolean aliases) {
        List<Expression<?>> selection = this.spec.selection();
        for (int i = 0; i < selection.size(); i++) {
            if (i > 0) {
                this.sql.append(", ");
            }
            Expression<?> e = selection.get(i);
            this.expressions.write(e);
            String alias = aliases ? Aliases.of(e) : null;
            if (alias != null) {
                this.sql.append(" AS ").quoted(alias);
            }
        }
    }

    private void list(String keyword, List<Expression<?>> expressions) {
        if (expressions.isEmpty()) {
            return;
        }
        this.sql.append(keyword);
        for (int i = 0; i < expressions.size(); i++) {
            if (i > 0) {
                this.sql.append(", ");
            }
            this.expressions.write(expressions.get(i));
        }
    }

    private void having(List<Condition> having) {
        if (having.isEmpty()) {
            return;
        }
        this.sql.append(" HAVING ");
        Condition all = having.get(0);
        for (int i = 1; i < having.size(); i++) {
            all = all.and(having.get(i));
        }
        this.conditions.condition(all);
    }

    /** A selected expression with an alias is sorted on by its alias (valid everywhere). */
    private void orderBy(List<SortKey> orderings) {
        if (orderings.isEmpty()) {
            return;
        }
        this.sql.append(" ORDER BY ");
        for (int i = 0; i < orderings.size(); i++) {
            if (i > 0) {
                this.sql.append(", ");
            }
            SortKey key = orderings.get(i);
            Expression<?> e = key.expression();
            String alias = Aliases.of(e);
            String name = alias != null ? alias : "";
            boolean byAlias =
                    alias != null
                            && this.spec.selection().contains(e)
                            && (key.nulls() == NullOrdering.DEFAULT
                                    || this.context.dialect().querySyntax().nullsOrdering());
            this.expressions.sortKey(
                    key,
                    () -> {
                        if (byAlias) {
                            this.sql.quoted(name);
                        } else {
                            this.expressions.write(e);
                        }
                    });
        }
    }

    private void lock(TupleSpec.Lock lock) {
        if (this.sql.on()) {
            String of =
                    this.spec.joins().isEmpty()
                            ? null
                            : this.context.dialect().identifiers().quote(this.spec.fromQualifier());
            this.context
                    .dialect()
                    .querySyntax()
                    .appendLock(this.sql.builder(), lock.share(), lock.waitPolicy(), of);
        }
    }
}
