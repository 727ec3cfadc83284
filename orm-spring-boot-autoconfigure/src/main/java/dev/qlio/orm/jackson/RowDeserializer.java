package dev.qlio.orm.jackson;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Relationship;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMeta;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Reads a JSON object into a new row, each property setting its column. */
final class RowDeserializer extends ValueDeserializer<Table> {

    private final Class<? extends Table> tableClass;

    private final Map<String, Column<?>> columns = new HashMap<>();

    private final Set<String> relationships = new HashSet<>();

    private final List<Object> known = new ArrayList<>();

    RowDeserializer(Class<? extends Table> tableClass, PropertyNaming naming) {
        this.tableClass = tableClass;
        TableMeta<?> meta = TableMeta.of(tableClass);
        for (Column<?> column : meta.columns()) {
            this.columns.put(naming.of(column), column);
            this.known.add(naming.of(column));
        }
        for (Relationship<?> relationship : meta.relationships()) {
            this.relationships.add(naming.of(relationship));
        }
    }

    @Override
    public Table deserialize(JsonParser p, DeserializationContext ctx) throws JacksonException {
        if (!p.isExpectedStartObjectToken()) {
            return (Table) ctx.handleUnexpectedToken(this.tableClass, p);
        }
        Table row = TableMeta.of(this.tableClass).newRow();
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            JsonToken token = p.nextToken();
            Column<?> column = this.columns.get(name);
            if (column == null) {
                if (this.relationships.contains(name)) {
                    p.skipChildren(); // related rows are written through their own keys
                    continue;
                }
                throw UnrecognizedPropertyException.from(p, row, name, this.known);
            }
            set(row, column, name, token, p, ctx);
        }
        return row;
    }

    private static <V> void set(
            Table row,
            Column<V> column,
            String name,
            JsonToken token,
            JsonParser p,
            DeserializationContext ctx)
            throws JacksonException {
        V value;
        try {
            value =
                    token == JsonToken.VALUE_NULL
                            ? null
                            : ctx.readValue(p, column.type().javaType());
        } catch (JacksonException ex) {
            throw JacksonException.wrapWithPath(ex, row, name);
        }
        try {
            row.set(column, value);
        } catch (IllegalArgumentException ex) {
            ctx.reportPropertyInputMismatch(
                    row.getClass(), name, "Cannot set '%s': %s", name, ex.getMessage());
        }
    }
}
