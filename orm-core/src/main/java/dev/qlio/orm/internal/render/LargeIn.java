package dev.qlio.orm.internal.render;

import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.expression.ColumnReference;
import dev.qlio.orm.schema.types.SqlType;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@code IN} list longer than {@link #INLINE_LIMIT}: bound as list parameters (an array, or a
 * JSON document the database unpacks) where the dialect can for the column's kind, split over as
 * many as the dialect's list length allows. Its text and its {@linkplain #shape shape} are decided
 * here, from the same answers, so a cached text always fits the parameters.
 */
final class LargeIn {

    /** Longest list rendered as {@code IN (?, ...)}; longer ones go as list parameters. */
    static final int INLINE_LIMIT = 1000;

    private LargeIn() {}

    /**
     * The part of a statement's shape an {@code IN} list decides: its size when its values are
     * inlined as parameters, or minus the number of list parameters it takes.
     */
    static int shape(RenderContext context, ColumnReference<?> column, int size) {
        if (size <= INLINE_LIMIT || !context.bindsLists(column.type().kind())) {
            return size;
        }
        return -parts(context.dialect(), size);
    }

    private static int parts(Dialect dialect, int size) {
        int chunk = dialect.largeIn().maxListLength();
        return (int) (((long) size + chunk - 1) / chunk);
    }

    /**
     * Renders {@code column IN (<list>)}, or with several list parameters {@code (c IN (...) OR c
     * IN (...))}.
     *
     * @return {@code false}, with nothing written or collected, when the dialect cannot
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static boolean render(
            RenderContext context,
            SqlWriter sql,
            Params params,
            ColumnReference<?> column,
            String columnSql,
            List<?> all,
            boolean negated) {
        SqlType type = column.type();
        if (!context.bindsLists(type.kind())) {
            return false;
        }
        Dialect dialect = context.dialect();
        int chunk = dialect.largeIn().maxListLength();
        int parts = parts(dialect, all.size());
        if (parts > 1) {
            sql.append('(');
        }
        for (int part = 0; part < parts; part++) {
            if (part > 0) {
                sql.append(negated ? " AND " : " OR ");
            }
            if (sql.on()
                    && !dialect.largeIn().append(sql.builder(), columnSql, type.kind(), negated)) {
                throw new IllegalStateException(
                        dialect.name() + " refused a list parameter of " + type.kind());
            }
            List<Object> dbValues = new ArrayList<>(Math.min(chunk, all.size()));
            for (Object v : all.subList(part * chunk, Math.min(all.size(), (part + 1) * chunk))) {
                Object db = type.toDatabase(v);
                if (dialect.types().checksValues()) {
                    dialect.types()
                            .checkValue(column.qualifier() + "." + column.name(), type.kind(), db);
                }
                dbValues.add(db);
            }
            params.addList(type.kind(), dbValues);
        }
        if (parts > 1) {
            sql.append(')');
        }
        return true;
    }

    /** Refuses an inlined list that would exceed the dialect's bind-parameter limit. */
    static void checkBindLimit(
            Dialect dialect, ColumnReference<?> column, int size, int alreadyBound) {
        if (size + alreadyBound > dialect.statements().maxBindParameters()) {
            throw new IllegalArgumentException(
                    "An IN list of "
                            + size
                            + " "
                            + column.type()
                            + " values exceeds "
                            + dialect.name()
                            + "'s "
                            + dialect.statements().maxBindParameters()
                            + " bind parameters; split the query or use a join");
        }
    }
}
