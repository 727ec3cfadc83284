package dev.qlio.orm.jackson;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Relationship;
import dev.qlio.orm.schema.Table;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes a row as its columns, then its loaded relationships; a row already being written higher up
 * (a child's back-pointer to its parent) is not written again.
 */
final class RowSerializer extends ValueSerializer<Table> {

    private static final String PATH = RowSerializer.class.getName() + ".path";

    private final PropertyNaming naming;

    RowSerializer(PropertyNaming naming) {
        this.naming = naming;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void serialize(Table row, JsonGenerator gen, SerializationContext ctx)
            throws JacksonException {
        Map<Table, Boolean> path = (Map<Table, Boolean>) ctx.getAttribute(PATH);
        boolean outermost = path == null;
        if (outermost) {
            path = new IdentityHashMap<>();
            ctx.setAttribute(PATH, path);
        }
        path.put(row, Boolean.TRUE);
        try {
            gen.writeStartObject(row);
            for (Column<?> column : row.table().columns()) {
                gen.writeName(this.naming.of(column));
                Object value = row.get(column);
                if (value == null) {
                    gen.writeNull();
                } else {
                    ctx.writeValue(gen, value);
                }
            }
            for (Relationship<?> relationship : row.table().relationships()) {
                if (row.isPersisted() && row.isLoaded(relationship)) {
                    writeRelationship(row, relationship, gen, ctx, path);
                }
            }
            gen.writeEndObject();
        } finally {
            path.remove(row);
            if (outermost) {
                ctx.setAttribute(PATH, null);
            }
        }
    }

    private void writeRelationship(
            Table row,
            Relationship<?> relationship,
            JsonGenerator gen,
            SerializationContext ctx,
            Map<Table, Boolean> path)
            throws JacksonException {
        if (relationship.isCollection()) {
            List<? extends Table> rows = row.relatedList(relationship);
            gen.writeName(this.naming.of(relationship));
            gen.writeStartArray();
            for (Table child : rows) {
                if (!path.containsKey(child)) {
                    serialize(child, gen, ctx);
                }
            }
            gen.writeEndArray();
            return;
        }
        Table target = row.related(relationship);
        if (target != null && path.containsKey(target)) {
            return; // the parent being written: no cycle
        }
        gen.writeName(this.naming.of(relationship));
        if (target == null) {
            gen.writeNull();
        } else {
            serialize(target, gen, ctx);
        }
    }
}
