package dev.qlio.orm.autoconfigure.integration;

import org.springframework.boot.test.context.SpringBootTest;

/** On the embedded H2 database, where the table is created by the default {@code ddl=create}. */
@SpringBootTest(properties = "spring.datasource.hikari.maximum-pool-size=20")
class H2LedgerIntegrationTests extends AbstractLedgerIntegrationTests {}
