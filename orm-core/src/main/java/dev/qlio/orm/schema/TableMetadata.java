package dev.qlio.orm.schema;

import dev.qlio.orm.Database;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The registry of all tables of one application (or one Spring context): it resolves floating
 * foreign keys, relationship aliases and back-references across the tables registered in it. {@link
 * TableMeta}, by contrast, describes a single table.
 *
 * <pre>{@code
 * TableMetadata metadata = new TableMetadata();
 * metadata.registerTable(User.class);
 * metadata.registerTable(Post.class);
 * metadata.setupTables();
 * }</pre>
 *
 * <p>One table class may be registered in several registries; what resolution finds lives in the
 * registry, never in the shared {@link TableMeta}. Registration is synchronised; once set up, a
 * registry is read concurrently without locking.
 */
public final class TableMetadata {

    private final Map<String, TableMeta<?>> tables = new LinkedHashMap<>();

    private volatile Map<Column<?>, ForeignKey> foreignKeys = Map.of();

    private volatile Map<TableMeta<?>, List<ResolvedRelationship>> relationships = Map.of();

    private volatile Map<String, AliasedTable<?>> aliases = Map.of();

    private volatile boolean setUp;

    private volatile @Nullable Database bound;

    /** An empty registry. */
    public TableMetadata() {}

    /**
     * Registers a table class (and freezes its {@link TableMeta}).
     *
     * @param tableClass the table class
     * @param <T> its type
     * @return its description
     * @throws SchemaDefinitionException if the class is invalid, has no primary key, or its name is
     *     taken by another class
     */
    public <T extends Table> TableMeta<T> registerTable(Class<T> tableClass) {
        return registerTable(tableClass, false);
    }

    /**
     * Registers a table class, and with {@code autosetupTables} runs {@link #setupTables()}.
     *
     * @param tableClass the table class
     * @param autosetupTables whether to set the tables up again
     * @param <T> its type
     * @return its description
     */
    public <T extends Table> TableMeta<T> registerTable(
            Class<T> tableClass, boolean autosetupTables) {
        TableMeta<T> meta = TableMeta.of(tableClass);
        synchronized (this) {
            TableMeta<?> existing = this.tables.get(meta.name());
            if (existing != null && existing != meta) {
                throw new SchemaDefinitionException(
                        tableClass,
                        null,
                        "table name '"
                                + meta.name()
                                + "' is already registered by "
                                + existing.tableClass().getName()
                                + "; give one of them another @TableName");
            }
            if (meta.primaryKey() == null) {
                throw new SchemaDefinitionException(
                        tableClass,
                        null,
                        "table '"
                                + meta.name()
                                + "' has no primary key: mark a column primaryKey(), or call"
                                + " TableMeta.of(...).setPrimaryKey(new PrimaryKey(...)) before registering");
            }
            meta.freeze();
            this.tables.put(meta.name(), meta);
            this.setUp = false;
        }
        if (autosetupTables) {
            setupTables();
        }
        return meta;
    }

    /**
     * A table by SQL name, class simple name, or relationship alias name.
     *
     * @param tableName the name
     * @return the table, if registered
     */
    public synchronized Optional<TableMeta<?>> getTable(String tableName) {
        TableMeta<?> meta = this.tables.get(tableName);
        if (meta != null) {
            return Optional.of(meta);
        }
        for (TableMeta<?> m : this.tables.values()) {
            if (m.tableClass().getSimpleName().equals(tableName)) {
                return Optional.of(m);
            }
        }
        AliasedTable<?> alias = this.aliases.get(tableName);
        return alias != null ? Optional.of(alias.table()) : Optional.empty();
    }

    /**
     * The registered table of a class.
     *
     * @param tableClass the class
     * @param <T> its type
     * @return its description, if registered here
     */
    @SuppressWarnings("unchecked")
    public synchronized <T extends Table> Optional<TableMeta<T>> getTable(Class<T> tableClass) {
        for (TableMeta<?> m : this.tables.values()) {
            if (m.tableClass() == tableClass) {
                return Optional.of((TableMeta<T>) m);
            }
        }
        return Optional.empty();
    }

