package dev.qlio.orm.internal.query;

import dev.qlio.orm.expression.Comparison;
import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.expression.Ordering;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The condition of keyset paging: the rows that come after one row in a query's order. For sort
 * keys {@code a, b, id} it is {@code a > ? OR (a = ? AND b > ?) OR (a = ? AND b = ? AND id > ?)},
 * each {@code >} a {@code <} on a descending key, and on a nullable key the database's place for
 * NULLs (first or last, per dialect and direction) taken into account: after a NULL come the
 * non-NULL values if NULLs sort first, nothing more of that key if they sort last. Every value is a
 * parameter. The order must end in the primary key, so that every row has one place and a row
 * inserted meanwhile either sorts before the cursor (never shown) or after it (shown once).
 */
final class RowKeyset {

    private RowKeyset() {}

    /**
     * The rows after {@code row} in {@code orderings}.
     *
     * @param root the selected table
     * @param orderings the query's order, on columns of {@code root}, including its primary key
     * @param row the last row of the page before
     * @param nullsLow whether the database sorts NULL below every value
     * @return the condition
     */
    static Condition after(
            TableMeta<?> root, List<Ordering> orderings, Table row, boolean nullsLow) {
        Objects.requireNonNull(row, "row must not be null");
        if (row.getClass() != root.tableClass()) {
            throw new IllegalArgumentException(
                    "after(row) needs a row of "
                            + root.tableClass().getName()
                            + ", the table this query selects, not "
                            + row.getClass().getName());
        }
        if (orderings.isEmpty()) {
            throw new IllegalStateException(
                    "after(row) continues in the query's order: call orderBy(...) first, ending"
                            + " with the primary key");
        }
        List<Column<?>> keys = new ArrayList<>();
        for (Ordering o : orderings) {
            if (!(o.column() instanceof Column<?> c)
                    || c.aliasQualifier() != null
                    || c.declaringClass() != root.tableClass()) {
                throw new IllegalArgumentException(
                        "after(row) compares the row's own values: order by columns of "
                                + root.tableClass().getSimpleName()
                                + " only, not "
                                + o.column().qualifier()
                                + "."
                                + o.column().name());
            }
            keys.add(c);
        }
        for (Column<?> pk : root.columns()) {
            if (pk.isPrimaryKey() && !keys.contains(pk)) {
                throw new IllegalStateException(
                        "after(row) needs an order in which every row has one place: end"
                                + " orderBy(...) with the primary key ("
                                + root.tableClass().getSimpleName()
                                + "."
                                + pk.fieldName()
                                + ")");
            }
        }
        List<Condition> terms = new ArrayList<>();
        List<Condition> equalSoFar = new ArrayList<>();
        for (int i = 0; i < orderings.size(); i++) {
            Column<?> c = keys.get(i);
            Object value = row.get(c);
            boolean descending = orderings.get(i).descending();
            boolean nullsFirst = nullsLow != descending;
            Condition beyond = beyond(c, value, descending, nullsFirst);
            if (beyond != null) {
                terms.add(all(equalSoFar, beyond));
            }
            equalSoFar.add(
                    value == null
                            ? Condition.nullCheck(c, true)
                            : Condition.compare(c, Comparison.EQ, value));
        }
        if (terms.isEmpty()) {
            // nothing sorts after the last row: an empty list is false
            return Condition.in(keys.get(0), List.of(), false);
        }
        Condition result = terms.get(0);
        for (int i = 1; i < terms.size(); i++) {
            result = result.or(terms.get(i));
        }
        return result;
    }

    /** The values of one key that sort after {@code value}, or {@code null} for none. */
    private static @Nullable Condition beyond(
            Column<?> c, @Nullable Object value, boolean descending, boolean nullsFirst) {
        if (value == null) {
            return nullsFirst ? Condition.nullCheck(c, false) : null;
        }
        Condition past = Condition.compare(c, descending ? Comparison.LT : Comparison.GT, value);
        return c.isNullable() && !nullsFirst ? past.or(Condition.nullCheck(c, true)) : past;
    }

    private static Condition all(List<Condition> equal, Condition last) {
        Condition result = last;
        for (int i = equal.size() - 1; i >= 0; i--) {
            result = equal.get(i).and(result);
        }
        return result;
    }
}
