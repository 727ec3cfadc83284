package dev.qlio.orm.autoconfigure;

import dev.qlio.orm.spring.schema.SchemaInitializer;
import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.boot.sql.init.dependency.DatabaseInitializerDetector;
import org.springframework.core.Ordered;

/**
 * A {@link DatabaseInitializerDetector} for Qlio's {@link SchemaInitializer}: ordered after Flyway,
 * Liquibase and the {@code schema.sql} scripts (which Boot orders at {@code LOWEST_PRECEDENCE -
 * 100}), so that {@code qlio.orm.ddl=validate} checks the migrated schema and {@code create} only
 * adds what they did not create.
 */
final class OrmDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    static final int PRECEDENCE = Ordered.LOWEST_PRECEDENCE - 50;

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(SchemaInitializer.class);
    }

    @Override
    public int getOrder() {
        return PRECEDENCE;
    }
}
