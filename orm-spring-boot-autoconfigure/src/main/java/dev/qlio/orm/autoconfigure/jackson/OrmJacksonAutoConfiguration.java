package dev.qlio.orm.autoconfigure.jackson;

import dev.qlio.orm.autoconfigure.OrmProperties;
import dev.qlio.orm.jackson.QlioJacksonModule;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of rows
 * in JSON: a {@link QlioJacksonModule} bean, which Spring Boot's Jackson auto-configuration adds to
 * the application's {@code JsonMapper} (so controllers return rows and accept them as request
 * bodies). Columns are named by {@code qlio.orm.jackson.property-naming}.
 */
@AutoConfiguration(
        beforeName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnClass(JsonMapper.class)
@EnableConfigurationProperties(OrmProperties.class)
public final class OrmJacksonAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    QlioJacksonModule qlioJacksonModule(OrmProperties properties) {
        return new QlioJacksonModule(properties.getJackson().getPropertyNaming());
    }
}
