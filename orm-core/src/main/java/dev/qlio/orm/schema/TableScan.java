package dev.qlio.orm.schema;

import dev.qlio.orm.schema.types.SqlType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a table class's {@code public static final} {@link Column}, {@link Relationship} and {@link
 * Index} fields once, names the columns in declaration order, and checks the definition: field
 * modifiers, duplicate names, at most one version column, index and relationship names. {@link
 * TableMeta} keeps what it finds.
 */
final class TableScan {

    private final Class<? extends Table> tableClass;

    private final String tableName;

    private final List<Column<?>> declared = new ArrayList<>();

    private final List<String> declaredFields = new ArrayList<>();

    private final List<Index> explicitIndexes = new ArrayList<>();

    /** The columns in declaration order. */
    final List<Column<?>> columns = new ArrayList<>();

    /** The columns by SQL name. */
    final Map<String, Column<?>> columnsByName = new HashMap<>();

    /** The columns marked {@code primaryKey()}, in column order. */
    final List<Column<?>> primaryKey = new ArrayList<>();

    /** The declared relationships, in field order. */
    final List<Relationship<?>> relationships = new ArrayList<>();

    /** The indexes of {@code index()} columns, then the declared ones. */
    final List<Index> indexes = new ArrayList<>();

    /** The {@code version()} column, if any. */
    @Nullable Column<?> versionColumn;

    /** The {@code softDelete()} column, if any. */
    @Nullable Column<?> softDeleteColumn;

    /** The {@code tenant()} column, if any. */
    @Nullable Column<?> tenantColumn;

    TableScan(Class<? extends Table> tableClass, String tableName) {
        this.tableClass = tableClass;
        this.tableName = tableName;
        for (Field field : tableClass.getDeclaredFields()) {
            readField(field);
        }
        nameColumns();
        if (this.columns.isEmpty()) {
            throw new SchemaDefinitionException(
                    tableClass,
                    null,
                    "declares no columns: add public static final Column fields built with column(...)");
        }
        collectIndexes();
        checkRelationshipNames();
    }

    private void readField(Field field) {
        Class<?> ft = field.getType();
        if (ft != Column.class && ft != Relationship.class && ft != Index.class) {
            return;
        }
        int mod = field.getModifiers();
        if (!Modifier.isPublic(mod) || !Modifier.isStatic(mod) || !Modifier.isFinal(mod)) {
            throw new SchemaDefinitionException(
                    this.tableClass,
                    field.getName(),
                    "a "
                            + ft.getSimpleName()
                            + " field must be public static final (it is '"
                            + Modifier.toString(mod)
                            + "')");
        }
        Object value = read(field);
        if (value instanceof Column<?> c) {
            if (c.declaringClass() != this.tableClass) {
                throw new SchemaDefinitionException(
                        this.tableClass,
                        field.getName(),
                        "holds a column of "
                                + c.declaringClass().getName()
                                + "; declare each column with column(...) in its own table (to"
                                + " share a definition, make it a ColumnTemplate and copy it:"
                                + " column(Shared.ID))");
            }
            if (this.declaredFields.size() > 0 && this.declared.contains(c)) {
                throw new SchemaDefinitionException(
                        this.tableClass,
                        field.getName(),
                        "holds the same Column instance as another field");
            }
            this.declared.add(c);
            this.declaredFields.add(field.getName());
        } else if (value instanceof Relationship<?> r) {
            r.assign(this.tableClass, field.getName());
            this.relationships.add(r);
        } else if (value instanceof Index idx) {
            this.explicitIndexes.add(idx);
            idx.assignField(field.getName());
        }
    }

    private Object read(Field field) {
        try {
            field.setAccessible(true);
            Object value = field.get(null);
            if (value == null) {
                throw new SchemaDefinitionException(
                        this.tableClass,
                        field.getName(),
                        "is null while the table is described; is it read during the class's own initialisation?");
            }
            return value;
        } catch (IllegalAccessException | RuntimeException ex) {
            if (ex instanceof SchemaDefinitionException sde) {
                throw sde;
            }
            throw new SchemaDefinitionException(
                    this.tableClass, field.getName(), "cannot be read: " + ex, ex);
        }
    }

