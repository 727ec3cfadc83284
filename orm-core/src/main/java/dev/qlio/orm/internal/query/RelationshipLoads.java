package dev.qlio.orm.internal.query;

import dev.qlio.orm.internal.engine.TableMapping;
import dev.qlio.orm.internal.render.SelectSpec;
import dev.qlio.orm.schema.LoadPath;
import dev.qlio.orm.schema.Relationship;
import dev.qlio.orm.schema.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Loads relationships onto rows a session already read: one statement per level for all of them.
 */
public final class RelationshipLoads {

    private RelationshipLoads() {}

    /**
     * Loads a path onto every row: one statement per level of the path (a {@code JOINED} step below
     * the first joined into the statement of the level above).
     *
     * @param target the session the statements run in
     * @param rows the rows, all of the table where the path starts
     * @param path the path
     */
    public static void attach(QueryTarget target, Collection<? extends Table> rows, LoadPath path) {
        Objects.requireNonNull(rows, "rows must not be null");
        Objects.requireNonNull(path, "path must not be null");
        Relationship<?> relationship = path.steps().get(0).relationship();
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
        // the rows are read already: the first step is selected, whatever its strategy
        List<SelectSpec.Load> loads =
                LoadTree.merge(target.engine().metadata(), mapping.meta(), List.of(), path);
        target.call(
                executor -> {
                    new RelationshipLoader(target.engine(), target.engine().render(), executor)
                            .complete(list, loads, null);
                    return list.size();
                });
    }
}
