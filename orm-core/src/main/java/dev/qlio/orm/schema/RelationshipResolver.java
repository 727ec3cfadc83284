package dev.qlio.orm.schema;

import dev.qlio.orm.expression.Ordering;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Resolves, across the tables of one registry, the floating {@code references("table.column")} of
 * every column into {@link ForeignKey}s, and the join columns (and link table) of every declared
 * relationship; each failure names the class and field to fix.
 */
final class RelationshipResolver {

    private final Map<String, TableMeta<?>> tables;

    private final Map<Column<?>, ForeignKey> foreignKeys;

    /**
     * Resolves the foreign keys of the registered tables.
     *
     * @param tables the registered tables by name
     */
    RelationshipResolver(Map<String, TableMeta<?>> tables) {
        this.tables = tables;
        Map<Column<?>, ForeignKey> fks = new IdentityHashMap<>();
        for (TableMeta<?> meta : tables.values()) {
            for (Column<?> c : meta.columns()) {
                String ref = c.references();
                if (ref != null) {
                    fks.put(c, new ForeignKey(c, resolveReference(meta, c, ref)));
                }
            }
        }
        this.foreignKeys = Collections.unmodifiableMap(fks);
    }

    /** The foreign keys by column. */
    Map<Column<?>, ForeignKey> foreignKeys() {
        return this.foreignKeys;
    }

    /** The foreign keys of a table, in column order. */
    static List<ForeignKey> foreignKeys(Map<Column<?>, ForeignKey> fks, TableMeta<?> table) {
        List<ForeignKey> result = new ArrayList<>();
        for (Column<?> c : table.columns()) {
            ForeignKey fk = fks.get(c);
            if (fk != null) {
                result.add(fk);
            }
        }
        return result;
    }

    private List<ForeignKey> foreignKeys(TableMeta<?> table) {
        return foreignKeys(this.foreignKeys, table);
    }

    private Column<?> resolveReference(TableMeta<?> meta, Column<?> column, String ref) {
        int dot = ref.lastIndexOf('.');
        if (dot <= 0 || dot == ref.length() - 1) {
            throw new SchemaDefinitionException(
                    meta.tableClass(),
                    column.fieldName(),
                    "references(\"" + ref + "\") is not of the form \"table.column\"");
        }
        String tableName = ref.substring(0, dot);
        String columnName = ref.substring(dot + 1);
        TableMeta<?> target = this.tables.get(tableName);
        if (target == null) {
            throw new SchemaDefinitionException(
                    meta.tableClass(),
                    column.fieldName(),
                    "references unknown table '" + tableName + "' (known: " + knownTables() + ")");
        }
        Column<?> targetColumn =
                target.getColumn(columnName).filter(c -> c.name().equals(columnName)).orElse(null);
        if (targetColumn == null) {
            throw new SchemaDefinitionException(
                    meta.tableClass(),
                    column.fieldName(),
                    "references unknown column '"
                            + columnName
                            + "' of table "
                            + tableName
                            + " (known: "
                            + target.columns().stream()
                                    .map(Column::name)
                                    .collect(Collectors.joining(", "))
                            + ")");
        }
        if (targetColumn.type().kind().javaType() != column.type().kind().javaType()) {
            throw new SchemaDefinitionException(
                    meta.tableClass(),
                    column.fieldName(),
                    "is "
                            + column.type()
                            + " but references "
                            + ref
                            + " of type "
                            + targetColumn.type());
        }
        return targetColumn;
    }

    private String knownTables() {
        return String.join(", ", this.tables.keySet());
    }

    private TableMeta<?> registered(
            TableMeta<?> owner, Relationship<?> r, Class<? extends Table> cls, String role) {
        for (TableMeta<?> m : this.tables.values()) {
            if (m.tableClass() == cls) {
                return m;
            }
        }
        throw new SchemaDefinitionException(
                owner.tableClass(),
                r.fieldName(),
                "relationship '"
                        + r.name()
                        + "' "
                        + role
                        + " "
                        + cls.getName()
                        + ", which is not registered (known tables: "
                        + knownTables()
                        + ")");
    }

