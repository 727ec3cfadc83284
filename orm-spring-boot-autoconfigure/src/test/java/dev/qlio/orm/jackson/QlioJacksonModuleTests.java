package dev.qlio.orm.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qlio.orm.Database;
import dev.qlio.orm.actuate.endpoint.Post;
import dev.qlio.orm.actuate.endpoint.Writer;
import dev.qlio.orm.observation.StatementCounter;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.session.Session;
import io.micrometer.observation.ObservationRegistry;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

class QlioJacksonModuleTests {

    private final JsonMapper json = JsonMapper.builder().addModule(new QlioJacksonModule()).build();

    private SingleConnectionDataSource dataSource;

    private Database database;

    private StatementCounter counter;

    private long postId;

    @BeforeEach
    void createRows() {
        this.dataSource =
                new SingleConnectionDataSource(
                        "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", true);
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(Writer.class);
        metadata.registerTable(Post.class);
        metadata.setupTables();
        ObservationRegistry registry = ObservationRegistry.create();
        this.counter = StatementCounter.install(registry);
        this.database =
                Database.builder(this.dataSource, metadata).observationRegistry(registry).build();
        this.database.ddl().createAll();
        try (Session s = this.database.session()) {
            Writer writer = new Writer();
            writer.set(Writer.EMAIL, "ada@example.org");
            writer.set(Writer.STATUS, "active");
            s.add(writer);
            Post post = new Post();
            post.set(Post.TITLE, "Notes");
            post.set(Post.PRICE, new BigDecimal("9.50"));
            post.setRelated(Post.WRITER, writer);
            s.add(post);
            s.commit();
            this.postId = post.get(Post.ID);
        }
    }

    @AfterEach
    void close() {
        this.dataSource.destroy();
    }

    private Post post(boolean withWriter) {
        try (Session s = this.database.session()) {
            var query = s.select(Post.class).where(Post.ID.eq(this.postId));
            return (withWriter ? query.load(Post.WRITER) : query).first().orElseThrow();
        }
    }

    @Test
    void aRowIsWrittenAsEveryColumnThenItsLoadedRelationshipsWithoutAQuery() {
        Post post = post(true);
        this.counter.reset();

        JsonNode tree = this.json.readTree(this.json.writeValueAsString(post));

        assertThat(this.counter.count()).isZero();
        assertThat(tree.propertyNames())
                .containsExactly(
                        "id", "writerId", "reviewerId", "title", "price", "version", "writer");
        assertThat(tree.get("title").asString()).isEqualTo("Notes");
        assertThat(tree.get("price").decimalValue()).isEqualByComparingTo("9.50");
        assertThat(tree.get("reviewerId").isNull()).isTrue();
        assertThat(tree.get("writer").get("email").asString()).isEqualTo("ada@example.org");
    }

    @Test
    void anUnloadedRelationshipIsLeftOut() {
        Post post = post(false);
        this.counter.reset();

        JsonNode tree = this.json.readTree(this.json.writeValueAsString(post));

        assertThat(this.counter.count()).isZero();
        assertThat(tree.has("writer")).isFalse();
        assertThat(tree.get("writerId").asLong()).isPositive();
    }

    @Test
    void columnNamingWritesSqlNames() {
        JsonMapper sql =
                JsonMapper.builder()
                        .addModule(new QlioJacksonModule(PropertyNaming.COLUMN))
                        .build();
        assertThat(sql.readTree(sql.writeValueAsString(post(false))).has("writer_id")).isTrue();
    }

    @Test
    void aBodyBecomesANewRowWithItsColumnsSet() {
        Post post =
                this.json.readValue(
                        "{\"title\":\"Draft\",\"price\":1.25,\"writerId\":7,\"writer\":{\"id\":7}}",
                        Post.class);

        assertThat(post.isPersisted()).isFalse();
        assertThat(post.get(Post.TITLE)).isEqualTo("Draft");
        assertThat(post.get(Post.PRICE)).isEqualByComparingTo("1.25");
        assertThat(post.get(Post.WRITER_ID)).isEqualTo(7L);
        assertThat(post.hasValue(Post.ID)).isFalse();
        assertThat(post.changedColumns()).containsExactly(Post.WRITER_ID, Post.TITLE, Post.PRICE);
    }

    @Test
    void anUnknownPropertyIsNamedWithTheKnownOnes() {
        assertThatThrownBy(() -> this.json.readValue("{\"titel\":\"x\"}", Post.class))
                .isInstanceOf(UnrecognizedPropertyException.class)
                .hasMessageContaining("\"titel\"")
                .hasMessageContaining("title");
    }

    @Test
    void aValueOfTheWrongTypeOrTooLongNamesItsProperty() {
        assertThatThrownBy(() -> this.json.readValue("{\"price\":\"cheap\"}", Post.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("price");
        String tooLong = "x".repeat(200);
        assertThatThrownBy(
                        () -> this.json.readValue("{\"email\":\"" + tooLong + "\"}", Writer.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("email");
    }
}
