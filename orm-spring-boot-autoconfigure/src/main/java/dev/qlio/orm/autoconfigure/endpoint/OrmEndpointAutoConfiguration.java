package dev.qlio.orm.autoconfigure.endpoint;

import dev.qlio.orm.Database;
import dev.qlio.orm.actuate.endpoint.OrmEndpoint;
import dev.qlio.orm.autoconfigure.OrmAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of the
 * {@link OrmEndpoint} ({@code /actuator/orm}, {@code /actuator/orm/diagram}), present when the
 * endpoint is available (exposed, e.g. {@code management.endpoints.web.exposure.include=orm}).
 */
@AutoConfiguration(after = OrmAutoConfiguration.class)
@ConditionalOnClass({Database.class, Endpoint.class, ConditionalOnAvailableEndpoint.class})
@ConditionalOnAvailableEndpoint(OrmEndpoint.class)
public final class OrmEndpointAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnSingleCandidate(Database.class)
    OrmEndpoint ormEndpoint(Database database) {
        return new OrmEndpoint(database);
    }
}
