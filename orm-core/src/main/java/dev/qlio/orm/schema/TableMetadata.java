package dev.qlio.orm.schema;

import dev.qlio.orm.Database;
import dev.qlio.orm.schema.internal.Bindings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** The {@code Database} last connected with this registry; typed in {@link #bind()} only. */
    private volatile @Nullable Object bound;

    static {
        // Database records itself through Bindings, so that the setter is no public API
        Bindings.install((registry, database) -> ((TableMetadata) registry).bound = database);
    }

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
            BackrefLookup.registered(this);
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
        RelationshipResolver resolver = new RelationshipResolver(this.tables);
        this.foreignKeys = resolver.foreignKeys();
        Map<TableMeta<?>, List<ResolvedRelationship>> rels = new LinkedHashMap<>();
        for (TableMeta<?> meta : this.tables.values()) {
            List<ResolvedRelationship> list = new ArrayList<>();
            for (Relationship<?> r : meta.relationships()) {
                list.add(resolver.resolve(meta, r, "r_" + meta.name() + "_" + r.name()));
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
                String alias = Backrefs.uniqueAlias(result, this.tables, rr.alias());
                result.put(alias, new AliasedTable<>(alias, rr.target().tableClass()));
                list.add(rr.withAlias(alias));
            }
            rels.put(e.getKey(), list);
        }
        this.relationships = rels;
        this.aliases = Collections.unmodifiableMap(result);
    }

    /**
     * Creates, on the target table, the inverse of every relationship declared with {@link
     * Relationship#backref(String)}.
     */
    public synchronized void resolveBackrefs() {
        Backrefs backrefs = new Backrefs(this.tables, this.relationships);
        this.relationships = backrefs.relationships();
        this.aliases = backrefs.aliases();
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
        return Optional.ofNullable((Database) this.bound);
    }

    /**
     * The resolved foreign keys of a table, in column order.
     *
     * @param table a registered table
     * @return the foreign keys
     */
    public List<ForeignKey> foreignKeys(TableMeta<?> table) {
        return RelationshipResolver.foreignKeys(this.foreignKeys, table);
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

    @Override
    public synchronized String toString() {
        return "TableMetadata" + this.tables.keySet();
    }
}
