package dev.qlio.orm.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.StreamUtils;

/** The generated configuration metadata gives IDEs every property with a description. */
class OrmConfigurationMetadataTests {

    @Test
    void describesEveryPropertyOfTheDesign() throws IOException {
        String json;
        try (InputStream in =
                new ClassPathResource("META-INF/spring-configuration-metadata.json")
                        .getInputStream()) {
            json = StreamUtils.copyToString(in, StandardCharsets.UTF_8);
        }
        List<Map<String, Object>> properties =
                JsonPath.read(json, "$.properties[?(@.name =~ /qlio\\.orm\\..*/)]");
        assertThat(properties)
                .extracting((property) -> property.get("name"))
                .containsExactlyInAnyOrder(
                        "qlio.orm.scan-packages",
                        "qlio.orm.dialect",
                        "qlio.orm.ddl",
                        "qlio.orm.ddl-strict",
                        "qlio.orm.exact-identifier-case",
                        "qlio.orm.show-sql",
                        "qlio.orm.fetch-size",
                        "qlio.orm.batch-size",
                        "qlio.orm.slow-query-threshold",
                        "qlio.orm.query-timeout",
                        "qlio.orm.metrics.enabled",
                        "qlio.orm.metrics.sql-text",
                        "qlio.orm.health.enabled",
                        "qlio.orm.health.cache-ttl",
                        "qlio.orm.retry.max-attempts",
                        "qlio.orm.retry.initial-backoff",
                        "qlio.orm.retry.max-backoff",
                        "qlio.orm.jackson.property-naming",
                        "qlio.orm.replica.url",
                        "qlio.orm.replica.username",
                        "qlio.orm.replica.password",
                        "qlio.orm.replica.data-source",
                        "qlio.orm.replica.read-your-writes",
                        "qlio.orm.replica.max-lag",
                        "qlio.orm.replica.lag-check-interval");
        assertThat(properties)
                .allSatisfy(
                        (property) ->
                                assertThat((String) property.get("description")).isNotBlank());
        assertThat(properties)
                .filteredOn((property) -> "java.lang.Boolean".equals(property.get("type")))
                .allSatisfy(
                        (property) ->
                                assertThat((String) property.get("description"))
                                        .startsWith("Whether"));
        List<Object> dialects =
                JsonPath.read(json, "$.hints[?(@.name == 'qlio.orm.dialect')].values[*].value");
        assertThat(dialects).containsExactly("h2", "postgresql", "mariadb", "mysql", "sqlite");
    }
}
