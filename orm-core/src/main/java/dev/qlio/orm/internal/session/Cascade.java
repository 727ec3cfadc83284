package dev.qlio.orm.internal.session;

import dev.qlio.orm.internal.engine.TableMapping;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Relationship;
import dev.qlio.orm.schema.ResolvedRelationship;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMeta;
import dev.qlio.orm.schema.internal.LoadedList;
import dev.qlio.orm.schema.internal.Rows;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes a row together with what its loaded relationships changed: a many-to-one target is written
 * first and the foreign key set from it; after the row, children added to a one-to-many collection
 * get their foreign key and are written, removed ones are deleted or unlinked as the relationship
 * declares; a many-to-many collection's link rows follow its list. Every row it changes (a foreign
 * key set, a collection's loaded state moved on) is recorded in the session's {@link UnitOfWork}
 * first, so a cascade that fails or does not commit leaves every row as it was.
 */
final class Cascade {

    private static final Rows.Accessor ROWS = Rows.access();

    private final DefaultSession session;

    Cascade(DefaultSession session) {
        this.session = session;
    }

    /** Rows written by the outermost cascading add, so cycles write each row once. */
    private @Nullable Set<Table> visited;

    /** Writes a row with its loaded relationships; a row reached twice is written once. */
    void add(TableMapping<Table> m, Table row, Map<String, Object> relationships) {
        Set<Table> rows = this.visited;
        boolean outermost = rows == null;
        if (rows == null) {
            rows = Collections.newSetFromMap(new IdentityHashMap<>());
            this.visited = rows;
        }
        try {
            if (rows.add(row)) {
                write(m, row, relationships);
            }
        } finally {
            if (outermost) {
                this.visited = null;
            }
        }
    }

    private void write(TableMapping<Table> m, Table row, Map<String, Object> relationships) {
        TableMeta<?> meta = m.meta();
        Map<String, Object> snapshot = Map.copyOf(relationships);
        for (Map.Entry<String, Object> e : snapshot.entrySet()) {
            ResolvedRelationship rr = resolve(meta, e.getKey());
            if (rr.relationship().kind() == Relationship.Kind.MANY_TO_ONE) {
                Object value = e.getValue();
                if (value instanceof Table target) {
                    this.session.add(target);
                    setValue(
                            row,
                            rr.ownerColumn(),
                            ROWS.value(target, rr.targetColumn().position()));
                } else if (value == Rows.SET_NULL_RELATION) {
                    setValue(row, rr.ownerColumn(), null);
                    this.session.unitOfWork().written(row);
                    ROWS.setRelationship(row, e.getKey(), null);
                }
            }
        }
        this.session.write(m, row);
        for (Map.Entry<String, Object> e : snapshot.entrySet()) {
            if (!(e.getValue() instanceof LoadedList<?> list)) {
                continue;
            }
            ResolvedRelationship rr = resolve(meta, e.getKey());
            Object ownerKey =
                    Objects.requireNonNull(
                            ROWS.value(row, rr.ownerColumn().position()),
                            () ->
                                    "Row of "
                                            + meta.name()
                                            + " has no "
                                            + rr.ownerColumn().name()
                                            + " to relate its '"
                                            + rr.name()
                                            + "' rows to");
            @SuppressWarnings("unchecked")
            LoadedList<Table> children = (LoadedList<Table>) list;
            if (rr.link() == null) {
                writeChildren(rr, ownerKey, children);
            } else {
                writeLinks(rr, ownerKey, children);
            }
            if (!sameRows(children, children.original())) {
                this.session.unitOfWork().written(row);
                children.resetSnapshot();
            }
        }
    }

    private void writeChildren(
            ResolvedRelationship rr, Object ownerKey, LoadedList<Table> children) {
        Column<?> fk = rr.targetColumn();
        for (Table child : children) {
            setValue(child, fk, ownerKey);
            this.session.add(child);
        }
        for (Table orphan : removed(children)) {
            if (rr.relationship().orphanAction() == Relationship.OrphanAction.DELETE) {
                this.session.remove(orphan);
            } else {
                setValue(orphan, fk, null);
                this.session.add(orphan);
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void writeLinks(ResolvedRelationship rr, Object ownerKey, LoadedList<Table> targets) {
        TableMeta<?> link = Objects.requireNonNull(rr.link());
        Column linkOwner = Objects.requireNonNull(rr.linkOwnerColumn());
        Column linkTarget = Objects.requireNonNull(rr.linkTargetColumn());
        Set<Table> before = identitySet(targets.original());
        for (Table target : targets) {
            this.session.add(target);
            if (!before.contains(target)) {
                Table linkRow = link.newRow();
                linkRow.set(linkOwner, ownerKey);
                linkRow.set(linkTarget, ROWS.value(target, rr.targetColumn().position()));
                this.session.write(this.session.mappingOf(linkRow), linkRow);
            }
        }
        for (Table gone : removed(targets)) {
            this.session
                    .delete((Class<Table>) link.tableClass())
                    .where(linkOwner.eq(ownerKey))
                    .where(
                            linkTarget.eq(
                                    Objects.requireNonNull(
                                            ROWS.value(gone, rr.targetColumn().position()))))
                    .execute();
        }
    }

    private static List<Table> removed(LoadedList<Table> list) {
        Set<Table> now = identitySet(list);
        return list.original().stream().filter(r -> !now.contains(r)).toList();
    }

    private static boolean sameRows(List<Table> a, List<Table> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    private static Set<Table> identitySet(List<Table> rows) {
        Set<Table> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(rows);
        return set;
    }

    private ResolvedRelationship resolve(TableMeta<?> meta, String name) {
        return this.session
                .engine
                .metadata()
                .getRelationship(meta, name)
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "Table "
                                                + meta.name()
                                                + " has no relationship '"
                                                + name
                                                + "' in this database's metadata"));
    }

    /**
     * Stores a value with history only when it differs, so unchanged rows stay unchanged; the row
     * is recorded in the unit of work first.
     */
    private void setValue(Table row, Column<?> column, @Nullable Object value) {
        int i = column.position();
        if (!ROWS.hasValue(row, i) || !Objects.equals(ROWS.value(row, i), value)) {
            this.session.unitOfWork().written(row);
            ROWS.store(row, i, value);
        }
    }
}
