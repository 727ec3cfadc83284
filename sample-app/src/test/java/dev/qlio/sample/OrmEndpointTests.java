package dev.qlio.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.sample.Api.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/**
 * Qlio's actuator contributions as the sample exposes them ({@code
 * management.endpoints.web.exposure.include=health,metrics,info,orm}): the {@code orm} endpoint and
 * its diagram, the {@code orm} health contributor and the {@code qlio.orm.query} timer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrmEndpointTests {

    @Autowired Environment environment;

    Api api;

    @BeforeEach
    void client() {
        this.api =
                new Api(this.environment.getRequiredProperty("local.server.port", Integer.class));
    }

    @Test
    void ormEndpointDescribesTheBookshopTables() {
        Response orm = this.api.get("/actuator/orm");
        assertThat(orm.status()).as(orm.toString()).isEqualTo(200);
        assertThat(orm.raw().body())
                .containsIgnoringCase("h2")
                .contains("\"author\"", "\"book\"", "\"tag\"", "\"book_tag\"", "\"review\"")
                .contains("isbn", "author_id", "version");
    }

    @Test
    void ormDiagramIsAMermaidErDiagram() {
        Response diagram = this.api.get("/actuator/orm/diagram", "text/plain");
        assertThat(diagram.status()).as(diagram.toString()).isEqualTo(200);
        assertThat(diagram.raw().body()).contains("erDiagram").contains("book").contains("author");
    }

    @Test
    void ormHealthIsUpOnAMatchingSchema() {
        Response health = this.api.get("/actuator/health");
        assertThat(health.json().path("components").path("orm").path("status").asString())
                .isEqualTo("UP");
    }

    @Test
    void queriesAreTimedAsQlioOrmQuery() {
        this.api.get("/api/books?size=5");
        Response timer = this.api.get("/actuator/metrics/qlio.orm.query");
        assertThat(timer.status()).as(timer.toString()).isEqualTo(200);
        assertThat(timer.raw().body()).contains("operation").contains("table").contains("outcome");
        Response selects =
                this.api.get(
                        "/actuator/metrics/qlio.orm.query?tag=operation:select&tag=table:book");
        assertThat(selects.status()).as(selects.toString()).isEqualTo(200);
    }
}
