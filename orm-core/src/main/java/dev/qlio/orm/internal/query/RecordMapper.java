package dev.qlio.orm.internal.query;

import dev.qlio.orm.dialect.ValueReader;
import dev.qlio.orm.expression.Aggregate;
import dev.qlio.orm.expression.ColumnReference;
import dev.qlio.orm.internal.engine.Engine;
import dev.qlio.orm.schema.Column;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a projection's result rows into records: each component takes the selected item of its name
 * (a column's property name, an aggregate's alias), read by the item's own type and converted to
 * the component's where a number fits exactly. Matched once, when the projection is built.
 *
 * @param <R> the record type
 */
final class RecordMapper<R extends Record> {

    private final Class<R> type;

    private final Constructor<R> constructor;

    private final String[] names;

    private final Class<?>[] types;

    private final int[] itemOf;

    private final ValueReader[] readers;

    RecordMapper(Class<R> type, List<ColumnReference<?>> items, Engine engine) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        this.type = type;
        Map<String, Integer> byName = new LinkedHashMap<>();
        this.readers = new ValueReader[items.size()];
        for (int i = 0; i < items.size(); i++) {
            ColumnReference<?> item = items.get(i);
            String name = name(item);
            if (byName.put(name, i) != null) {
                throw new IllegalArgumentException(
                        "Two selected items are named '" + name + "': give one another alias");
            }
            this.readers[i] = engine.reader(item.type());
        }
        RecordComponent[] components = type.getRecordComponents();
        this.names = new String[components.length];
        this.types = new Class<?>[components.length];
        this.itemOf = new int[components.length];
        Class<?>[] parameterTypes = new Class<?>[components.length];
        List<String> unused = new ArrayList<>(byName.keySet());
        for (int c = 0; c < components.length; c++) {
            String name = components[c].getName();
            Integer item = byName.get(name);
            if (item == null) {
                throw new IllegalArgumentException(
                        "Record component "
                                + type.getSimpleName()
                                + "."
                                + name
                                + " has no selected item of that name (selected: "
                                + byName.keySet()
                                + "); select the column whose property is '"
                                + name
                                + "', or name an aggregate with as(\""
                                + name
                                + "\")");
            }
            unused.remove(name);
            this.names[c] = name;
            this.types[c] = components[c].getType();
            this.itemOf[c] = item;
            parameterTypes[c] = components[c].getType();
        }
        if (!unused.isEmpty()) {
            throw new IllegalArgumentException(
                    "Selected items "
                            + unused
                            + " match no component of record "
                            + type.getSimpleName()
                            + ": add components of those names, or leave them out");
        }
        try {
            this.constructor = type.getDeclaredConstructor(parameterTypes);
            this.constructor.setAccessible(true);
        } catch (NoSuchMethodException | RuntimeException ex) {
            throw new IllegalArgumentException(
                    "Cannot use the canonical constructor of " + type.getName(), ex);
        }
    }

    /** The name a record component must have to take an item. */
    static String name(ColumnReference<?> item) {
        if (item instanceof Aggregate<?> a) {
            String alias = a.alias();
            if (alias == null) {
                throw new IllegalArgumentException(
                        "Aggregate "
                                + a.name()
                                + " needs a name to meet a record component: add"
                                + " .as(\"componentName\")");
            }
            return alias;
        }
        return item instanceof Column<?> c ? c.propertyName() : item.name();
    }

    R read(ResultSet rs) throws SQLException {
        @Nullable Object[] args = new Object[this.names.length];
        for (int c = 0; c < args.length; c++) {
            int item = this.itemOf[c];
            args[c] = convert(this.readers[item].read(rs, item + 1), c);
        }
        try {
            return this.constructor.newInstance(args);
        } catch (InvocationTargetException ex) {
            throw new IllegalArgumentException(
                    "Record " + this.type.getSimpleName() + " refused the values read",
                    ex.getCause());
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private @Nullable Object convert(@Nullable Object value, int c) {
        Class<?> target = boxed(this.types[c]);
        if (value == null) {
            if (this.types[c].isPrimitive()) {
                throw new IllegalArgumentException(
                        "Record component "
                                + this.type.getSimpleName()
                                + "."
                                + this.names[c]
                                + " is a "
                                + this.types[c]
                                + " but the query gave NULL: declare it as "
                                + target.getSimpleName());
            }
            return null;
        }
        if (target.isInstance(value)) {
            return value;
        }
        if (value instanceof Number n) {
            Object converted = number(n, target);
            if (converted != null) {
                return converted;
            }
        }
        throw new IllegalArgumentException(
                "Record component "
                        + this.type.getSimpleName()
                        + "."
                        + this.names[c]
                        + " is a "
                        + this.types[c].getSimpleName()
                        + " but the query gives a "
                        + value.getClass().getSimpleName()
                        + " ("
                        + value
                        + "): declare it as "
                        + value.getClass().getSimpleName());
    }

    /** The number as the target type when it fits exactly, else {@code null}. */
    private static @Nullable Object number(Number n, Class<?> target) {
        BigDecimal exact = n instanceof BigDecimal d ? d : new BigDecimal(n.toString());
        try {
            if (target == Long.class) {
                return exact.longValueExact();
            }
            if (target == Integer.class) {
                return exact.intValueExact();
            }
            if (target == Short.class) {
                return exact.shortValueExact();
            }
            if (target == BigInteger.class) {
                return exact.toBigIntegerExact();
            }
        } catch (ArithmeticException ex) {
            return null;
        }
        if (target == BigDecimal.class) {
            return exact;
        }
        if (target == Double.class) {
            return n.doubleValue();
        }
        return null;
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "long" -> Long.class;
            case "int" -> Integer.class;
            case "short" -> Short.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            case "boolean" -> Boolean.class;
            case "byte" -> Byte.class;
            default -> Character.class;
        };
    }
}
