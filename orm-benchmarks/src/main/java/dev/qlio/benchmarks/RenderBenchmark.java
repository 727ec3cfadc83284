package dev.qlio.benchmarks;

import dev.qlio.benchmarks.peers.JooqPeer;
import dev.qlio.benchmarks.peers.QAuthor;
import dev.qlio.benchmarks.peers.QBook;
import dev.qlio.orm.Database;
import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.expression.Condition;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.session.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
import org.jooq.DSLContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@code renderOnly}: build a query with five predicates, an ordering and a limit, and render its
 * SQL, no database involved. The floor ({@code handWritten}) appends the same SQL to a {@link
 * StringBuilder} and collects the five values; Qlio renders through {@code SelectQuery.toSql()}
 * (what {@code all()} renders before executing, parameters collected, the statement cache
 * included); jOOQ through {@code DSLContext.render}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class RenderBenchmark {

    /** The dialect rendered for. */
    @Param({"h2"})
    public String db;

    /** {@code handWritten}, {@code qlio} or {@code jooq}. */
    @Param({"handWritten", "qlio", "jooq"})
    public String peer;

    private LongFunction<String> renderer;

    private long id;

    @Setup(Level.Trial)
    public void setUp() {
        this.renderer = renderer(this.peer, DatabaseKind.of(this.db));
    }

    /** The renderer of one peer, also used by the smoke test. */
    public static LongFunction<String> renderer(String peer, DatabaseKind kind) {
        return switch (peer) {
            case "handWritten" -> id -> handWritten(id);
            case "qlio" -> new QlioRenderer(kind);
            case "jooq" -> {
                DSLContext ctx = JooqPeer.renderer(kind);
                yield id -> ctx.render(JooqPeer.renderQuery(ctx, id, "Author 1%"));
            }
            default -> throw new IllegalArgumentException("No renderer for peer " + peer);
        };
    }

    static String handWritten(long id) {
        List<Object> params = new ArrayList<>(5);
        StringBuilder sql = new StringBuilder(200);
        sql.append("SELECT \"id\", \"name\", \"email\", \"born\", \"rating\", \"active\",")
                .append(" \"created_at\", \"score\" FROM \"author\" WHERE (\"id\" >= ?");
        params.add(id);
        sql.append(" AND \"id\" <= ?");
        params.add(id + 100);
        sql.append(" AND \"name\" LIKE ? ESCAPE '\\'");
        params.add("Author 1%");
        sql.append(" AND \"active\" = ?");
        params.add(Boolean.TRUE);
        sql.append(" AND \"score\" > ?)");
        params.add(10);
        sql.append(" ORDER BY \"id\" LIMIT 50");
        return params.size() == 5 ? sql.toString() : "";
    }

    /** Closes the Qlio renderer's session. */
    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        if (this.renderer instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    /**
     * Qlio through its public API: {@code select(...).where(...).orderBy(...).limit(...).toSql()}
     * renders what {@code all()} runs (its statement cache included), without touching the
     * connection. Only opening the session takes one, so the session is an in-memory H2 one, kept
     * for the trial; the SQL is rendered for the dialect under test.
     */
    private static final class QlioRenderer implements LongFunction<String>, AutoCloseable {

        private final Session session;

        QlioRenderer(DatabaseKind kind) {
            TableMetadata metadata = new TableMetadata();
            metadata.registerTable(QAuthor.class);
            metadata.registerTable(QBook.class);
            Database database =
                    Database.builder(
                                    new DriverManagerDataSource(
                                            "jdbc:h2:mem:qlio_render;DB_CLOSE_DELAY=-1"),
                                    metadata)
                            .dialect(Dialect.forName(kind.id()))
                            .build();
            this.session = database.session();
        }

        @Override
        public String apply(long id) {
            Condition where =
                    QAuthor.ID
                            .ge(id)
                            .and(QAuthor.ID.le(id + 100))
                            .and(QAuthor.NAME.like("Author 1%"))
                            .and(QAuthor.ACTIVE.eq(true))
                            .and(QAuthor.SCORE.gt(10));
            return this.session
                    .select(QAuthor.class)
                    .where(where)
                    .orderBy(QAuthor.ID.asc())
                    .limit(50)
                    .toSql();
        }

        @Override
        public void close() {
            this.session.close();
        }
    }

    @Benchmark
    public String renderOnly() {
        return this.renderer.apply(++this.id);
    }
}
