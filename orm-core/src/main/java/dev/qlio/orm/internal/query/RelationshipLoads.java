package dev.qlio.orm.internal.query;

import dev.qlio.orm.internal.engine.TableMapping;
import dev.qlio.orm.schema.Relationship;
import dev.qlio.orm.schema.ResolvedRelationship;
import dev.qlio.orm.schema.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Loads a relationship onto rows a session already read: one statement for all of them. */
public final class RelationshipLoads {

    private RelationshipLoads() {}

    /**
     * Loads {@code relationship} onto every row with one statement.
     *
     * @param target the session the statement runs in
     * @param rows the rows, all of the table that declares the relationship
     * @param relationship the relationship
     */
    public static void attach(
            QueryTarget target, Collection<? extends Table> rows, Relationship<?> relationship) {
        Objects.requireNonNull(rows, "rows must not be null");
        Objects.requireNonNull(relationship, "relationship must not be null");
        if (rows.isEmpty()) {
            return;
        }
        Class<? extends Table> owner = relationship.owner();
        List<Table> list = new ArrayList<>(rows.size());
        for (Table row : rows) {
            Objects.requireNonNull(row, "rows must not contain null");
            if (row.getClass() != owner) {
                throw new IllegalArgumentException(
                        "Cannot load "
                                + relationship
                                + " onto a row of "
                                + row.getClass().getName()
                                + ": pass rows of "
                                + owner.getName()
                                + " only");
            }
            list.add(row);
        }
        TableMapping<? extends Table> mapping = target.engine().mapping(owner);
        ResolvedRelationship rr =
                target.engine()
                        .metadata()
                        .getRelationship(mapping.meta(), relationship.name())
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                relationship
                                                        + " is not registered with this"
                                                        + " database's metadata"));
        target.call(
                executor -> {
                    new RelationshipLoader(target.engine(), executor).loadSelect(list, rr);
                    return list.size();
                });
    }
}
