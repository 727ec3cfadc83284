package dev.qlio.orm.autoconfigure.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.autoconfigure.jackson.JsonTables.Author;
import dev.qlio.orm.session.Session;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rows as JSON over real HTTP through the starter's Jackson module (Jackson 3). */
@SpringBootTest(classes = JsonWebApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class JsonWebIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort int port;

    @Autowired Session session;

    @Autowired JdbcTemplate jdbc;

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
    }

    private HttpResponse<String> post(String body) throws Exception {
        return send(
                at("/notes")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void aPostedBodyIsInsertedAndAReadRowComesBackWithItsLoadedRelationship() throws Exception {
        Author ada = new Author();
        ada.set(Author.FULL_NAME, "Ada Lovelace");
        this.session.add(ada);
        long authorId = ada.get(Author.ID);

        HttpResponse<String> created =
                post(
                        "{\"id\":null,\"authorId\":"
                                + authorId
                                + ",\"text\":\"On engines\",\"stars\":5}");

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body()).contains("\"text\":\"On engines\"").doesNotContain("\"author\"");
        Map<String, Object> stored =
                this.jdbc.queryForMap(
                        "SELECT \"id\", \"text\", \"stars\" FROM \"qj_note\" WHERE \"author_id\" = ?",
                        authorId);
        assertThat(stored).containsEntry("text", "On engines").containsEntry("stars", 5);
        long noteId = ((Number) stored.get("id")).longValue();
        assertThat(created.body()).contains("\"id\":" + noteId);

        HttpResponse<String> read = send(at("/notes/" + noteId).GET());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body())
                .contains("\"authorId\":" + authorId)
                .contains("\"author\":{\"id\":" + authorId + ",\"fullName\":\"Ada Lovelace\"}");
    }

    @Test
    void aBadBodyIsABadRequestAndWritesNothing() throws Exception {
        Integer before =
                this.jdbc.queryForObject("SELECT COUNT(*) FROM \"qj_note\"", Integer.class);

        assertThat(post("{\"authorId\":1,\"txt\":\"typo\"}").statusCode()).isEqualTo(400);
        assertThat(post("{\"authorId\":1,\"text\":\"x\",\"stars\":\"many\"}").statusCode())
                .isEqualTo(400);

        assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM \"qj_note\"", Integer.class))
                .isEqualTo(before);
    }
}
