package dev.qlio.orm.schema.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Java records built from named values and taken apart into them: what {@code
 * row.into(View.class)}, {@code tuple.into(View.class)} and {@code TableMeta.newRow(record)} share.
 * Numbers convert between their boxed and primitive types when the value fits exactly; every error
 * names the record and the component. Not for applications; may change without notice.
 */
public final class Records {

    /** Marks a name that two values carry: the component must say which (an alias). */
    public static final Object AMBIGUOUS = new Object();

    private static final Map<Class<?>, Class<?>> BOXES =
            Map.of(
                    long.class, Long.class,
                    int.class, Integer.class,
                    short.class, Short.class,
                    byte.class, Byte.class,
                    double.class, Double.class,
                    float.class, Float.class,
                    boolean.class, Boolean.class,
                    char.class, Character.class);

    private Records() {}

    /**
     * Builds a record, each component from the value of its name.
     *
     * @param type the record class
     * @param values the values by name ({@link #AMBIGUOUS} for a name two values carry)
     * @param source what the values come from, for messages, e.g. {@code the query}
     * @param <R> the record type
     * @return the record
     * @throws IllegalArgumentException naming the component that has no value, an ambiguous one, or
     *     one whose value does not fit its type
     */
    public static <R> R construct(
            Class<R> type, Map<String, ? extends @Nullable Object> values, String source) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(
                    type.getName() + " is not a record: declare it as a Java record");
        }
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        @Nullable Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            String name = c.getName();
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException(
                        "Record "
                                + type.getName()
                                + ": component '"
                                + name
                                + "' has no value in "
                                + source
                                + " (it has: "
                                + known(values.keySet())
                                + "); select it, or name an expression with .as(\""
                                + name
                                + "\")");
            }
            Object value = values.get(name);
            if (value == AMBIGUOUS) {
                throw new IllegalArgumentException(
                        "Record "
                                + type.getName()
                                + ": component '"
                                + name
                                + "' matches several values of "
                                + source
                                + "; name the one it means with .as(\""
                                + name
                                + "\")");
            }
            args[i] = convert(value, c.getType(), type, name);
        }
        try {
            Constructor<R> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(args);
        } catch (InvocationTargetException ex) {
            Throwable cause = ex.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(
                    "Record " + type.getName() + " refused its values", cause);
        } catch (ReflectiveOperationException | RuntimeException ex) {
            throw new IllegalArgumentException(
                    "Record "
                            + type.getName()
                            + " cannot be built: make it (and its canonical constructor)"
                            + " accessible",
                    ex);
        }
    }

    /**
     * A record's components and their values, in declaration order.
     *
     * @param record the record
     * @return the values by component name
     */
    public static Map<String, @Nullable Object> components(Record record) {
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            try {
                java.lang.reflect.Method accessor = c.getAccessor();
                accessor.setAccessible(true);
                values.put(c.getName(), accessor.invoke(record));
            } catch (ReflectiveOperationException | RuntimeException ex) {
                throw new IllegalArgumentException(
                        "Record "
                                + record.getClass().getName()
                                + ": component '"
                                + c.getName()
                                + "' cannot be read: make the record accessible",
                        ex);
            }
        }
        return values;
    }

    /**
     * A value as a component (or column) of {@code target} type: as is when it is one, a number
     * converted when it fits exactly.
     *
     * @param value the value, or {@code null}
     * @param target the type wanted
     * @param owner the record (or table) class, for messages
     * @param name the component (or column), for messages
     * @return the value
     * @throws IllegalArgumentException when it does not fit, naming owner and component
     */
    public static @Nullable Object convert(
            @Nullable Object value, Class<?> target, Class<?> owner, String name) {
        Class<?> boxed = target.isPrimitive() ? Objects.requireNonNull(BOXES.get(target)) : target;
        if (value == null) {
            if (target.isPrimitive()) {
                throw new IllegalArgumentException(
                        owner.getName()
                                + ": component '"
                                + name
                                + "' is a primitive "
                                + target
                                + " but the value is NULL; declare it "
                                + boxed.getSimpleName());
            }
            return null;
        }
        if (boxed.isInstance(value)) {
            return value;
        }
        if (value instanceof Number n) {
            try {
                Object converted = number(n, boxed);
                if (converted != null) {
                    return converted;
                }
            } catch (ArithmeticException ex) {
                throw new IllegalArgumentException(
                        owner.getName()
                                + ": component '"
                                + name
                                + "' is "
                                + boxed.getSimpleName()
                                + ", which cannot hold "
                                + value
                                + " exactly",
                        ex);
            }
        }
        throw new IllegalArgumentException(
                owner.getName()
                        + ": component '"
                        + name
                        + "' is "
                        + boxed.getName()
                        + " but the value is a "
                        + value.getClass().getName());
    }

    private static @Nullable Object number(Number n, Class<?> target) {
        BigDecimal d = n instanceof BigDecimal b ? b : decimal(n);
        if (target == Long.class) {
            return d.longValueExact();
        } else if (target == Integer.class) {
            return d.intValueExact();
        } else if (target == Short.class) {
            return d.shortValueExact();
        } else if (target == BigDecimal.class) {
            return d;
        } else if (target == BigInteger.class) {
            return d.toBigIntegerExact();
        } else if (target == Double.class) {
            return n.doubleValue();
        } else if (target == Float.class) {
            return n.floatValue();
        }
        return null;
    }

    private static BigDecimal decimal(Number n) {
        if (n instanceof Double || n instanceof Float) {
            return BigDecimal.valueOf(n.doubleValue());
        }
        if (n instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        return BigDecimal.valueOf(n.longValue());
    }

    private static List<String> known(Collection<String> names) {
        return new ArrayList<>(names);
    }
}
