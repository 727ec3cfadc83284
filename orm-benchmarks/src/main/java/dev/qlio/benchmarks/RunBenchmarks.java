package dev.qlio.benchmarks;

import dev.qlio.benchmarks.peers.Peers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs a benchmark profile through JMH's API and writes {@code RESULTS.md}.
 *
 * <pre>
 * java -cp orm-benchmarks/target/benchmarks.jar dev.qlio.benchmarks.RunBenchmarks short
 * java -cp orm-benchmarks/target/benchmarks.jar dev.qlio.benchmarks.RunBenchmarks full [db=h2,postgresql,mariadb] [peers=qlio,jdbcIndex] [out=RESULTS.md]
 * </pre>
 *
 * <p>{@code short}: H2, {@code findById}, {@code list} of 100, {@code insertBatch}, {@code
 * joinLoad}, every peer, one fork, 3 × 1 s warm-up and measurement (about 10–15 minutes on two
 * cores). {@code full}: every operation, H2 and PostgreSQL (and MariaDB when asked), 5 × 2 s. Both
 * run the GC profiler, for allocation per operation. An unreachable server database is left out
 * with a note.
 */
public final class RunBenchmarks {

    private RunBenchmarks() {}

    public static void main(String[] args) throws RunnerException, Exception {
        String profile = args.length > 0 ? args[0] : "short";
        if (!profile.equals("short") && !profile.equals("full")) {
            System.err.println("usage: RunBenchmarks short|full [db=...] [peers=...] [out=...]");
            System.exit(2);
        }
        boolean full = profile.equals("full");
        List<String> dbs = new ArrayList<>(full ? List.of("h2", "postgresql") : List.of("h2"));
        List<String> peers = new ArrayList<>(Peers.ALL);
        Path out = defaultOutput();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("db=")) {
                dbs = List.of(arg.substring(3).split(","));
            } else if (arg.startsWith("peers=")) {
                peers = List.of(arg.substring(6).split(","));
            } else if (arg.startsWith("out=")) {
                out = Path.of(arg.substring(4));
            } else {
                throw new IllegalArgumentException("Unknown argument " + arg);
            }
        }
        List<String> notes = new ArrayList<>();
        List<String> reachable = new ArrayList<>();
        for (String db : dbs) {
            String problem = reachability(DatabaseKind.of(db));
            if (problem == null) {
                reachable.add(db);
            } else {
                notes.add(db + " was not reachable and is left out: " + problem);
                System.err.println("Skipping " + db + ": " + problem);
            }
        }
        if (reachable.isEmpty()) {
            throw new IllegalStateException("No database reachable: " + notes);
        }

        List<Options> runs = new ArrayList<>();
        ChainedOptionsBuilder orm = common(reachable).param("peer", peers.toArray(String[]::new));
        if (full) {
            runs.add(longer(orm.include(OrmBenchmark.class.getName() + "\\.")).build());
            // render and startup have their own peers: separate runs, same settings
            runs.add(
                    longer(common(reachable).include(RenderBenchmark.class.getName() + "\\."))
                            .build());
            runs.add(common(reachable).include(StartupBenchmark.class.getName() + "\\.").build());
        } else {
            runs.add(
                    orm.include(
                                    OrmBenchmark.class.getName()
                                            + "\\.(findById|list|insertBatch|joinLoad)$")
                            .param("n", "100")
                            .warmupIterations(3)
                            .warmupTime(TimeValue.seconds(1))
                            .measurementIterations(3)
                            .measurementTime(TimeValue.seconds(1))
                            .build());
        }
        if (peers.contains("qlio")) {
            // Qlio's other relationship-loading strategies: joinLoad only
            ChainedOptionsBuilder variants =
                    common(reachable)
                            .include(OrmBenchmark.class.getName() + "\\.joinLoad$")
                            .param("peer", Peers.QLIO_JOIN_VARIANTS.toArray(String[]::new));
            runs.add(
                    (full
                                    ? longer(variants)
                                    : variants.warmupIterations(3)
                                            .warmupTime(TimeValue.seconds(1))
                                            .measurementIterations(3)
                                            .measurementTime(TimeValue.seconds(1)))
                            .build());
        }
        long start = System.nanoTime();
        List<RunResult> results = new ArrayList<>();
        for (Options options : runs) {
            results.addAll(new Runner(options).run());
        }
        long minutes = Math.round((System.nanoTime() - start) / 60e9);
        String markdown = new ResultsWriter(profile, results, notes, minutes).render();
        Files.writeString(out, markdown);
        System.out.println("Wrote " + out.toAbsolutePath());
    }

    private static ChainedOptionsBuilder common(List<String> dbs) {
        return new OptionsBuilder()
                .forks(1)
                .shouldFailOnError(true)
                .addProfiler(GCProfiler.class)
                .param("db", dbs.toArray(String[]::new));
    }

    private static ChainedOptionsBuilder longer(ChainedOptionsBuilder b) {
        return b.warmupIterations(5)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(2));
    }

    /** {@code orm-benchmarks/RESULTS.md} from the repository root, else RESULTS.md here. */
    private static Path defaultOutput() {
        Path module = Path.of("orm-benchmarks");
        return Files.isDirectory(module) ? module.resolve("RESULTS.md") : Path.of("RESULTS.md");
    }

    private static String reachability(DatabaseKind kind) {
        if (kind == DatabaseKind.H2) {
            return null;
        }
        String url =
                kind == DatabaseKind.POSTGRESQL
                        ? "jdbc:postgresql://127.0.0.1:5432/test?connectTimeout=3"
                        : "jdbc:mariadb://127.0.0.1:3306/test?connectTimeout=3000";
        try (Connection c = DriverManager.getConnection(url, kind.user, kind.password)) {
            return null;
        } catch (Exception ex) {
            return ex.getMessage();
        }
    }
}
