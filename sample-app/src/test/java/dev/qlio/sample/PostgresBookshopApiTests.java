package dev.qlio.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The bookshop with the {@code postgres} profile: schema by Flyway, checked by {@code
 * qlio.orm.ddl=validate}, seeded at startup. The profile's schema {@code sample} is replaced by a
 * schema of this run's own, dropped at the end, so runs on the shared {@code test} database never
 * see each other's rows.
 */
@RequiresPostgres
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PostgresBookshopApiTests extends AbstractBookshopApiTests {

    static final String SCHEMA =
            "sample_test_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);

    @DynamicPropertySource
    static void ownSchema(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> RequiresPostgres.Condition.url(SCHEMA));
        registry.add("spring.datasource.username", RequiresPostgres.Condition::user);
        registry.add("spring.datasource.password", RequiresPostgres.Condition::password);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
        registry.add("spring.flyway.default-schema", () -> SCHEMA);
    }

    @AfterAll
    static void dropOwnSchema() throws SQLException {
        RequiresPostgres.Condition.dropSchema(SCHEMA);
    }

    @Test
    void runsOnTheMigratedSchemaInItsOwnSchema() {
        assertThat(this.jdbc.queryForObject("SELECT current_schema()", String.class))
                .isEqualTo(SCHEMA);
        assertThat(
                        this.jdbc.queryForObject(
                                "SELECT \"description\" FROM \"flyway_schema_history\""
                                        + " WHERE \"version\" = '1' AND \"success\"",
                                String.class))
                .isEqualTo("schema");
        assertThat(this.environment.getProperty("qlio.orm.ddl")).isEqualTo("validate");
    }
}
