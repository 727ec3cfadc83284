package dev.qlio.orm.internal.query;

import dev.qlio.orm.expression.ColumnReference;
import dev.qlio.orm.expression.Expression;
import dev.qlio.orm.internal.render.Aliases;
import dev.qlio.orm.query.Tuple;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.internal.Records;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A result row of a select of expressions: its values and the shape they share. */
final class DefaultTuple implements Tuple {

    /** What every tuple of one result shares: the selection and the names of its expressions. */
    static final class Shape {

        final List<Expression<?>> selection;

        /** Name -> index, or {@link Records#AMBIGUOUS} boxed as -1. */
        final Map<String, Integer> names = new LinkedHashMap<>();

        Shape(List<Expression<?>> selection) {
            this.selection = selection;
            for (int i = 0; i < selection.size(); i++) {
                String name = nameOf(selection.get(i));
                if (name != null) {
                    this.names.merge(name, i, (a, b) -> -1);
                    String camel = camelCase(name);
                    if (!camel.equals(name)) {
                        this.names.merge(camel, i, (a, b) -> -1);
                    }
                }
            }
        }

        int indexOf(Expression<?> expression) {
            int i = this.selection.indexOf(expression);
            if (i < 0 && expression instanceof Column<?> c) {
                // the same column seen through the same alias is another object
                for (int j = 0; j < this.selection.size(); j++) {
                    if (this.selection.get(j) instanceof Column<?> s
                            && s.origin() == c.origin()
                            && s.qualifier().equals(c.qualifier())) {
                        return j;
                    }
                }
            }
            if (i < 0) {
                throw new IllegalArgumentException(
                        "The query does not select "
                                + expression
                                + " (it selects "
                                + this.selection
                                + ")");
            }
            return i;
        }

        private static @Nullable String nameOf(Expression<?> e) {
            String alias = Aliases.of(e);
            if (alias != null) {
                return alias;
            }
            if (e instanceof Column<?> c) {
                return c.propertyName();
            }
            if (e instanceof ColumnReference<?> r) {
                return r.name();
            }
            return null;
        }
    }

    private final Shape shape;

    private final @Nullable Object[] values;

    DefaultTuple(Shape shape, @Nullable Object[] values) {
        this.shape = shape;
        this.values = values;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> @Nullable V get(Expression<V> expression) {
        return (V) this.values[this.shape.indexOf(expression)];
    }

    @Override
    public @Nullable Object get(String name) {
        Integer i = this.shape.names.get(name);
        if (i == null || i < 0) {
            throw new IllegalArgumentException(
                    (i == null
                                    ? "No selected expression is named '"
                                    : "Several selected expressions are named '")
                            + name
                            + "' (names: "
                            + this.shape.names.keySet()
                            + ")");
        }
        return this.values[i];
    }

    @Override
    public @Nullable Object get(int index) {
        return this.values[index];
    }

    @Override
    public List<Expression<?>> selection() {
        return this.shape.selection;
    }

    @Override
    public List<@Nullable Object> values() {
        List<@Nullable Object> list = new ArrayList<>(this.values.length);
        Collections.addAll(list, this.values);
        return Collections.unmodifiableList(list);
    }

    @Override
    public <R> R into(Class<R> recordClass) {
        Map<String, @Nullable Object> byName = new HashMap<>();
        for (Map.Entry<String, Integer> e : this.shape.names.entrySet()) {
            int i = e.getValue();
            byName.put(e.getKey(), i < 0 ? Records.AMBIGUOUS : this.values[i]);
        }
        return Records.construct(recordClass, byName, "the query's select list");
    }

    @Override
    public String toString() {
        return "Tuple" + Arrays.toString(this.values);
    }

    static String camelCase(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        boolean upper = false;
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (ch == '_') {
                upper = sb.length() > 0;
            } else {
                sb.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return sb.toString();
    }
}
