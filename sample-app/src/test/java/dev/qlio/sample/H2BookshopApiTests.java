package dev.qlio.sample;

import org.springframework.boot.test.context.SpringBootTest;

/** The bookshop on its default database: in-memory H2, tables created by Qlio. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class H2BookshopApiTests extends AbstractBookshopApiTests {}
