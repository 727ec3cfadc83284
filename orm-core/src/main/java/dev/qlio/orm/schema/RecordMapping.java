package dev.qlio.orm.schema;

import dev.qlio.orm.schema.internal.Records;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Rows copied into records and records into new rows, matched by name: a record component by a
 * column's property name ({@code LAST_NAME} -> {@code lastName}) or SQL name ({@code last_name}).
 */
final class RecordMapping {

    private RecordMapping() {}

    static <R> R into(Table row, Class<R> recordClass) {
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        for (Column<?> c : row.table().columns()) {
            Object v = row.get(c);
            values.put(c.propertyName(), v);
            values.putIfAbsent(c.name(), v);
        }
        return Records.construct(recordClass, values, "the columns of " + row.table().name());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static <T extends Table> T newRow(TableMeta<T> table, Record record) {
        Map<String, Column<?>> byName = new LinkedHashMap<>();
        for (Column<?> c : table.columns()) {
            byName.put(c.propertyName(), c);
            byName.putIfAbsent(c.name(), c);
        }
        T row = table.newRow();
        for (Map.Entry<String, @Nullable Object> e : Records.components(record).entrySet()) {
            String name = e.getKey();
            Column column = byName.get(name);
            if (column == null) {
                throw new IllegalArgumentException(
                        "Record "
                                + record.getClass().getName()
                                + ": component '"
                                + name
                                + "' names no column of "
                                + table.name()
                                + " (columns: "
                                + byName.keySet()
                                + ")");
            }
            Object value =
                    Records.convert(
                            e.getValue(), column.type().javaType(), record.getClass(), name);
            try {
                row.set(column, value);
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(
                        "Record "
                                + record.getClass().getName()
                                + ": component '"
                                + name
                                + "': "
                                + ex.getMessage(),
                        ex);
            }
        }
        return row;
    }
}
