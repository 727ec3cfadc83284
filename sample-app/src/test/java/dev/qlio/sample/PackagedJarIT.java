package dev.qlio.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.qlio.sample.Api.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Starts the application the way the README says, {@code java -jar
 * sample-app/target/sample-app-0.1.0-SNAPSHOT.jar}, as a child process on a free port; waits for
 * {@code /actuator/health} to be UP, asks for {@code /api/books}, and stops it. Run by failsafe
 * after {@code package}, so the jar is the repackaged one the README points to.
 */
class PackagedJarIT {

    private static final Duration STARTUP = Duration.ofMinutes(3);

    @Test
    void theReadmeCommandStartsTheBookshop() throws Exception {
        String packaged = System.getProperty("sample.jar");
        // failsafe sets it; surefire (e.g. with -Dtest=...) runs before the jar exists
        Assumptions.assumeTrue(
                packaged != null, "run by failsafe in `verify`, after the jar is packaged");
        Path jar = Path.of(packaged);
        assertThat(jar).as("the packaged jar (run `package` first)").isRegularFile();
        Path log = jar.resolveSibling("packaged-jar-it.log");
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process app =
                new ProcessBuilder(List.of(java, "-jar", jar.toString(), "--server.port=" + port))
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
        try {
            Api api = new Api(port);
            awaitHealthUp(api, app, log);
            Response books = api.get("/api/books");
            assertThat(books.status()).as(books.toString()).isEqualTo(200);
            assertThat(books.json().path("totalElements").asLong()).isEqualTo(240);
            assertThat(books.json().path("content")).hasSize(20);
        } finally {
            app.destroy(); // SIGTERM: Spring Boot shuts down gracefully
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                fail("The application did not stop within 60 s of SIGTERM; log: " + log);
            }
        }
        assertThat(Files.readString(log, StandardCharsets.UTF_8))
                .contains("Started SampleApplication")
                .contains("Seeded the bookshop");
    }

    private static void awaitHealthUp(Api api, Process app, Path log) throws Exception {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                fail(
                        "The application exited with "
                                + app.exitValue()
                                + " before it was up:\n"
                                + tail(log));
            }
            try {
                Response health = api.get("/actuator/health");
                if (health.status() == 200
                        && "UP".equals(health.json().path("status").asString())) {
                    return;
                }
            } catch (UncheckedIOException notYetListening) {
                // keep waiting
            }
            Thread.sleep(500);
        }
        fail("The application was not UP within " + STARTUP + ":\n" + tail(log));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
