package dev.qlio.orm.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Finds the back-references of a row's table, which live in a registry and not in the shared {@link
 * TableMeta}.
 *
 * <p>A row read from the database knows the registry it was read through (the {@code Database}'s
 * {@link TableMetadata}): that registry answers exactly. A row that was never read (created with
 * {@code new}) belongs to no registry yet, so the registries its class is registered in answer: a
 * name is a back-reference of the row's table when one of them made it one. The kind of a
 * back-reference comes from the relationship declaring it, so registries that both have it agree on
 * its shape. Registries are held weakly: one that is no longer used costs nothing.
 */
final class BackrefLookup {

    private static final Set<TableMetadata> REGISTRIES =
            Collections.newSetFromMap(new WeakHashMap<>());

    private BackrefLookup() {}

    /** Records a registry that registered a table. */
    static void registered(TableMetadata registry) {
        synchronized (REGISTRIES) {
            REGISTRIES.add(registry);
        }
    }

    /**
     * The back-reference of a row's table by name.
     *
     * @param registry the registry the row was read through, or {@code null}
     * @param meta the row's table
     * @param name the name
     * @return the back-reference, or {@code null} when no registry makes one of that name
     */
    static @Nullable Relationship<?> find(
            @Nullable Object registry, TableMeta<?> meta, String name) {
        for (TableMetadata m : registries(registry, meta)) {
            for (ResolvedRelationship rr : m.relationships(meta)) {
                if (rr.name().equals(name) && !meta.relationships().contains(rr.relationship())) {
                    return rr.relationship();
                }
            }
        }
        return null;
    }

    /**
     * The names of the back-references of a row's table, for error messages.
     *
     * @param registry the registry the row was read through, or {@code null}
     * @param meta the row's table
     * @return the names
     */
    static Set<String> names(@Nullable Object registry, TableMeta<?> meta) {
        Set<String> names = new LinkedHashSet<>();
        for (TableMetadata m : registries(registry, meta)) {
            for (ResolvedRelationship rr : m.relationships(meta)) {
                if (!meta.relationships().contains(rr.relationship())) {
                    names.add(rr.name());
                }
            }
        }
        return names;
    }

    private static List<TableMetadata> registries(@Nullable Object registry, TableMeta<?> meta) {
        if (registry instanceof TableMetadata read) {
            return List.of(read);
        }
        List<TableMetadata> result = new ArrayList<>();
        synchronized (REGISTRIES) {
            for (TableMetadata m : REGISTRIES) {
                result.add(m);
            }
        }
        // a registry holds a table's relationships only when the table is registered in it
        result.removeIf(m -> m.relationships(meta).isEmpty());
        return result;
    }
}
