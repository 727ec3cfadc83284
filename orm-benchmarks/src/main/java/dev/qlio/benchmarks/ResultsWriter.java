package dev.qlio.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Version;

/**
 * Turns JMH results into {@code RESULTS.md}: per database and operation each peer's score with its
 * error, its ratio to JDBC by column index (the floor) with the propagated error, its allocation
 * per operation, and the targets stated as met or missed.
 */
final class ResultsWriter {

    /** The floors: hand-written JDBC, or hand-written SQL for rendering. */
    private static final List<String> BASELINES = List.of("jdbcIndex", "handWritten");

    /** Hand-written code, not peer libraries: not counted in "faster than every peer". */
    private static final List<String> NOT_PEERS = List.of("jdbcIndex", "jdbcName", "handWritten");

    private static final List<String> SINGLE_ROW =
            List.of("findById", "insertOne", "updateOneChangedColumn", "deleteById");

    private final String profile;

    private final Collection<RunResult> results;

    private final List<String> notes;

    private final long minutes;

    /** (db, operation) -> peer -> measurement, in run order. */
    private final Map<String, Map<String, Map<String, Measured>>> table = new LinkedHashMap<>();

    record Measured(double score, double error, String unit, double alloc, double allocError) {

        Ratio ratioTo(Measured base) {
            double r = this.score / base.score;
            double e = r * Math.sqrt(sq(this.error / this.score) + sq(base.error / base.score));
            return new Ratio(r, e);
        }

        Ratio allocRatioTo(Measured base) {
            if (Double.isNaN(this.alloc) || Double.isNaN(base.alloc) || base.alloc == 0) {
                return new Ratio(Double.NaN, Double.NaN);
            }
            double r = this.alloc / base.alloc;
            double e =
                    r
                            * Math.sqrt(
                                    sq(rel(this.allocError, this.alloc))
                                            + sq(rel(base.allocError, base.alloc)));
            return new Ratio(r, e);
        }

        private static double rel(double err, double v) {
            return Double.isNaN(err) || v == 0 ? 0 : err / v;
        }

        private static double sq(double v) {
            return v * v;
        }
    }

    record Ratio(double value, double error) {
        @Override
        public String toString() {
            if (Double.isNaN(this.value)) {
                return "–";
            }
            return String.format(Locale.ROOT, "%.2f× ± %.2f", this.value, this.error);
        }
    }

    ResultsWriter(String profile, Collection<RunResult> results, List<String> notes, long minutes) {
        this.profile = profile;
        this.results = results;
        this.notes = notes;
        this.minutes = minutes;
        for (RunResult r : results) {
            BenchmarkParams p = r.getParams();
            String method = p.getBenchmark().substring(p.getBenchmark().lastIndexOf('.') + 1);
            String op = method;
            if (p.getParam("n") != null) {
                op += " n=" + p.getParam("n");
            }
            if (p.getParam("tables") != null) {
                op += " tables=" + p.getParam("tables");
            }
            String db = p.getParam("db") != null ? p.getParam("db") : "none";
            String peer = p.getParam("peer") != null ? p.getParam("peer") : "qlio";
            Result<?> primary = r.getPrimaryResult();
            Result<?> alloc = r.getSecondaryResults().get("·gc.alloc.rate.norm");
            if (alloc == null) {
                alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
            }
            this.table
                    .computeIfAbsent(db, k -> new LinkedHashMap<>())
                    .computeIfAbsent(op, k -> new LinkedHashMap<>())
                    .put(
                            peer,
                            new Measured(
                                    primary.getScore(),
                                    primary.getScoreError(),
                                    primary.getScoreUnit(),
                                    alloc == null ? Double.NaN : alloc.getScore(),
                                    alloc == null ? Double.NaN : alloc.getScoreError()));
        }
    }

