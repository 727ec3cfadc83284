package dev.qlio.orm.expression;

import java.util.List;

/**
 * A query used inside another: in {@link Sql#exists}, {@link Expression#in(Subquery)} or as a
 * {@linkplain Sql#scalar scalar}. Every typed query a session builds with {@code
 * session.select(expressions...)} is one. Its columns are qualified by their table (or alias) name,
 * so a condition of the subquery may name a column of the enclosing query (a correlated subquery).
 */
public interface Subquery {

    /**
     * What the query selects.
     *
     * @return the selected expressions, in order
     */
    List<Expression<?>> selection();
}