    /**
     * The registered tables by name, in registration order (aliases are not listed).
     *
     * @return an unmodifiable snapshot
     */
    public synchronized Map<String, TableMeta<?>> tables() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(this.tables));
    }

    /**
     * Resolves foreign keys and relationships, then aliases, then back-references.
     *
     * @throws SchemaDefinitionException naming the class and field of an unresolvable reference
     */
    public synchronized void setupTables() {
        resolveFloatingRelationships();
        resolveAliases();
        resolveBackrefs();
        this.setUp = true;
    }

    /**
     * Turns the {@code "table.column"} references of every column into {@link ForeignKey}s, and
     * finds the join columns of every declared relationship.
     */
    public synchronized void resolveFloatingRelationships() {
        Map<Column<?>, ForeignKey> fks = new IdentityHashMap<>();
        for (TableMeta<?> meta : this.tables.values()) {
            for (Column<?> c : meta.columns()) {
                String ref = c.references();
                if (ref != null) {
                    fks.put(c, new ForeignKey(c, resolveReference(meta, c, ref)));
                }
            }
        }
        this.foreignKeys = Collections.unmodifiableMap(fks);
        Map<TableMeta<?>, List<ResolvedRelationship>> rels = new LinkedHashMap<>();
        for (TableMeta<?> meta : this.tables.values()) {
            List<ResolvedRelationship> list = new ArrayList<>();
            for (Relationship<?> r : meta.relationships()) {
                list.add(resolve(meta, r, "r_" + meta.name() + "_" + r.name()));
            }
            rels.put(meta, list);
        }
        this.relationships = rels;
    }

    /** Gives every relationship the alias its target is joined under, unique in this registry. */
    public synchronized void resolveAliases() {
        Map<String, AliasedTable<?>> result = new LinkedHashMap<>();
        Map<TableMeta<?>, List<ResolvedRelationship>> rels = new LinkedHashMap<>();
        for (Map.Entry<TableMeta<?>, List<ResolvedRelationship>> e :
                this.relationships.entrySet()) {
            List<ResolvedRelationship> list = new ArrayList<>();
            for (ResolvedRelationship rr : e.getValue()) {
                String alias = uniqueAlias(result, rr.alias());
                result.put(alias, new AliasedTable<>(alias, rr.target().tableClass()));
                list.add(rr.withAlias(alias));
            }
            rels.put(e.getKey(), list);
        }
        this.relationships = rels;
        this.aliases = Collections.unmodifiableMap(result);
    }

    private String uniqueAlias(Map<String, AliasedTable<?>> taken, String base) {
        String alias = base;
        for (int n = 2; taken.containsKey(alias) || this.tables.containsKey(alias); n++) {
            alias = base + "_" + n;
        }
        return alias;
    }

    /**
     * Creates, on the target table, the inverse of every relationship declared with {@link
     * Relationship#backref(String)}.
     */
    public synchronized void resolveBackrefs() {
        // start from the declared relationships only, so that running this again (directly or
        // through setupTables) does not meet the back-references it created last time
        Map<TableMeta<?>, List<ResolvedRelationship>> rels = new LinkedHashMap<>();
        Map<String, AliasedTable<?>> aliasMap = new LinkedHashMap<>();
        this.relationships.forEach(
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
        for (TableMeta<?> meta : this.tables.values()) {
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
                String alias = uniqueAlias(aliasMap, "r_" + target.name() + "_" + backref);
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

    /**
     * Whether {@link #setupTables()} ran since the last registration.
     *
     * @return whether the registry is set up
     */
    public boolean isSetUp() {
        return this.setUp;
    }

    /**
     * The {@link Database} this registry was last connected with.
     *
     * @return the database, if any
     */
    public Optional<Database> bind() {
        return Optional.ofNullable(this.bound);
    }

    /**
     * Records the database this registry is connected with; called by {@code Database}.
     *
     * @param database the database
     */
    public void bind(Database database) {
        this.bound = database;
    }

    /**
     * The resolved foreign keys of a table, in column order.
     *
     * @param table a registered table
     * @return the foreign keys
     */
    public List<ForeignKey> foreignKeys(TableMeta<?> table) {
        Map<Column<?>, ForeignKey> fks = this.foreignKeys;
        List<ForeignKey> result = new ArrayList<>();
        for (Column<?> c : table.columns()) {
            ForeignKey fk = fks.get(c);
            if (fk != null) {
                result.add(fk);
            }
        }
        return result;
    }

    /**
     * The relationships of a table as resolved here: the declared ones, then back-references.
     *
     * @param table a registered table
     * @return the resolved relationships
     */
    public List<ResolvedRelationship> relationships(TableMeta<?> table) {
        return this.relationships.getOrDefault(table, List.of());
    }

    /**
     * A resolved relationship of a table by name (declared or back-reference).
     *
     * @param table a registered table
     * @param name the relationship's name
     * @return the relationship, if any
     */
    public Optional<ResolvedRelationship> getRelationship(TableMeta<?> table, String name) {
        for (ResolvedRelationship rr : relationships(table)) {
            if (rr.name().equals(name)) {
                return Optional.of(rr);
            }
        }
        return Optional.empty();
    }

    /**
     * The aliases created for relationships, by alias name.
     *
     * @return an unmodifiable map
     */
    public Map<String, AliasedTable<?>> aliases() {
        return this.aliases;
    }

    // ---- resolution --------------------------------------------------------------------------

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

    private ResolvedRelationship resolve(TableMeta<?> owner, Relationship<?> r, String alias) {
        TableMeta<?> target = registered(owner, r, r.target(), "targets");
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
                    Class<? extends Table> linkClass =
                            java.util.Objects.requireNonNull(r.linkTable());
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

    @Override
    public synchronized String toString() {
        return "TableMetadata" + this.tables.keySet();
    }
}
