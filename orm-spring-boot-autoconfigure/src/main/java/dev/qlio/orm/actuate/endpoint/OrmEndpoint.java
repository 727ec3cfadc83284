package dev.qlio.orm.actuate.endpoint;

import dev.qlio.orm.Database;
import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.ForeignKey;
import dev.qlio.orm.schema.Index;
import dev.qlio.orm.schema.PrimaryKey;
import dev.qlio.orm.schema.ResolvedRelationship;
import dev.qlio.orm.schema.TableMeta;
import dev.qlio.orm.schema.TableMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;

/**
 * The {@code orm} actuator endpoint: {@code /actuator/orm} describes Qlio's model (the dialect and,
 * per table, its columns, primary key, foreign keys, relationships and indexes) as JSON; {@code
 * /actuator/orm/diagram} returns it as a <a
 * href="https://mermaid.js.org/syntax/entityRelationshipDiagram.html">Mermaid {@code
 * erDiagram}</a>, which GitHub, GitLab and most wikis render.
 *
 * <p>It reads only the metadata, never the database. Thread-safe.
 */
@Endpoint(id = "orm")
public class OrmEndpoint {

    /** The selector of the diagram operation: {@code /actuator/orm/diagram}. */
    public static final String DIAGRAM = "diagram";

    private final Database database;

    /**
     * The endpoint of one database.
     *
     * @param database the database
     */
    public OrmEndpoint(Database database) {
        this.database = Objects.requireNonNull(database, "database must not be null");
    }

    /**
     * The model.
     *
     * @return the dialect and every table
     */
    @ReadOperation
    public OrmDescriptor model() {
        Dialect dialect = this.database.dialect();
        TableMetadata metadata = this.database.metadata();
        Map<String, TableDescriptor> tables = new LinkedHashMap<>();
        for (TableMeta<?> table : metadata.tables().values()) {
            tables.put(table.name(), describe(table, metadata, dialect));
        }
        return new OrmDescriptor(
                dialect.name(), this.database.fetchSize(), this.database.batchSize(), tables);
    }

    /**
     * The model as a Mermaid {@code erDiagram}, at {@code /actuator/orm/diagram}.
     *
     * @param view {@value #DIAGRAM}; anything else is not found
     * @return the diagram's text, or {@code null} (404) for another selector
     */
    @ReadOperation(produces = "text/plain;charset=UTF-8")
    public @Nullable String diagram(@Selector String view) {
        if (!DIAGRAM.equals(view)) {
            return null;
        }
        return ErDiagram.render(this.database.metadata(), this.database.dialect());
    }

    private static TableDescriptor describe(
            TableMeta<?> table, TableMetadata metadata, Dialect dialect) {
        List<ColumnDescriptor> columns = new ArrayList<>();
        for (Column<?> c : table.columns()) {
            columns.add(
                    new ColumnDescriptor(
                            c.name(),
                            dialect.types().typeName(c.type()),
                            c.type().javaType().getName(),
                            c.isNullable(),
                            c.serverDefault(),
                            c.hasDefaultValue(),
                            c.isPrimaryKey(),
                            c.isAutoincrement(),
                            c.isUnique(),
                            c.isVersion(),
                            c.isSoftDelete(),
                            c.isTenant()));
        }
        PrimaryKey pk = table.primaryKey();
        List<String> primaryKey = pk != null ? names(pk.columns()) : List.of();
        List<ForeignKeyDescriptor> foreignKeys = new ArrayList<>();
        for (ForeignKey fk : metadata.foreignKeys(table)) {
            foreignKeys.add(
                    new ForeignKeyDescriptor(
                            fk.column().name(),
                            fk.target().table().name(),
                            fk.target().name(),
                            fk.constraintName()));
        }
        List<RelationshipDescriptor> relationships = new ArrayList<>();
        for (ResolvedRelationship r : metadata.relationships(table)) {
            TableMeta<?> link = r.link();
            relationships.add(
                    new RelationshipDescriptor(
                            r.name(),
                            r.relationship().kind().name(),
                            r.target().name(),
                            r.relationship().loadStrategy().name(),
                            r.ownerColumn().name(),
                            r.targetColumn().name(),
                            link != null ? link.name() : null));
        }
        List<IndexDescriptor> indexes = new ArrayList<>();
        for (Index index : table.indexes()) {
            indexes.add(
                    new IndexDescriptor(index.name(), names(index.columns()), index.isUnique()));
        }
        List<String> filters = new ArrayList<>(2);
        Column<?> tenant = table.tenantColumn();
        if (tenant != null) {
            filters.add("tenant: " + tenant.name());
        }
        Column<?> deleted = table.softDeleteColumn();
        if (deleted != null) {
            filters.add("soft delete: " + deleted.name());
        }
        return new TableDescriptor(
                table.tableClass().getName(),
                columns,
                primaryKey,
                foreignKeys,
                relationships,
                indexes,
                filters);
    }

