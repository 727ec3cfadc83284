package dev.qlio.orm.schema;

import dev.qlio.orm.schema.internal.LoadedList;
import dev.qlio.orm.schema.internal.RowState;
import dev.qlio.orm.schema.internal.Rows;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * The relationship side of a row: what {@link Table#related}, {@link Table#setRelated}, {@link
 * Table#relatedList} and {@link Table#getRelationshipInstance} read and write in the row's state,
 * and the errors they raise when a relationship was not loaded or belongs to another table.
 */
final class RowRelationships {

    private RowRelationships() {}

    static @Nullable Object instance(Table row, RowState state, String name) {
        TableMeta<?> meta = row.table();
        Map<String, Object> loaded = state.relationships();
        if (loaded != null && loaded.containsKey(name)) {
            return unwrap(loaded.get(name));
        }
        // a back-reference is a relationship of this table too, found in the row's registry
        Relationship<?> relationship = meta.getRelationship(name).orElse(null);
        if (relationship == null) {
            relationship = BackrefLookup.find(state.registry(), meta, name);
        }
        if (relationship == null) {
            throw new NoSuchElementException(
                    "Table "
                            + meta.name()
                            + " has no relationship '"
                            + name
                            + "' (declared: "
                            + meta.relationships().stream().map(Relationship::name).toList()
                            + ", back-references: "
                            + BackrefLookup.names(state.registry(), meta)
                            + ")");
        }
        if (!state.isPersisted()) {
            // a new row: nothing to load, an empty collection or no related row yet
            return relationship.isCollection() ? relatedList(row, state, relationship) : null;
        }
        throw notLoaded(meta, name);
    }

    @SuppressWarnings("unchecked")
    static <R extends Table> @Nullable R related(
            Table row, RowState state, Relationship<R> relationship) {
        checkOwn(row, relationship);
        if (relationship.isCollection()) {
            throw new IllegalArgumentException(
                    "Relationship '"
                            + relationship.name()
                            + "' is a collection: use"
                            + " relatedList(...)");
        }
        Map<String, Object> loaded = state.relationships();
        if (loaded == null || !loaded.containsKey(relationship.name())) {
            if (!state.isPersisted()) {
                return null; // a new row points nowhere until setRelated
            }
            throw notLoaded(row.table(), relationship.name());
        }
        return (R) unwrap(loaded.get(relationship.name()));
    }

    /** Whether reading the relationship answers without throwing (see Table#isLoaded). */
    static boolean isLoaded(Table row, RowState state, Relationship<?> relationship) {
        checkOwn(row, relationship);
        Map<String, Object> loaded = state.relationships();
        return !state.isPersisted() || (loaded != null && loaded.containsKey(relationship.name()));
    }

    static <R extends Table> void setRelated(
            Table row, RowState state, Relationship<R> relationship, @Nullable R target) {
        checkOwn(row, relationship);
        if (relationship.isCollection()) {
            throw new IllegalArgumentException(
                    "Relationship '"
                            + relationship.name()
                            + "' is a collection: add"
                            + " to relatedList(...) instead");
        }
        state.relationshipsToWrite()
                .put(relationship.name(), target == null ? Rows.SET_NULL_RELATION : target);
    }

    @SuppressWarnings("unchecked")
    static <R extends Table> List<R> relatedList(
            Table row, RowState state, Relationship<R> relationship) {
        checkOwn(row, relationship);
        if (!relationship.isCollection()) {
            throw new IllegalArgumentException(
                    "Relationship '"
                            + relationship.name()
                            + "' is many-to-one: use"
                            + " related(...)");
        }
        Object value = state.relationship(relationship.name());
        if (value == null) {
            if (state.isPersisted()) {
                throw notLoaded(row.table(), relationship.name());
            }
            // a new row starts with an empty list, which adding the row writes
            value = new LoadedList<R>(List.of());
            state.relationshipsToWrite().put(relationship.name(), value);
        }
        return (List<R>) value;
    }

    private static @Nullable Object unwrap(@Nullable Object value) {
        return value == Rows.NULL_RELATION || value == Rows.SET_NULL_RELATION ? null : value;
    }

    private static void checkOwn(Table row, Relationship<?> relationship) {
        if (relationship.owner() != row.getClass()) {
            throw new IllegalArgumentException(
                    "Relationship '"
                            + relationship.name()
                            + "' belongs to "
                            + relationship.owner().getName()
                            + ", not to "
                            + row.getClass().getName());
        }
    }

    private static IllegalStateException notLoaded(TableMeta<?> meta, String name) {
        return new IllegalStateException(
                "Relationship '"
                        + name
                        + "' of table "
                        + meta.name()
                        + " was not loaded with this row: add .load(...) to the query that read it"
                        + " (Qlio never runs a hidden query per row)");
    }
}