    /** Names the columns and numbers them in declaration order; finds the key and version. */
    private void nameColumns() {
        // static initialisers run in declaration order, so creation order is declaration order
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < this.declared.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingLong(i -> this.declared.get(i).sequence));
        Map<String, String> fieldOfName = new HashMap<>();
        for (int i : order) {
            Column<?> c = this.declared.get(i);
            String field = this.declaredFields.get(i);
            String explicit = c.explicitName();
            String sqlName = explicit != null ? explicit : Names.snakeCase(field);
            Names.checkName(this.tableClass, field, sqlName, "column");
            String previous = fieldOfName.putIfAbsent(sqlName, field);
            if (previous != null) {
                throw new SchemaDefinitionException(
                        this.tableClass,
                        field,
                        "column name '"
                                + sqlName
                                + "' is already used by field "
                                + previous
                                + "; give one of them another name with named(...)");
            }
            c.assign(field, sqlName, this.columns.size());
            this.columns.add(c);
            this.columnsByName.put(sqlName, c);
            if (c.isPrimaryKey()) {
                this.primaryKey.add(c);
            }
            if (c.isVersion()) {
                Column<?> version = this.versionColumn;
                if (version != null) {
                    throw new SchemaDefinitionException(
                            this.tableClass,
                            field,
                            "a table has at most one version() column;"
                                    + " "
                                    + version.fieldName()
                                    + " is one already");
                }
                this.versionColumn = c;
            }
            if (c.isSoftDelete()) {
                this.softDeleteColumn =
                        filterColumn(c, field, this.softDeleteColumn, "softDelete()");
                if (c.type().kind() != SqlType.Kind.BOOLEAN && !c.isNullable()) {
                    throw new SchemaDefinitionException(
                            this.tableClass,
                            field,
                            "a softDelete() timestamp must be nullable (NULL is a live row);"
                                    + " remove notNull()");
                }
            }
            if (c.isTenant()) {
                this.tenantColumn = filterColumn(c, field, this.tenantColumn, "tenant()");
            }
        }
    }

    /** Checks a filter column: one per table, not part of the key, not generated. */
    private Column<?> filterColumn(
            Column<?> c, String field, @Nullable Column<?> previous, String modifier) {
        if (previous != null) {
            throw new SchemaDefinitionException(
                    this.tableClass,
                    field,
                    "a table has at most one "
                            + modifier
                            + " column; "
                            + previous.fieldName()
                            + " is one already");
        }
        if (c.isPrimaryKey() || c.isAutoincrement() || c.isVersion()) {
            throw new SchemaDefinitionException(
                    this.tableClass,
                    field,
                    modifier
                            + " cannot be the primary key, generated or the version column;"
                            + " declare a column of its own");
        }
        return c;
    }

    private void collectIndexes() {
        for (Column<?> c : this.columns) {
            if (c.isIndexed()) {
                this.indexes.add(Index.forColumn(this.tableName, c));
            }
        }
        for (Index i : this.explicitIndexes) {
            for (Column<?> c : i.columns()) {
                if (c.declaringClass() != this.tableClass) {
                    throw new SchemaDefinitionException(
                            this.tableClass,
                            i.fieldName(),
                            "index column " + c + " belongs to another table");
                }
            }
            i.assignTable(this.tableName);
            Names.checkName(this.tableClass, i.fieldName(), i.name(), "index");
            this.indexes.add(i);
        }
    }

    private void checkRelationshipNames() {
        Map<String, String> relNames = new HashMap<>();
        for (Relationship<?> r : this.relationships) {
            if (this.columnsByName.containsKey(r.name())) {
                throw new SchemaDefinitionException(
                        this.tableClass,
                        r.fieldName(),
                        "relationship name '"
                                + r.name()
                                + "' clashes with a column; rename the field");
            }
            if (relNames.put(r.name(), r.fieldName()) != null) {
                throw new SchemaDefinitionException(
                        this.tableClass,
                        r.fieldName(),
                        "two relationships are named '" + r.name() + "'");
            }
        }
    }
}
