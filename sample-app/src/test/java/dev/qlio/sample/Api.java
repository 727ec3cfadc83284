package dev.qlio.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small JSON client over the JDK's {@link HttpClient}, for driving the app over real HTTP. */
final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    Api(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** One answer: status, headers and the body parsed as JSON (a missing node when empty). */
    record Response(int status, HttpResponse<String> raw, JsonNode json) {

        Optional<String> header(String name) {
            return this.raw.headers().firstValue(name);
        }

        String contentType() {
            return header("Content-Type").orElse("");
        }

        @Override
        public String toString() {
            return this.status + " " + this.raw.body();
        }
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** A GET accepting the given media type, e.g. {@code text/plain} for the ER diagram. */
    Response get(String path, String accept) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), accept);
    }

    Response delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    Response post(String path, String json) {
        return send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response put(String path, String json) {
        return send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** JSON text for a map or record. */
    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : this.base + path);
    }

    private Response send(HttpRequest.Builder request) {
        return send(request, "application/json");
    }

    private Response send(HttpRequest.Builder request, String accept) {
        try {
            HttpResponse<String> response =
                    this.client.send(
                            request.timeout(Duration.ofSeconds(30))
                                    .header("Accept", accept)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonNode json =
                    body == null || body.isBlank()
                            ? JSON.missingNode()
                            : body.startsWith("{") || body.startsWith("[")
                                    ? JSON.readTree(body)
                                    : JSON.missingNode();
            return new Response(response.statusCode(), response, json);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
