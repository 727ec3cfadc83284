package dev.qlio.orm.schema;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Describes one table: its SQL name, its columns in declaration order, its primary key, indexes and
 * declared relationships, built once per table class from the class's {@code public static final}
 * fields (asyncqlio's table metaclass). {@link TableMetadata}, by contrast, is the registry of all
 * tables.
 *
 * <p>Obtain it with {@link #of(Class)}. It may be adjusted ({@link #setPrimaryKey}) until it is
 * registered in a {@link TableMetadata}; from then on it is frozen and thread-safe.
 *
 * @param <T> the table class
 */
public final class TableMeta<T extends Table> {

    /**
     * One description per table class, stored with the class itself: fast to look up for every row,
     * and unloaded with the class (no leak across class loaders, e.g. DevTools restarts).
     */
    private static final ClassValue<TableMeta<?>> CACHE =
            new ClassValue<>() {
                @Override
                @SuppressWarnings({"unchecked", "rawtypes"})
                protected TableMeta<?> computeValue(Class<?> type) {
                    if (!Table.class.isAssignableFrom(type)) {
                        throw new IllegalArgumentException(
                                type.getName() + " is not a Table class");
                    }
                    // one description at a time: building one names the columns it reads
                    synchronized (BUILD_LOCK) {
                        return new TableMeta(type);
                    }
                }
            };

    private static final Object BUILD_LOCK = new Object();

    private final Class<T> tableClass;

    private final String name;

    private final List<Column<?>> columns;

    private final Map<String, Column<?>> columnsByName;

    private final List<Relationship<?>> relationships;

    private final List<Index> indexes;

    private final @Nullable Column<?> versionColumn;

    private final Supplier<T> constructor;

    private volatile @Nullable PrimaryKey primaryKey;

    private volatile boolean frozen;

    private TableMeta(Class<T> tableClass) {
        this.tableClass = tableClass;
        if (tableClass.getSuperclass() != Table.class) {
            throw new SchemaDefinitionException(
                    tableClass,
                    null,
                    "a table class must extend dev.qlio.orm.schema.Table directly");
        }
        this.name = tableName(tableClass);
        List<Column<?>> cols = new ArrayList<>();
        List<String> colFields = new ArrayList<>();
        List<Relationship<?>> rels = new ArrayList<>();
        List<Index> explicitIndexes = new ArrayList<>();
        for (Field field : tableClass.getDeclaredFields()) {
            Class<?> ft = field.getType();
            if (ft != Column.class && ft != Relationship.class && ft != Index.class) {
                continue;
            }
            int mod = field.getModifiers();
            if (!Modifier.isPublic(mod) || !Modifier.isStatic(mod) || !Modifier.isFinal(mod)) {
                throw new SchemaDefinitionException(
                        tableClass,
                        field.getName(),
                        "a "
                                + ft.getSimpleName()
                                + " field must be public static final (it is '"
                                + Modifier.toString(mod)
                                + "')");
            }
            Object value = read(tableClass, field);
            if (value instanceof Column<?> c) {
                if (c.declaringClass() != tableClass) {
                    throw new SchemaDefinitionException(
                            tableClass,
                            field.getName(),
                            "holds a column of "
                                    + c.declaringClass().getName()
                                    + "; declare each column with column(...) in its own table");
                }
                if (colFields.size() > 0 && cols.contains(c)) {
                    throw new SchemaDefinitionException(
                            tableClass,
                            field.getName(),
                            "holds the same Column instance as another field");
                }
                cols.add(c);
                colFields.add(field.getName());
            } else if (value instanceof Relationship<?> r) {
                r.assign(tableClass, field.getName());
                rels.add(r);
            } else if (value instanceof Index idx) {
                explicitIndexes.add(idx);
                idx.assignField(field.getName());
            }
        }
        // static initialisers run in declaration order, so creation order is declaration order
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingLong(i -> cols.get(i).sequence));
        List<Column<?>> sorted = new ArrayList<>();
        Map<String, Column<?>> byName = new HashMap<>();
        Map<String, String> fieldOfName = new HashMap<>();
        List<Column<?>> pk = new ArrayList<>();
        Column<?> version = null;
        for (int i : order) {
            Column<?> c = cols.get(i);
            String field = colFields.get(i);
            String explicit = c.explicitName();
            String sqlName = explicit != null ? explicit : snakeCase(field);
            checkName(tableClass, field, sqlName, "column");
            String previous = fieldOfName.putIfAbsent(sqlName, field);
            if (previous != null) {
                throw new SchemaDefinitionException(
                        tableClass,
                        field,
                        "column name '"
                                + sqlName
                                + "' is already used by field "
                                + previous
                                + "; give one of them another name with named(...)");
            }
            c.assign(field, sqlName, sorted.size());
            sorted.add(c);
            byName.put(sqlName, c);
            if (c.isPrimaryKey()) {
                pk.add(c);
            }
            if (c.isVersion()) {
                if (version != null) {
                    throw new SchemaDefinitionException(
                            tableClass,
                            field,
                            "a table has at most one version() column;"
                                    + " "
                                    + version.fieldName()
                                    + " is one already");
                }
                version = c;
            }
        }
        if (sorted.isEmpty()) {
            throw new SchemaDefinitionException(
                    tableClass,
                    null,
                    "declares no columns: add public static final Column fields built with column(...)");
        }
        List<Index> idx = new ArrayList<>();
        for (Column<?> c : sorted) {
            if (c.isIndexed()) {
                idx.add(Index.forColumn(this.name, c));
            }
        }
        for (Index i : explicitIndexes) {
            for (Column<?> c : i.columns()) {
                if (c.declaringClass() != tableClass) {
                    throw new SchemaDefinitionException(
                            tableClass,
                            i.fieldName(),
                            "index column " + c + " belongs to another table");
                }
            }
            i.assignTable(this.name);
            checkName(tableClass, i.fieldName(), i.name(), "index");
            idx.add(i);
        }
        Map<String, String> relNames = new HashMap<>();
        for (Relationship<?> r : rels) {
            if (byName.containsKey(r.name())) {
                throw new SchemaDefinitionException(
                        tableClass,
                        r.fieldName(),
                        "relationship name '"
                                + r.name()
                                + "' clashes with a column; rename the field");
            }
            if (relNames.put(r.name(), r.fieldName()) != null) {
                throw new SchemaDefinitionException(
                        tableClass,
                        r.fieldName(),
                        "two relationships are named '" + r.name() + "'");
            }
        }
        this.columns = List.copyOf(sorted);
        this.columnsByName = Map.copyOf(byName);
        this.relationships = List.copyOf(rels);
        this.indexes = List.copyOf(idx);
        this.versionColumn = version;
        this.primaryKey = pk.isEmpty() ? null : new PrimaryKey(this, pk);
        this.constructor = constructor(tableClass);
    }

    /**
     * The description of a table class, built on first use and cached. Never throws for a missing
     * primary key ({@link #setPrimaryKey} may follow).
     *
     * @param tableClass the table class
     * @param <T> the table class
     * @return its description
     * @throws SchemaDefinitionException if the class is not a valid table class
     */
    @SuppressWarnings("unchecked")
    public static <T extends Table> TableMeta<T> of(Class<T> tableClass) {
        return (TableMeta<T>) CACHE.get(tableClass);
    }

    /**
     * The table's SQL name ({@link TableName} or the snake_case class name).
     *
     * @return the unquoted name
     */
    public String name() {
        return this.name;
    }

    /**
     * The table class.
     *
     * @return the class
     */
    public Class<T> tableClass() {
        return this.tableClass;
    }

    /**
     * The columns in declaration order.
     *
     * @return an unmodifiable list
     */
    public List<Column<?>> columns() {
        return this.columns;
    }

    /**
     * The relationships declared on the table class (back-references created by a registry are
     * listed by {@link TableMetadata#relationships(TableMeta)}).
     *
     * @return an unmodifiable list
     */
    public List<Relationship<?>> relationships() {
        return this.relationships;
    }

    /**
     * The indexes: one per {@link Column#index()} column, then those declared as {@link Index}
     * fields.
     *
     * @return an unmodifiable list
     */
    public List<Index> indexes() {
        return this.indexes;
    }

    /**
     * A column by SQL name, field name or alias name ({@code <table>_<column>}).
     *
     * @param name the name
     * @return the column, if any
     */
    public Optional<Column<?>> getColumn(String name) {
        Column<?> c = this.columnsByName.get(name);
        if (c != null) {
            return Optional.of(c);
        }
        for (Column<?> col : this.columns) {
            if (col.fieldName().equals(name) || (this.name + "_" + col.name()).equals(name)) {
                return Optional.of(col);
            }
        }
        return Optional.empty();
    }

    /**
     * A column by name, failing when there is none.
     *
     * @param name the name
     * @return the column
     * @throws NoSuchElementException listing the known column names
     */
    public Column<?> requireColumn(String name) {
        return getColumn(name)
                .orElseThrow(
                        () ->
                                new NoSuchElementException(
                                        "Table "
                                                + this.name
                                                + " has no column '"
                                                + name
                                                + "' (known: "
                                                + String.join(", ", this.columnsByNameInOrder())
                                                + ")"));
    }

    private List<String> columnsByNameInOrder() {
        return this.columns.stream().map(Column::name).toList();
    }

    /**
     * A declared relationship by name.
     *
     * @param name the relationship's name
     * @return the relationship, if any
     */
    public Optional<Relationship<?>> getRelationship(String name) {
        for (Relationship<?> r : this.relationships) {
            if (r.name().equals(name)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * The primary key, or {@code null} when none is declared yet.
     *
     * @return the key
     */
    public @Nullable PrimaryKey primaryKey() {
        return this.primaryKey;
    }

    /**
     * Sets the primary key, before the table is registered.
     *
     * @param primaryKey a key over columns of this table
     * @throws IllegalStateException once the table is registered
     */
    public void setPrimaryKey(PrimaryKey primaryKey) {
        if (this.frozen) {
            throw new IllegalStateException(
                    "Table "
                            + this.name
                            + " is registered and frozen: set its primary key"
                            + " before registerTable");
        }
        if (primaryKey.table() != this) {
            throw new IllegalArgumentException(
                    "Primary key " + primaryKey + " is not over columns of table " + this.name);
        }
        synchronized (this) {
            for (Column<?> c : this.columns) {
                c.setPrimaryKeyFlag(primaryKey.columns().contains(c));
            }
            this.primaryKey = primaryKey;
        }
    }

    /**
     * The optimistic-locking version column, if declared.
     *
     * @return the column
     */
    public Optional<Column<?>> versionColumn() {
        return Optional.ofNullable(this.versionColumn);
    }

    /**
     * A new, empty row.
     *
     * @return the row
     */
    public T newRow() {
        return this.constructor.get();
    }

    /**
     * A new row holding the given values (recorded as changes, as {@code set} would).
     *
     * @param values column values; each column must belong to this table
     * @return the row
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public T newRow(Map<Column<?>, ?> values) {
        T row = newRow();
        for (Map.Entry<Column<?>, ?> e : values.entrySet()) {
            row.set((Column) e.getKey(), e.getValue());
        }
        return row;
    }

    /**
     * Whether the table is registered (and so frozen).
     *
     * @return whether it is
     */
    public boolean isFrozen() {
        return this.frozen;
    }

    void freeze() {
        if (this.frozen) {
            return;
        }
        synchronized (this) {
            for (Column<?> c : this.columns) {
                c.freeze();
            }
            for (Relationship<?> r : this.relationships) {
                r.freeze();
            }
            this.frozen = true;
        }
    }

    @Override
    public String toString() {
        return "TableMeta[" + this.name + " <- " + this.tableClass.getName() + "]";
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static Object read(Class<?> tableClass, Field field) {
        try {
            field.setAccessible(true);
            Object value = field.get(null);
            if (value == null) {
                throw new SchemaDefinitionException(
                        tableClass,
                        field.getName(),
                        "is null while the table is described; is it read during the class's own initialisation?");
            }
            return value;
        } catch (IllegalAccessException | RuntimeException ex) {
            if (ex instanceof SchemaDefinitionException sde) {
                throw sde;
            }
            throw new SchemaDefinitionException(
                    tableClass, field.getName(), "cannot be read: " + ex, ex);
        }
    }

    private static String tableName(Class<?> tableClass) {
        TableName annotation = tableClass.getAnnotation(TableName.class);
        String n = annotation != null ? annotation.value() : snakeCase(tableClass.getSimpleName());
        checkName(tableClass, null, n, "table");
        return n;
    }

    static void checkName(Class<?> tableClass, @Nullable String field, String name, String what) {
        if (name.isEmpty()) {
            throw new SchemaDefinitionException(tableClass, field, what + " name is empty");
        }
        if (name.indexOf('\0') >= 0) {
            throw new SchemaDefinitionException(
                    tableClass, field, what + " name contains a NUL character");
        }
    }

    /**
     * {@code CREATED_AT} and {@code createdAt} -> {@code created_at}; {@code BookTag} -> {@code
     * book_tag}; {@code HTTPLog} -> {@code http_log}.
     */
    static String snakeCase(String javaName) {
        boolean hasLower = javaName.chars().anyMatch(Character::isLowerCase);
        if (!hasLower) {
            return javaName.toLowerCase(java.util.Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(javaName.length() + 4);
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean prevLowerOrDigit =
                        i > 0
                                && (Character.isLowerCase(javaName.charAt(i - 1))
                                        || Character.isDigit(javaName.charAt(i - 1)));
                boolean acronymEnd =
                        i > 0
                                && Character.isUpperCase(javaName.charAt(i - 1))
                                && i + 1 < javaName.length()
                                && Character.isLowerCase(javaName.charAt(i + 1));
                if ((prevLowerOrDigit || acronymEnd)
                        && sb.length() > 0
                        && sb.charAt(sb.length() - 1) != '_') {
                    sb.append('_');
                }
                sb.append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private static <T> Supplier<T> constructor(Class<T> tableClass) {
        if (Modifier.isAbstract(tableClass.getModifiers())) {
            return () -> {
                throw new IllegalStateException(
                        "Table class " + tableClass.getName() + " is abstract");
            };
        }
        Constructor<T> ctor;
        try {
            ctor = tableClass.getDeclaredConstructor();
        } catch (NoSuchMethodException ex) {
            throw new SchemaDefinitionException(
                    tableClass, null, "needs a no-argument constructor");
        }
        try {
            // a generated Supplier: no reflection per row
            MethodHandles.Lookup lookup =
                    MethodHandles.privateLookupIn(tableClass, MethodHandles.lookup());
            MethodHandle handle = lookup.unreflectConstructor(ctor);
            return (Supplier<T>)
                    LambdaMetafactory.metafactory(
                                    lookup,
                                    "get",
                                    MethodType.methodType(Supplier.class),
                                    MethodType.methodType(Object.class),
                                    handle,
                                    MethodType.methodType(tableClass))
                            .getTarget()
                            .invokeExact();
        } catch (Throwable ex) {
            // e.g. a class loader the lookup cannot see into: fall back to the constructor
            ctor.setAccessible(true);
            return () -> {
                try {
                    return ctor.newInstance();
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(
                            "Cannot instantiate " + tableClass.getName(), e);
                }
            };
        }
    }
}
