package dev.qlio.orm.autoconfigure.integration;

import dev.qlio.orm.testsupport.Postgres;
import dev.qlio.orm.testsupport.RequiresPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** On PostgreSQL, with {@code ddl=create-drop}; skipped when the server is not reachable. */
@RequiresPostgres
@SpringBootTest(
        properties = {"spring.datasource.hikari.maximum-pool-size=20", "qlio.orm.ddl=create-drop"})
class PostgresLedgerIntegrationTests extends AbstractLedgerIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", Postgres::url);
        registry.add("spring.datasource.username", Postgres::user);
        registry.add("spring.datasource.password", Postgres::password);
    }
}
