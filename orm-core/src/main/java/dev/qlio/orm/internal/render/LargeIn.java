package dev.qlio.orm.internal.render;

import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.expression.ColumnReference;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.types.SqlType;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@code IN} list longer than the dialect's {@linkplain dev.qlio.orm.dialect.LargeIn#inlineLimit
 * inline limit}: bound as list parameters (an array, or a JSON document the database unpacks) where
 * the dialect can for the column's kind, split over as many as the dialect's list length allows.
 * Its text and its {@linkplain #shape shape} are decided here, from the same answers, so a cached
 * text always fits the parameters.
 */
final class LargeIn {

    /** Variants a dialect may distinguish; part of the shape as {@code parts * VARIANTS + v}. */
    private static final int VARIANTS = 16;

    private LargeIn() {}

    /** Whether a list of this size goes as list parameters rather than ordinary ones. */
    static boolean large(RenderContext context, ColumnReference<?> column, int size) {
        return size > context.dialect().largeIn().inlineLimit()
                && context.bindsLists(column.type().kind());
    }

    /**
     * The part of a statement's shape an {@code IN} list decides: its size when its values are
     * inlined as parameters, or minus the number of list parameters it takes and their variant.
     */
    static int shape(RenderContext context, ColumnReference<?> column, Collection<?> values) {
        int size = values.size();
        if (!large(context, column, size)) {
            return size;
        }
        List<?> list = values instanceof List<?> l ? l : new ArrayList<>(values);
        return -(parts(context.dialect(), size) * VARIANTS + variant(context, column, list));
    }

    /** The dialect's variant of the list parameters, asked with the values' database form. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int variant(RenderContext context, ColumnReference<?> column, List<?> all) {
        SqlType type = column.type();
        // converted lazily: most dialects answer without looking at a value
        List<Object> dbValues =
                new AbstractList<>() {
                    @Override
                    public Object get(int index) {
                        return type.toDatabase(all.get(index));
                    }

                    @Override
                    public int size() {
                        return all.size();
                    }
                };
        int variant = context.dialect().largeIn().variant(type.kind(), dbValues);
        if (variant < 0 || variant >= VARIANTS) {
            throw new IllegalStateException("list variant out of range: " + variant);
        }
        return variant;
    }

    private static int parts(Dialect dialect, int size) {
        int chunk = dialect.largeIn().maxListLength();
        return (int) (((long) size + chunk - 1) / chunk);
    }

    /**
     * Whether a list of this size, a top-level condition of a {@code SELECT}, is joined as a
     * derived table of its values (the dialect's {@link dev.qlio.orm.dialect.LargeIn#joins}): only
     * on a column the model indexes (a key, a unique or indexed column, a foreign key the database
     * indexes), as the join probes the column's index once per value; without one the database
     * would read the derived table again for every row.
     */
    static boolean joined(RenderContext context, ColumnReference<?> column, int size) {
        if (!(column instanceof Column<?> c)
                || !indexed(c.origin())
                || !context.dialect().largeIn().joins(column.type().kind())) {
            return false;
        }
        return large(context, column, size);
    }

    private static boolean indexed(Column<?> c) {
        return c.isPrimaryKey() || c.isUnique() || c.isIndexed() || c.references() != null;
    }

    /**
     * Renders {@code column IN (<list>)}, or with several list parameters {@code (c IN (...) OR c
     * IN (...))}.
     *
     * <p>Only for a list {@link #large} says goes as list parameters.
     */
    static void render(
            RenderContext context,
            SqlWriter sql,
            Params params,
            ColumnReference<?> column,
            String columnSql,
            List<?> all,
            boolean negated) {
        SqlType<?> type = column.type();
        Dialect dialect = context.dialect();
        int parts = parts(dialect, all.size());
        int variant = variant(context, column, all);
        if (parts > 1) {
            sql.append('(');
        }
        for (int part = 0; part < parts; part++) {
            if (part > 0) {
                sql.append(negated ? " AND " : " OR ");
            }
            if (sql.on()
                    && !dialect.largeIn()
                            .append(sql.builder(), columnSql, type.kind(), negated, variant)) {
                throw new IllegalStateException(
                        dialect.name() + " refused a list parameter of " + type.kind());
            }
            bindPart(context, params, column, all, part);
        }
        if (parts > 1) {
            sql.append(')');
        }
    }

    /**
     * Renders {@code JOIN (<values>) alias ON column = alias.v} for a list {@link #joined} says is
     * joined. The values are made distinct here (a join would repeat a row for a repeated value),
     * cheaper than asking the database to, and spread over as many list parameters as the list's
     * length took in the {@linkplain #shape shape}, so the text fits whatever duplicates it had.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static void renderJoin(
            RenderContext context,
            SqlWriter sql,
            Params params,
            ColumnReference<?> column,
            String columnSql,
            List<?> all,
            String alias) {
        Dialect dialect = context.dialect();
        int parts = parts(dialect, all.size());
        SqlType type = column.type();
        if (sql.on()) {
            dialect.largeIn().appendJoin(sql.builder(), columnSql, type.kind(), parts, alias);
        }
        Map<Object, Object> distinct = new LinkedHashMap<>(all.size() * 2);
        for (Object v : all) {
            Object db = checked(dialect, column, type.toDatabase(v));
            distinct.putIfAbsent(sameValueKey(db), db);
        }
        List<Object> values = new ArrayList<>(distinct.values());
        int chunk = (values.size() + parts - 1) / parts;
        for (int part = 0; part < parts; part++) {
            int from = Math.min(values.size(), part * chunk);
            params.addList(
                    type.kind(), values.subList(from, Math.min(values.size(), from + chunk)));
        }
    }

    /** A key equal for two database values the database finds equal. */
    private static Object sameValueKey(Object db) {
        if (db instanceof BigDecimal d) {
            // 1.0 and 1.00 are one value in SQL
            return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
        }
        if (db instanceof byte[] b) {
            return ByteBuffer.wrap(b);
        }
        if (db instanceof Double d && d == 0.0) {
            return 0.0d;
        }
        if (db instanceof Float f && f == 0.0f) {
            return 0.0f;
        }
        return db;
    }

    private static Object checked(Dialect dialect, ColumnReference<?> column, Object db) {
        if (dialect.types().checksValues()) {
            dialect.types()
                    .checkValue(column.qualifier() + "." + column.name(), column.type().kind(), db);
        }
        return db;
    }

    /** Binds the values of one list parameter, converted to and checked as database values. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void bindPart(
            RenderContext context,
            Params params,
            ColumnReference<?> column,
            List<?> all,
            int part) {
        SqlType type = column.type();
        Dialect dialect = context.dialect();
        int chunk = dialect.largeIn().maxListLength();
        List<?> values = all.subList(part * chunk, Math.min(all.size(), (part + 1) * chunk));
        List<Object> dbValues = new ArrayList<>(values.size());
        for (Object v : values) {
            Object db = type.toDatabase(v);
            if (dialect.types().checksValues()) {
                dialect.types()
                        .checkValue(column.qualifier() + "." + column.name(), type.kind(), db);
            }
            dbValues.add(db);
        }
        params.addList(type.kind(), dbValues);
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