    String render() {
        StringBuilder md = new StringBuilder();
        md.append("# Qlio benchmark results\n\n");
        md.append("Profile **")
                .append(this.profile)
                .append("**, generated ")
                .append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .append(" in about ")
                .append(this.minutes)
                .append(
                        " min by\n`java -cp orm-benchmarks/target/benchmarks.jar dev.qlio.benchmarks.RunBenchmarks ")
                .append(this.profile)
                .append("` (see README.md).\n\n");
        settings(md);
        md.append("\n## How to read\n\n");
        md.append(
                "- **score**: average time per operation (lower is better) ± JMH's 99.9% confidence"
                        + " half-interval. Absolute times depend on the host (a shared, loaded 2-core machine"
                        + " here): compare the **ratios**, measured in the same run.\n");
        md.append(
                "- **ratio**: score ÷ the floor's score (hand-written JDBC reading by column index;"
                        + " for `renderOnly`, hand-written `StringBuilder` SQL), error propagated from both"
                        + " intervals.\n");
        md.append(
                "- **alloc**: bytes allocated per operation (`-prof gc`, `gc.alloc.rate.norm`), and"
                        + " its ratio to the floor's.\n");
        md.append(
                "- A target counts as **met** when the error bars allow it (ratio − error ≤ target).\n");
        for (Map.Entry<String, Map<String, Map<String, Measured>>> db : this.table.entrySet()) {
            md.append("\n## ").append(db.getKey()).append("\n");
            for (Map.Entry<String, Map<String, Measured>> op : db.getValue().entrySet()) {
                Measured base = baseline(op.getValue());
                String unit = op.getValue().values().iterator().next().unit();
                md.append("\n### ").append(op.getKey()).append("\n\n");
                md.append("| peer | score (")
                        .append(unit)
                        .append(") | ratio to floor | alloc (B/op) | alloc ratio |\n");
                md.append("|---|---:|---:|---:|---:|\n");
                for (Map.Entry<String, Measured> peer : op.getValue().entrySet()) {
                    Measured m = peer.getValue();
                    md.append("| ")
                            .append(peer.getKey().equals("qlio") ? "**qlio**" : peer.getKey())
                            .append(" | ")
                            .append(fmt(m.score()))
                            .append(" ± ")
                            .append(fmt(m.error()))
                            .append(" | ")
                            .append(base == null ? "–" : m.ratioTo(base))
                            .append(" | ")
                            .append(
                                    Double.isNaN(m.alloc())
                                            ? "–"
                                            : String.format(Locale.ROOT, "%,.0f", m.alloc()))
                            .append(" | ")
                            .append(base == null ? "–" : m.allocRatioTo(base))
                            .append(" |\n");
                }
            }
        }
        md.append("\n## Targets (issue 8)\n\n");
        targets(md);
        if (!this.notes.isEmpty()) {
            md.append("\n## Notes\n\n");
            for (String n : this.notes) {
                md.append("- ").append(n).append('\n');
            }
        }
        return md.toString();
    }

