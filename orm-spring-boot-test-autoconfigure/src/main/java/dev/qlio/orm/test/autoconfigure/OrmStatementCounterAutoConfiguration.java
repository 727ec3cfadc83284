package dev.qlio.orm.test.autoconfigure;

import dev.qlio.orm.observation.StatementCounter;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of the
 * {@link OrmTest @OrmTest} slice that counts Qlio's statements: a {@link StatementCounter} bean,
 * which Spring Boot registers with the application's {@link ObservationRegistry} (the one Qlio
 * reports to). Inject it and use {@link StatementCounter#expect(int, Runnable)}; a failure lists
 * the SQL that ran.
 */
@AutoConfiguration(
        beforeName =
                "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnClass(ObservationRegistry.class)
public final class OrmStatementCounterAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    StatementCounter qlioStatementCounter() {
        return StatementCounter.create();
    }
}