    ResolvedRelationship resolve(TableMeta<?> owner, Relationship<?> r, String alias) {
        TableMeta<?> target = registered(owner, r, r.target(), "targets");
        checkDeclarations(owner, r, target);
        switch (r.kind()) {
            case MANY_TO_ONE:
                {
                    ForeignKey fk = single(owner, r, owner, target, r.via());
                    return new ResolvedRelationship(
                            r, owner, target, alias, fk.column(), fk.target(), null, null, null);
                }
            case ONE_TO_MANY:
                {
                    ForeignKey fk = single(owner, r, target, owner, r.via());
                    return new ResolvedRelationship(
                            r, owner, target, alias, fk.target(), fk.column(), null, null, null);
                }
            default:
                {
                    Class<? extends Table> linkClass = Objects.requireNonNull(r.linkTable());
                    TableMeta<?> link = registered(owner, r, linkClass, "links through");
                    ForeignKey toOwner = single(owner, r, link, owner, r.via());
                    ForeignKey toTarget = null;
                    List<ForeignKey> candidates = new ArrayList<>();
                    for (ForeignKey fk : foreignKeys(link)) {
                        if (fk.target().table() == target && fk != toOwner) {
                            candidates.add(fk);
                        }
                    }
                    if (candidates.size() == 1) {
                        toTarget = candidates.get(0);
                    } else {
                        throw new SchemaDefinitionException(
                                owner.tableClass(),
                                r.fieldName(),
                                "relationship '"
                                        + r.name()
                                        + "': link table "
                                        + link.name()
                                        + " needs exactly one other foreign key to "
                                        + target.name()
                                        + ", found "
                                        + describe(candidates));
                    }
                    return new ResolvedRelationship(
                            r,
                            owner,
                            target,
                            alias,
                            toOwner.target(),
                            toTarget.target(),
                            link,
                            toOwner.column(),
                            toTarget.column());
                }
        }
    }

    /** A declared order on the target's own columns, for collections; cascades from collections. */
    private static void checkDeclarations(
            TableMeta<?> owner, Relationship<?> r, TableMeta<?> target) {
        if (!r.orderings().isEmpty() && !r.isCollection()) {
            throw new SchemaDefinitionException(
                    owner.tableClass(),
                    r.fieldName(),
                    "relationship '"
                            + r.name()
                            + "' loads one row per parent: remove orderBy(...), only"
                            + " collections are ordered");
        }
        for (Ordering o : r.orderings()) {
            if (!(o.column() instanceof Column<?> c)
                    || c.aliasQualifier() != null
                    || c.declaringClass() != target.tableClass()) {
                throw new SchemaDefinitionException(
                        owner.tableClass(),
                        r.fieldName(),
                        "relationship '"
                                + r.name()
                                + "' is ordered by "
                                + o.column().qualifier()
                                + "."
                                + o.column().name()
                                + ": order it by columns of "
                                + target.tableClass().getSimpleName()
                                + ", its target table");
            }
        }
        if (r.removedWithParent() && !r.isCollection()) {
            throw new SchemaDefinitionException(
                    owner.tableClass(),
                    r.fieldName(),
                    "relationship '"
                            + r.name()
                            + "' points at a parent row: declare removeWithParent() on the"
                            + " parent's one-to-many or many-to-many relationship instead");
        }
    }

    /** The one foreign key from {@code from} to {@code to}, chosen by {@code via} if given. */
    private ForeignKey single(
            TableMeta<?> owner,
            Relationship<?> r,
            TableMeta<?> from,
            TableMeta<?> to,
            @Nullable String via) {
        List<ForeignKey> candidates = new ArrayList<>();
        for (ForeignKey fk : foreignKeys(from)) {
            if (fk.target().table() == to && (via == null || fk.column().name().equals(via))) {
                candidates.add(fk);
            }
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (candidates.isEmpty()) {
            throw new SchemaDefinitionException(
                    owner.tableClass(),
                    r.fieldName(),
                    "relationship '"
                            + r.name()
                            + "' needs a foreign key from "
                            + from.name()
                            + " to "
                            + to.name()
                            + (via != null ? " on column '" + via + "'" : "")
                            + "; declare one with references(\""
                            + to.name()
                            + ".<column>\")");
        }
        throw new SchemaDefinitionException(
                owner.tableClass(),
                r.fieldName(),
                "relationship '"
                        + r.name()
                        + "' is ambiguous: "
                        + from.name()
                        + " has several foreign keys to "
                        + to.name()
                        + ": "
                        + describe(candidates)
                        + "; choose one with via(\"<column>\")");
    }

    private static String describe(List<ForeignKey> fks) {
        if (fks.isEmpty()) {
            return "none";
        }
        return fks.stream()
                .map(fk -> fk.column().table().name() + "." + fk.column().name())
                .collect(Collectors.joining(" and "));
    }
}
