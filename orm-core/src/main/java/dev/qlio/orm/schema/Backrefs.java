package dev.qlio.orm.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates, on each target table, the inverse of every relationship declared with {@link
 * Relationship#backref(String)}, with an alias unique in the registry; and gives out such aliases.
 */
final class Backrefs {

    private final Map<TableMeta<?>, List<ResolvedRelationship>> relationships;

    private final Map<String, AliasedTable<?>> aliases;

    /**
     * Adds the back-references to the resolved relationships.
     *
     * @param tables the registered tables by name
     * @param declaredAndBackrefs the resolved relationships by table, possibly with the
     *     back-references made last time, which are left out and made again
     */
    Backrefs(
            Map<String, TableMeta<?>> tables,
            Map<TableMeta<?>, List<ResolvedRelationship>> declaredAndBackrefs) {
        // start from the declared relationships only, so that running this again (directly or
        // through setupTables) does not meet the back-references it created last time
        Map<TableMeta<?>, List<ResolvedRelationship>> rels = new LinkedHashMap<>();
        Map<String, AliasedTable<?>> aliasMap = new LinkedHashMap<>();
        declaredAndBackrefs.forEach(
                (k, v) -> {
                    List<ResolvedRelationship> declared = new ArrayList<>();
                    for (ResolvedRelationship rr : v) {
                        if (k.relationships().contains(rr.relationship())) {
                            declared.add(rr);
                            aliasMap.put(
                                    rr.alias(),
                                    new AliasedTable<>(rr.alias(), rr.target().tableClass()));
                        }
                    }
                    rels.put(k, declared);
                });
        for (TableMeta<?> meta : tables.values()) {
            for (ResolvedRelationship rr : List.copyOf(rels.getOrDefault(meta, List.of()))) {
                Relationship<?> r = rr.relationship();
                String backref = r.backrefName();
                if (backref == null || r.owner() != meta.tableClass()) {
                    continue;
                }
                TableMeta<?> target = rr.target();
                List<ResolvedRelationship> targetRels =
                        rels.computeIfAbsent(target, k -> new ArrayList<>());
                if (target.getColumn(backref).isPresent()) {
                    throw new SchemaDefinitionException(
                            meta.tableClass(),
                            r.fieldName(),
                            "back-reference '"
                                    + backref
                                    + "' clashes with column "
                                    + target.requireColumn(backref).name()
                                    + " of table "
                                    + target.name()
                                    + "; choose another backref name");
                }
                if (targetRels.stream().anyMatch(x -> x.name().equals(backref))) {
                    throw new SchemaDefinitionException(
                            meta.tableClass(),
                            r.fieldName(),
                            "back-reference '"
                                    + backref
                                    + "' clashes with relationship '"
                                    + backref
                                    + "' of table "
                                    + target.name());
                }
                Relationship.Kind inverse =
                        switch (r.kind()) {
                            case MANY_TO_ONE -> Relationship.Kind.ONE_TO_MANY;
                            case ONE_TO_MANY -> Relationship.Kind.MANY_TO_ONE;
                            case MANY_TO_MANY -> Relationship.Kind.MANY_TO_MANY;
                        };
                Relationship<?> back =
                        new Relationship<>(
                                inverse,
                                meta.tableClass(),
                                r.linkTable(),
                                target.tableClass(),
                                backref,
                                null,
                                r.loadStrategy());
                String alias = uniqueAlias(aliasMap, tables, "r_" + target.name() + "_" + backref);
                aliasMap.put(alias, new AliasedTable<>(alias, meta.tableClass()));
                targetRels.add(
                        new ResolvedRelationship(
                                back,
                                target,
                                meta,
                                alias,
                                rr.targetColumn(),
                                rr.ownerColumn(),
                                rr.link(),
                                rr.linkTargetColumn(),
                                rr.linkOwnerColumn()));
            }
        }
        Map<TableMeta<?>, List<ResolvedRelationship>> frozen = new LinkedHashMap<>();
        rels.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.relationships = Collections.unmodifiableMap(frozen);
        this.aliases = Collections.unmodifiableMap(aliasMap);
    }

    /** The declared relationships, then the back-references, by table. */
    Map<TableMeta<?>, List<ResolvedRelationship>> relationships() {
        return this.relationships;
    }

    /** The aliases of all of them. */
    Map<String, AliasedTable<?>> aliases() {
        return this.aliases;
    }

    /** {@code base}, or {@code base_2}, {@code base_3}, ... if taken by an alias or a table. */
    static String uniqueAlias(
            Map<String, AliasedTable<?>> taken, Map<String, TableMeta<?>> tables, String base) {
        String alias = base;
        for (int n = 2; taken.containsKey(alias) || tables.containsKey(alias); n++) {
            alias = base + "_" + n;
        }
        return alias;
    }
}
