package dev.qlio.orm.schema;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Rows to records and back, matched by name: a record component takes the column whose property
 * name it has ({@code LAST_NAME} as {@code lastName}), as JSON and projections name them. For views
 * sent to a client, and for forms and request bodies received from one.
 *
 * <pre>{@code
 * record OwnerView(Long id, String lastName) {}
 * record OwnerForm(String firstName, String lastName) {}
 *
 * OwnerView view = Records.into(owner, OwnerView.class);
 * Owner created = Records.toRow(form, Owner.class);     // a new row: session.add(created)
 * Records.copy(form, owner);                             // only the values that differ are changed
 * }</pre>
 *
 * <p>A component that matches no column, or whose type cannot hold the column's values, fails
 * naming the component and the columns there are; a primitive component refuses NULL.
 */
public final class Records {

    private Records() {}

    /**
     * A record of the row's values.
     *
     * @param row the row
     * @param type the record class; every component names a column of the row's table
     * @param <R> the record type
     * @return the record
     * @throws IllegalArgumentException if a component matches no column or cannot hold its value
     */
    public static <R extends Record> R into(Table row, Class<R> type) {
        Objects.requireNonNull(row, "row must not be null");
        Map<String, Column<?>> columns = columns(row.getClass());
        RecordComponent[] components = type.getRecordComponents();
        @Nullable Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            Column<?> column = column(columns, type, component, row.getClass());
            Object value = row.get(column);
            types[i] = component.getType();
            args[i] = checked(type, component, value);
        }
        try {
            Constructor<R> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(args);
        } catch (InvocationTargetException ex) {
            throw new IllegalArgumentException(
                    "Record " + type.getSimpleName() + " refused the row's values", ex.getCause());
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException(
                    "Cannot use the canonical constructor of " + type.getName(), ex);
        }
    }

    /**
     * A new row of {@code table} with the record's values.
     *
     * @param record the record; every component names a column of the table
     * @param table the table class
     * @param <T> the row type
     * @return the new row, not yet added
     * @throws IllegalArgumentException if a component matches no column or its value does not fit
     */
    public static <T extends Table> T toRow(Record record, Class<T> table) {
        T row = TableMeta.of(table).newRow();
        copy(record, row);
        return row;
    }

    /**
     * Sets the row's columns to the record's values, recording a change only where a value differs
     * (so a loaded row's next update writes just those).
     *
     * @param record the record; every component names a column of the row's table
     * @param row the row
     * @throws IllegalArgumentException if a component matches no column or its value does not fit
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void copy(Record record, Table row) {
        Objects.requireNonNull(record, "record must not be null");
        Objects.requireNonNull(row, "row must not be null");
        Class<? extends Record> type = record.getClass();
        Map<String, Column<?>> columns = columns(row.getClass());
        for (RecordComponent component : type.getRecordComponents()) {
            Column column = column(columns, type, component, row.getClass());
            Object value;
            try {
                component.getAccessor().setAccessible(true);
                value = component.getAccessor().invoke(record);
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException("Cannot read " + component, ex);
            }
            Class<?> javaType = column.type().javaType();
            if (value != null && javaType != null && !javaType.isInstance(value)) {
                throw new IllegalArgumentException(
                        "Record component "
                                + type.getSimpleName()
                                + "."
                                + component.getName()
                                + " holds a "
                                + value.getClass().getSimpleName()
                                + ", but column "
                                + column.name()
                                + " takes "
                                + javaType.getSimpleName());
            }
            if (!row.hasValue(column) || !Objects.equals(row.get(column), value)) {
                row.set(column, value);
            }
        }
    }

    private static Map<String, Column<?>> columns(Class<? extends Table> table) {
        Map<String, Column<?>> byProperty = new LinkedHashMap<>();
        for (Column<?> c : TableMeta.of(table).columns()) {
            byProperty.put(c.propertyName(), c);
        }
        return byProperty;
    }

    private static Column<?> column(
            Map<String, Column<?>> columns,
            Class<?> type,
            RecordComponent component,
            Class<? extends Table> table) {
        Column<?> column = columns.get(component.getName());
        if (column == null) {
            throw new IllegalArgumentException(
                    "Record component "
                            + type.getSimpleName()
                            + "."
                            + component.getName()
                            + " matches no column of "
                            + table.getSimpleName()
                            + " (columns: "
                            + columns.keySet()
                            + "); rename the component or leave it out");
        }
        return column;
    }

    private static @Nullable Object checked(
            Class<?> type, RecordComponent component, @Nullable Object value) {
        Class<?> target = component.getType();
        if (value == null) {
            if (target.isPrimitive()) {
                throw new IllegalArgumentException(
                        "Record component "
                                + type.getSimpleName()
                                + "."
                                + component.getName()
                                + " is a "
                                + target
                                + " but the row's value is NULL: declare it with the boxed type");
            }
            return null;
        }
        Class<?> boxed =
                target.isPrimitive()
                        ? java.lang.invoke.MethodType.methodType(target).wrap().returnType()
                        : target;
        if (!boxed.isInstance(value)) {
            throw new IllegalArgumentException(
                    "Record component "
                            + type.getSimpleName()
                            + "."
                            + component.getName()
                            + " is a "
                            + target.getSimpleName()
                            + " but the row's value is a "
                            + value.getClass().getSimpleName()
                            + ": declare it as "
                            + value.getClass().getSimpleName());
        }
        return value;
    }
}
