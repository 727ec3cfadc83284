package dev.qlio.benchmarks.peers;

import dev.qlio.benchmarks.Fixture;
import dev.qlio.benchmarks.peers.sdj.SpringDataJdbcPeer;
import dev.qlio.orm.schema.LoadStrategy;
import java.util.List;

/** The peers by their JMH parameter name. */
public final class Peers {

    /** Every peer, the floor first. */
    public static final List<String> ALL =
            List.of(
                    "jdbcIndex",
                    "jdbcName",
                    "jdbcClient",
                    "qlio",
                    "hibernate",
                    "springDataJdbc",
                    "jooq",
                    "mybatis");

    /** Qlio's other {@code joinLoad} strategies, run for {@code joinLoad} only. */
    public static final List<String> QLIO_JOIN_VARIANTS = List.of("qlioSelect", "qlioManual");

    private Peers() {}

    /**
     * Builds one peer over the fixture's pool.
     *
     * @param name a name from {@link #ALL}
     * @param fixture the database
     * @return the peer; close it
     */
    public static Peer create(String name, Fixture fixture) {
        return switch (name) {
            case "jdbcIndex" -> JdbcPeer.byIndex(fixture);
            case "jdbcName" -> JdbcPeer.byName(fixture);
            case "jdbcClient" -> new JdbcClientPeer(fixture);
            case "qlio" -> new QlioPeer(fixture, LoadStrategy.JOINED);
            case "qlioSelect" -> new QlioPeer(fixture, LoadStrategy.SELECT);
            case "qlioManual" -> new QlioPeer(fixture, null);
            case "hibernate" -> new HibernatePeer(fixture);
            case "springDataJdbc" -> new SpringDataJdbcPeer(fixture);
            case "jooq" -> new JooqPeer(fixture);
            case "mybatis" -> new MyBatisPeer(fixture);
            default ->
                    throw new IllegalArgumentException(
                            "Unknown peer '" + name + "' (known: " + ALL + ")");
        };
    }
}
