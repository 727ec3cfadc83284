package dev.qlio.orm.internal.query;

import dev.qlio.orm.expression.ColumnReference;
import dev.qlio.orm.expression.Comparison;
import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.expression.Expression;
import dev.qlio.orm.expression.NullOrdering;
import dev.qlio.orm.expression.SortKey;
import dev.qlio.orm.expression.Sql;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Keyset paging: the condition "after this position in this order", built from plain conditions, so
 * it renders (and binds) like any other. For sort keys {@code k1..kn} and a position {@code
 * v1..vn}, a row comes after it when, for some {@code i}, it ties on {@code k1..k(i-1)} and comes
 * after {@code vi} on {@code ki} — where "after" follows the key's direction and where its NULLs
 * go.
 */
final class Keyset {

    private Keyset() {}

    /**
     * Where NULLs go when a key does not say: last ascending, first descending (NULL sorts high).
     */
    static NullOrdering nulls(SortKey key) {
        if (key.nulls() != NullOrdering.DEFAULT) {
            return key.nulls();
        }
        return key.descending() ? NullOrdering.FIRST : NullOrdering.LAST;
    }

    /** The keys with their null ordering made explicit, so every database sorts alike. */
    static List<SortKey> explicit(List<? extends SortKey> keys) {
        List<SortKey> out = new ArrayList<>(keys.size());
        for (SortKey k : keys) {
            out.add(nulls(k) == NullOrdering.FIRST ? k.nullsFirst() : k.nullsLast());
        }
        return out;
    }

    /** Checks the values against the keys: one each, of each key's type. */
    static List<@Nullable Object> check(List<? extends SortKey> keys, @Nullable Object[] values) {
        if (keys.isEmpty()) {
            throw new IllegalStateException(
                    "Keyset paging continues in the order of orderBy(...): call orderBy first");
        }
        if (values.length != keys.size()) {
            throw new IllegalArgumentException(
                    "seekAfter(...) needs one value per sort key: "
                            + keys.size()
                            + " keys, "
                            + values.length
                            + " values");
        }
        List<@Nullable Object> list = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            Class<?> type = keys.get(i).expression().type().javaType();
            if (v != null && !type.isInstance(v)) {
                throw new IllegalArgumentException(
                        "seekAfter(...): value "
                                + (i + 1)
                                + " is a "
                                + v.getClass().getName()
                                + " but sort key "
                                + (i + 1)
                                + " is of "
                                + type.getName());
            }
            list.add(v);
        }
        return list;
    }

    /** The rows after the position. */
    static Condition after(List<? extends SortKey> keys, List<@Nullable Object> values) {
        List<Condition> terms = new ArrayList<>();
        List<Condition> ties = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            SortKey key = keys.get(i);
            Expression<?> e = key.expression();
            Object v = values.get(i);
            Condition after = after(e, key.descending(), nulls(key) == NullOrdering.LAST, v);
            if (after != null) {
                terms.add(all(ties, after));
            }
            ties.add(v == null ? nullCheck(e, true) : compare(e, Comparison.EQ, v));
        }
        if (terms.isEmpty()) {
            return Condition.expressionIn(keys.get(0).expression(), List.of(), false); // none
        }
        Condition any = terms.get(0);
        for (int i = 1; i < terms.size(); i++) {
            any = any.or(terms.get(i));
        }
        return any;
    }

    private static @Nullable Condition after(
            Expression<?> e, boolean descending, boolean nullsLast, @Nullable Object v) {
        if (v == null) {
            // after NULL: the values if NULLs come first, nothing if they come last
            return nullsLast ? null : nullCheck(e, false);
        }
        Condition beyond = compare(e, descending ? Comparison.LT : Comparison.GT, v);
        return nullsLast ? beyond.or(nullCheck(e, true)) : beyond;
    }

    private static Condition all(List<Condition> ties, Condition last) {
        Condition c = null;
        for (Condition t : ties) {
            c = c == null ? t : c.and(t);
        }
        return c == null ? last : c.and(last);
    }

    private static Condition nullCheck(Expression<?> e, boolean isNull) {
        return e instanceof ColumnReference<?> c
                ? Condition.nullCheck(c, isNull)
                : Condition.expressionNullCheck(e, isNull);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Condition compare(Expression<?> e, Comparison op, Object v) {
        if (e instanceof ColumnReference<?> c) {
            return Condition.compare(c, op, v);
        }
        return Condition.compareExpressions(
                e, op, Sql.value(v, (dev.qlio.orm.schema.types.SqlType) e.type()));
    }
}
