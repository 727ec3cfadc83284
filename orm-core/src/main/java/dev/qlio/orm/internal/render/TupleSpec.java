package dev.qlio.orm.internal.render;

import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.expression.Expression;
import dev.qlio.orm.expression.SortKey;
import dev.qlio.orm.expression.Subquery;
import dev.qlio.orm.schema.TableMeta;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An immutable description of a select of expressions: what {@code session.select(expressions...)}
 * builds and {@link TupleSql} turns into SQL.
 *
 * @param selection the selected expressions, in order
 * @param distinct whether duplicate result rows are removed
 * @param from the first table
 * @param fromAlias its alias, or {@code null}
 * @param joins the joined tables, in order
 * @param conditions the {@code WHERE} conditions, combined with AND
 * @param groupBy the {@code GROUP BY} expressions
 * @param having the {@code HAVING} conditions, combined with AND
 * @param orderings the sort keys
 * @param limit the most rows, or {@code -1}
 * @param offset the rows skipped
 * @param lock the row lock, or {@code null}
 */
public record TupleSpec(
        List<Expression<?>> selection,
        boolean distinct,
        TableMeta<?> from,
        @Nullable String fromAlias,
        List<Join> joins,
        List<Condition> conditions,
        List<Expression<?>> groupBy,
        List<Condition> having,
        List<SortKey> orderings,
        int limit,
        int offset,
        @Nullable Lock lock) {

    /**
     * A joined table.
     *
     * @param left whether it is a {@code LEFT JOIN} (else an inner {@code JOIN})
     * @param table the table
     * @param alias its alias, or {@code null}
     * @param on the join condition
     */
    public record Join(boolean left, TableMeta<?> table, @Nullable String alias, Condition on) {

        /**
         * The name its columns are qualified with.
         *
         * @return the alias or the table name
         */
        public String qualifier() {
            return this.alias != null ? this.alias : this.table.name();
        }
    }

    /**
     * A row lock.
     *
     * @param share whether shared ({@code FOR SHARE}) rather than exclusive
     * @param waitPolicy {@code NOWAIT}, {@code SKIP LOCKED} or {@code null}
     */
    public record Lock(boolean share, @Nullable String waitPolicy) {}

    /** What renders as a subquery: a query built by a session. */
    public interface Source {

        /**
         * The query's description now.
         *
         * @return the description
         */
        TupleSpec tupleSpec();
    }

    /** Copies the lists. */
    public TupleSpec {
        selection = List.copyOf(selection);
        joins = List.copyOf(joins);
        conditions = List.copyOf(conditions);
        groupBy = List.copyOf(groupBy);
        having = List.copyOf(having);
        orderings = List.copyOf(orderings);
    }

    /**
     * The description of a subquery.
     *
     * @param query the subquery
     * @return its description
     * @throws IllegalArgumentException when it was not built by a Qlio session
     */
    public static TupleSpec of(Subquery query) {
        if (query instanceof Source s) {
            return s.tupleSpec();
        }
        throw new IllegalArgumentException(
                "A subquery must be built by session.select(expressions...), not "
                        + query.getClass().getName());
    }

    /**
     * The name the first table's columns are qualified with.
     *
     * @return the alias or the table name
     */
    public String fromQualifier() {
        return this.fromAlias != null ? this.fromAlias : this.from.name();
    }

    /**
     * The names columns of this select may be qualified with: the first table's and the joined
     * tables'.
     *
     * @return the qualifiers, in order
     */
    public Set<String> qualifiers() {
        Set<String> names = new LinkedHashSet<>();
        names.add(fromQualifier());
        for (Join j : this.joins) {
            names.add(j.qualifier());
        }
        return names;
    }
}