    private void settings(StringBuilder md) {
        RunResult any = this.results.iterator().next();
        BenchmarkParams p = any.getParams();
        md.append("| setting | value |\n|---|---|\n");
        md.append("| JVM | ")
                .append(p.getJvm())
                .append(" — ")
                .append(System.getProperty("java.vm.name"))
                .append(' ')
                .append(p.getVmVersion())
                .append(" |\n");
        md.append("| JVM options | `").append(String.join(" ", p.getJvmArgs())).append("` |\n");
        md.append("| OS, cores | ")
                .append(System.getProperty("os.name"))
                .append(' ')
                .append(System.getProperty("os.version"))
                .append(", ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" (load average at the end: ")
                .append(
                        String.format(
                                Locale.ROOT,
                                "%.1f",
                                ManagementFactory.getOperatingSystemMXBean()
                                        .getSystemLoadAverage()))
                .append(") |\n");
        md.append("| JMH | ")
                .append(Version.getPlainVersion())
                .append(", ")
                .append(p.getForks())
                .append(" fork, ")
                .append(p.getWarmup().getCount())
                .append(" × ")
                .append(p.getWarmup().getTime())
                .append(" warm-up, ")
                .append(p.getMeasurement().getCount())
                .append(" × ")
                .append(p.getMeasurement().getTime())
                .append(" measurement, mode ")
                .append(p.getMode())
                .append(" |\n");
        md.append("| Pool | HikariCP, ")
                .append(Fixture.POOL_SIZE)
                .append(
                        " connections, auto-commit on, default driver flags, the same for every peer |\n");
        md.append("| Data | `author` ")
                .append(DataSet.AUTHORS)
                .append(" rows (8 columns), `book` ")
                .append(DataSet.BOOKS)
                .append(" rows; writes rolled back; batch ")
                .append(Fixture.BATCH_SIZE)
                .append(", fetch size ")
                .append(Fixture.FETCH_SIZE)
                .append(" |\n");
    }

    private static Measured baseline(Map<String, Measured> peers) {
        for (String b : BASELINES) {
            if (peers.containsKey(b)) {
                return peers.get(b);
            }
        }
        return null;
    }

    private Ratio ratio(String db, String op) {
        Map<String, Measured> peers = this.table.getOrDefault(db, Map.of()).get(op);
        if (peers == null || !peers.containsKey("qlio") || baseline(peers) == null) {
            return null;
        }
        return peers.get("qlio").ratioTo(baseline(peers));
    }

    private void target(StringBuilder md, String name, String db, String op, double limit) {
        Ratio r = ratio(db, op);
        md.append("| ").append(name).append(" | ≤ ").append(limit).append("× | ");
        if (r == null) {
            md.append("not measured in this profile | – |\n");
            return;
        }
        md.append(r)
                .append(" | ")
                .append(r.value() - r.error() <= limit ? "**met**" : "**missed**")
                .append(" |\n");
    }

    private void targets(StringBuilder md) {
        md.append(
                "| target | limit | measured (Qlio ÷ JDBC by index) | status |\n|---|---|---|---|\n");
        target(md, "H2 `findById`", "h2", "findById", 1.2);
        target(md, "H2 `list` 1,000 rows", "h2", "list n=1000", 1.4);
        target(md, "H2 `insertOne`", "h2", "insertOne", 1.1);
        target(md, "H2 `insertBatch` 1,000", "h2", "insertBatch", 1.1);
        // allocation per row: the largest list measured
        String allocOp = null;
        for (String op : List.of("list n=1000", "list n=100", "list n=10")) {
            if (this.table.getOrDefault("h2", Map.of()).containsKey(op)) {
                allocOp = op;
                break;
            }
        }
        Map<String, Measured> allocPeers =
                allocOp == null ? null : this.table.get("h2").get(allocOp);
        md.append("| H2 allocation per row (`")
                .append(allocOp == null ? "list" : allocOp)
                .append("`) | ≤ 1.5× | ");
        if (allocPeers == null
                || !allocPeers.containsKey("qlio")
                || !allocPeers.containsKey("jdbcIndex")) {
            md.append("not measured in this profile | – |\n");
        } else {
            Ratio r = allocPeers.get("qlio").allocRatioTo(allocPeers.get("jdbcIndex"));
            md.append(r)
                    .append(" | ")
                    .append(r.value() - r.error() <= 1.5 ? "**met**" : "**missed**")
                    .append(" |\n");
        }
        for (String op : SINGLE_ROW) {
            target(md, "PostgreSQL `" + op + "`", "postgresql", op, 1.05);
        }
        target(
                md,
                "PostgreSQL `joinLoad` (vs the hand-written grouping loop)",
                "postgresql",
                "joinLoad",
                1.3);
        md.append(
                "\n`joinLoad`: Qlio runs it today as its manual two-query grouping (authors, then"
                        + " their books with `IN`): exactly 2 statements. The `JOINED`/`SELECT` relationship"
                        + " strategies are not on `main` yet.\n");
        md.append("\n### Faster than every peer library?\n\n");
        md.append(
                "Peers: JdbcClient, Hibernate, Spring Data JDBC, jOOQ, MyBatis (hand-written JDBC is"
                        + " the floor). Qlio is *slower* than a peer when its interval lies wholly above the"
                        + " peer's.\n\n");
        md.append(
                "| database | operation | Qlio | peers faster than Qlio | status |\n|---|---|---:|---|---|\n");
        for (Map.Entry<String, Map<String, Map<String, Measured>>> db : this.table.entrySet()) {
            for (Map.Entry<String, Map<String, Measured>> op : db.getValue().entrySet()) {
                Measured q = op.getValue().get("qlio");
                if (q == null) {
                    continue;
                }
                List<String> faster = new ArrayList<>();
                for (Map.Entry<String, Measured> p : op.getValue().entrySet()) {
                    if (p.getKey().equals("qlio") || NOT_PEERS.contains(p.getKey())) {
                        continue;
                    }
                    Measured m = p.getValue();
                    if (q.score() - q.error() > m.score() + m.error()) {
                        faster.add(p.getKey() + " (" + fmt(m.score()) + ")");
                    }
                }
                md.append("| ")
                        .append(db.getKey())
                        .append(" | ")
                        .append(op.getKey())
                        .append(" | ")
                        .append(fmt(q.score()))
                        .append(" ")
                        .append(q.unit())
                        .append(" | ")
                        .append(faster.isEmpty() ? "none" : String.join(", ", faster))
                        .append(" | ")
                        .append(faster.isEmpty() ? "**met**" : "**missed**")
                        .append(" |\n");
            }
        }
    }

    private static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (v >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (v >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
