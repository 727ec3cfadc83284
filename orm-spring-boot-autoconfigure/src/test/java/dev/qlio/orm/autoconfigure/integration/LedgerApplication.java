package dev.qlio.orm.autoconfigure.integration;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** An application with one table class and transactional services, for the integration tests. */
@SpringBootApplication
public class LedgerApplication {}
