package dev.qlio.orm.actuate.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.Database;
import dev.qlio.orm.actuate.endpoint.OrmEndpoint.ColumnDescriptor;
import dev.qlio.orm.actuate.endpoint.OrmEndpoint.OrmDescriptor;
import dev.qlio.orm.actuate.endpoint.OrmEndpoint.TableDescriptor;
import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.schema.TableMetadata;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class OrmEndpointTests {

    private final OrmEndpoint endpoint = new OrmEndpoint(database(Dialect.H2));

    private static Database database(Dialect dialect) {
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(Writer.class);
        metadata.registerTable(Post.class);
        // the dialect is given, so nothing connects
        return Database.builder(new DriverManagerDataSource("jdbc:h2:mem:unused"), metadata)
                .dialect(dialect)
                .fetchSize(100)
                .build();
    }

    @Test
    void modelDescribesDialectTablesColumnsKeysRelationshipsAndIndexes() {
        OrmDescriptor model = this.endpoint.model();
        assertThat(model.dialect()).isEqualTo("h2");
        assertThat(model.fetchSize()).isEqualTo(100);
        assertThat(model.batchSize()).isEqualTo(500);
        assertThat(model.tables()).containsOnlyKeys("qe_writer", "qe_post");
        TableDescriptor writer = model.tables().get("qe_writer");
        assertThat(writer.tableClass()).isEqualTo(Writer.class.getName());
        assertThat(writer.primaryKey()).containsExactly("id");
        assertThat(writer.columns())
                .extracting(ColumnDescriptor::name)
                .containsExactly("id", "email", "status");
        ColumnDescriptor email = writer.columns().get(1);
        assertThat(email.sqlType()).isEqualTo("VARCHAR(128)");
        assertThat(email.javaType()).isEqualTo("java.lang.String");
        assertThat(email.nullable()).isFalse();
        assertThat(email.unique()).isTrue();
        assertThat(writer.columns().get(2).defaultValue()).isEqualTo("'active'");
        assertThat(writer.columns().get(0).autoincrement()).isTrue();
        assertThat(writer.relationships())
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.name()).isEqualTo("posts");
                            assertThat(r.kind()).isEqualTo("ONE_TO_MANY");
                            assertThat(r.target()).isEqualTo("qe_post");
                        });
        TableDescriptor post = model.tables().get("qe_post");
        assertThat(post.foreignKeys())
                .anySatisfy(
                        fk -> {
                            assertThat(fk.column()).isEqualTo("writer_id");
                            assertThat(fk.targetTable()).isEqualTo("qe_writer");
                            assertThat(fk.targetColumn()).isEqualTo("id");
                        })
                .hasSize(2);
        assertThat(post.relationships())
                .anySatisfy(
                        r -> {
                            assertThat(r.name()).isEqualTo("writer");
                            assertThat(r.kind()).isEqualTo("MANY_TO_ONE");
                            assertThat(r.ownerColumn()).isEqualTo("writer_id");
                            assertThat(r.targetColumn()).isEqualTo("id");
                            assertThat(r.linkTable()).isNull();
                        });
        assertThat(post.indexes())
                .singleElement()
                .satisfies(
                        i -> {
                            assertThat(i.columns()).containsExactly("title");
                            assertThat(i.unique()).isFalse();
                        });
        assertThat(post.columns())
                .filteredOn(ColumnDescriptor::version)
                .extracting(ColumnDescriptor::name)
                .containsExactly("version");
    }

    @Test
    void diagramIsAMermaidErDiagram() {
        String diagram = this.endpoint.diagram("diagram");
        assertThat(diagram)
                .startsWith("erDiagram\n")
                .contains("    qe_writer {\n")
                .contains("        BIGINT id PK\n")
                .contains("        VARCHAR(128) email UK \"not null\"\n")
                .contains("        BIGINT writer_id FK \"not null\"\n")
                .contains("        BIGINT reviewer_id FK\n")
                .contains("        NUMERIC(10_2) price\n")
                .contains("    qe_writer ||--o{ qe_post : \"writer_id\"\n")
                .contains("    qe_writer |o--o{ qe_post : \"reviewer_id\"\n");
    }

    @Test
    void otherSelectorsAreNotFound() {
        assertThat(this.endpoint.diagram("tables")).isNull();
    }

    @Test
    void diagramUsesTheDialectsTypeNames() {
        String diagram = new OrmEndpoint(database(Dialect.POSTGRESQL)).diagram("diagram");
        assertThat(diagram).doesNotContain(" ,").doesNotContain("( ");
        for (String line : diagram.split("\n")) {
            if (line.startsWith("        ")) {
                // type name PK|FK|UK "comment": type and name are single Mermaid words
                assertThat(line.trim().split(" ")[0]).matches("[A-Za-z][A-Za-z0-9_\\-()\\[\\]]*");
            }
        }
    }
}
