package dev.qlio.orm.autoconfigure.actuator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.qlio.orm.session.Session;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The actuator over real HTTP on embedded H2: {@code /actuator/metrics/qlio.orm.query}, {@code
 * /actuator/orm}, its diagram, and {@code /actuator/health} turning DOWN when a column is dropped
 * behind the application's back.
 */
@SpringBootTest(
        classes = ActuatorApplication.class,
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "management.endpoints.web.exposure.include=health,metrics,orm",
            "management.endpoint.health.show-details=always",
            "qlio.orm.health.cache-ttl=50ms"
        })
class ActuatorIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort int port;

    @Autowired Session session;

    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void restoreSchema() {
        Integer note =
                this.jdbc.queryForObject(
                        "SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS"
                                + " WHERE TABLE_NAME = 'qa_purchase' AND COLUMN_NAME = 'note'",
                        Integer.class);
        if (note != null && note == 0) {
            this.jdbc.execute("ALTER TABLE \"qa_purchase\" ADD COLUMN \"note\" CLOB");
        }
    }

    @Test
    void metricsEndpointShowsTheQueryTimerWithItsTags() throws Exception {
        Customer ada = new Customer();
        ada.set(Customer.NAME, "ada");
        this.session.add(ada);
        this.session.select(Customer.class).all();
        HttpResponse<String> response = get("/actuator/metrics/qlio.orm.query");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"name\":\"qlio.orm.query\"")
                .contains("\"COUNT\"")
                .contains("\"tag\":\"operation\"")
                .contains("\"insert\"", "\"select\"", "\"ddl\"")
                .contains("\"tag\":\"table\"")
                .contains("\"qa_customer\"")
                .contains("\"tag\":\"outcome\"")
                .contains("\"success\"")
                .contains("\"tag\":\"exception\"");
        HttpResponse<String> inserts =
                get("/actuator/metrics/qlio.orm.query?tag=operation:insert&tag=table:qa_customer");
        assertThat(inserts.statusCode()).isEqualTo(200);
        assertThat(inserts.body()).containsPattern("\"statistic\":\"COUNT\",\"value\":[1-9]");
        assertThat(get("/actuator/metrics/qlio.orm.sessions.active").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/metrics/qlio.orm.rows").body()).contains("\"direction\"");
    }

    @Test
    void ormEndpointDescribesTheModel() throws Exception {
        HttpResponse<String> response = get("/actuator/orm");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("json"));
        assertThat(response.body())
                .contains("\"dialect\":\"h2\"")
                .contains("\"qa_customer\":{")
                .contains("\"qa_purchase\":{")
                .contains("\"tableClass\":\"" + Purchase.class.getName() + "\"")
                .contains(
                        "{\"name\":\"name\",\"sqlType\":\"VARCHAR(64)\",\"javaType\":"
                                + "\"java.lang.String\",\"nullable\":false")
                .contains(
                        "{\"column\":\"customer_id\",\"targetTable\":\"qa_customer\","
                                + "\"targetColumn\":\"id\"")
                .contains("\"name\":\"purchases\",\"kind\":\"ONE_TO_MANY\"")
                .contains("\"primaryKey\":[\"id\"]");
    }

    @Test
    void diagramIsMermaidText() throws Exception {
        HttpResponse<String> response = get("/actuator/orm/diagram");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(response.body())
                .startsWith("erDiagram\n")
                .contains("    qa_customer {\n        BIGINT id PK\n")
                .contains("        BIGINT customer_id FK \"not null\"\n")
                .contains("    qa_customer ||--o{ qa_purchase : \"customer_id\"\n");
        assertThat(get("/actuator/orm/nothing").statusCode()).isEqualTo(404);
    }

    @Test
    void healthTurnsDownNamingAColumnDroppedBehindTheApplication() throws Exception {
        HttpResponse<String> up = get("/actuator/health");
        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(up.body()).contains("\"orm\":{").contains("\"status\":\"UP\"");
        this.jdbc.execute("ALTER TABLE \"qa_purchase\" DROP COLUMN \"note\"");
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(
                        () -> {
                            HttpResponse<String> down = get("/actuator/health");
                            assertThat(down.statusCode()).isEqualTo(503);
                            assertThat(down.body())
                                    .contains("\"status\":\"DOWN\"")
                                    .contains("qa_purchase.note: missing column");
                        });
        HttpResponse<String> orm = get("/actuator/health/orm");
        assertThat(orm.body()).contains("\"differences\":[\"qa_purchase.note: missing column");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
