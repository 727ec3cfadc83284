package dev.qlio.orm.actuate.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.Database;
import dev.qlio.orm.actuate.endpoint.Post;
import dev.qlio.orm.actuate.endpoint.Writer;
import dev.qlio.orm.schema.TableMetadata;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

class OrmHealthIndicatorTests {

    private final AtomicLong now = new AtomicLong();

    private SingleConnectionDataSource dataSource;

    private Database database;

    private JdbcTemplate jdbc;

    @BeforeEach
    void createSchema() {
        this.dataSource =
                new SingleConnectionDataSource(
                        "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", true);
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(Writer.class);
        metadata.registerTable(Post.class);
        this.database = Database.connect(this.dataSource, metadata);
        this.database.ddl().createAll();
        this.jdbc = new JdbcTemplate(this.dataSource);
    }

    @Test
    void upWhenTheSchemaMatches() {
        Health health = new OrmHealthIndicator(this.database, Duration.ZERO).health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("dialect", "h2").containsEntry("tables", 2);
    }

    @Test
    void downWithTheDifferencesWhenAColumnIsDropped() {
        this.jdbc.execute("ALTER TABLE \"qe_post\" DROP COLUMN \"title\"");
        Health health = new OrmHealthIndicator(this.database, Duration.ZERO).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails().get("differences"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .singleElement()
                .asString()
                .startsWith("qe_post.title: missing column (expected ");
    }

    @Test
    void upWithCompatibleDifferencesListedApart() {
        this.jdbc.execute("ALTER TABLE \"qe_post\" ADD COLUMN \"extra\" INTEGER");
        Health health = new OrmHealthIndicator(this.database, Duration.ZERO).health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).doesNotContainKey("differences");
        assertThat(health.getDetails().get("compatibleDifferences"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .singleElement()
                .asString()
                .startsWith("qe_post.extra: column extra INTEGER not in the model");
    }

    @Test
    void downOnlyForTheBreakingOnesWhenBothKindsDiffer() {
        this.jdbc.execute("ALTER TABLE \"qe_post\" ADD COLUMN \"extra\" INTEGER");
        this.jdbc.execute("ALTER TABLE \"qe_post\" ADD COLUMN \"required\" INTEGER NOT NULL");
        Health health = new OrmHealthIndicator(this.database, Duration.ZERO).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails().get("differences"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .singleElement()
                .asString()
                .contains("required")
                .contains("inserts fail");
        assertThat(health.getDetails().get("compatibleDifferences"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .hasSize(1);
    }

    @Test
    void reusesAResultForTheTimeToLive() {
        OrmHealthIndicator indicator =
                new OrmHealthIndicator(this.database, Duration.ofSeconds(30), this.now::get);
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
        this.jdbc.execute("DROP TABLE \"qe_post\"");
        this.now.addAndGet(Duration.ofSeconds(29).toNanos());
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
        this.now.addAndGet(Duration.ofSeconds(2).toNanos());
        Health health = indicator.health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails().get("differences"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactly("qe_post: missing table");
    }

    @Test
    void downWithTheErrorWhenTheSchemaCannotBeRead() {
        this.dataSource.destroy();
        this.dataSource.setUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";IFEXISTS=TRUE");
        Health health = new OrmHealthIndicator(this.database, Duration.ZERO).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsKey("error");
    }
}