    private static List<String> names(List<Column<?>> columns) {
        return columns.stream().map(Column::name).toList();
    }

    /**
     * The model of one database.
     *
     * @param dialect the dialect's name
     * @param fetchSize rows per round trip when streaming
     * @param batchSize rows per JDBC batch
     * @param tables the tables by SQL name, in registration order
     */
    public record OrmDescriptor(
            String dialect, int fetchSize, int batchSize, Map<String, TableDescriptor> tables)
            implements OperationResponseBody {}

    /**
     * One table.
     *
     * @param tableClass the row class
     * @param columns the columns in declaration order
     * @param primaryKey the primary key's column names
     * @param foreignKeys the foreign keys
     * @param relationships the relationships, back-references included
     * @param indexes the declared indexes
     * @param filters the global filters every query applies, e.g. {@code tenant: tenant_id}, {@code
     *     soft delete: deleted_at}
     */
    public record TableDescriptor(
            String tableClass,
            List<ColumnDescriptor> columns,
            List<String> primaryKey,
            List<ForeignKeyDescriptor> foreignKeys,
            List<RelationshipDescriptor> relationships,
            List<IndexDescriptor> indexes,
            List<String> filters) {}

    /**
     * One column.
     *
     * @param name the SQL name
     * @param sqlType the type as the dialect writes it in DDL
     * @param javaType the Java type of its values
     * @param nullable whether it accepts NULL
     * @param defaultValue the SQL default expression, or {@code null}
     * @param applicationDefault whether Qlio supplies a value on insert when none is set
     * @param primaryKey whether it is part of the primary key
     * @param autoincrement whether the database generates it
     * @param unique whether it is unique on its own
     * @param version whether it is the optimistic-locking version
     * @param softDelete whether it is the soft-delete column
     * @param tenant whether it is the tenant column
     */
    public record ColumnDescriptor(
            String name,
            String sqlType,
            String javaType,
            boolean nullable,
            @Nullable String defaultValue,
            boolean applicationDefault,
            boolean primaryKey,
            boolean autoincrement,
            boolean unique,
            boolean version,
            boolean softDelete,
            boolean tenant) {}

    /**
     * One foreign key.
     *
     * @param column the referencing column
     * @param targetTable the referenced table
     * @param targetColumn the referenced column
     * @param constraint the constraint's name
     */
    public record ForeignKeyDescriptor(
            String column, String targetTable, String targetColumn, String constraint) {}

    /**
     * One relationship.
     *
     * @param name its name
     * @param kind {@code MANY_TO_ONE}, {@code ONE_TO_MANY} or {@code MANY_TO_MANY}
     * @param target the related table
     * @param loadStrategy {@code SELECT} or {@code JOINED}
     * @param ownerColumn the join column on this table
     * @param targetColumn the join column on the target
     * @param linkTable the link table of a many-to-many, else {@code null}
     */
    public record RelationshipDescriptor(
            String name,
            String kind,
            String target,
            String loadStrategy,
            String ownerColumn,
            String targetColumn,
            @Nullable String linkTable) {}

    /**
     * One index.
     *
     * @param name its name
     * @param columns its columns, in order
     * @param unique whether it is unique
     */
    public record IndexDescriptor(String name, List<String> columns, boolean unique) {}
}
