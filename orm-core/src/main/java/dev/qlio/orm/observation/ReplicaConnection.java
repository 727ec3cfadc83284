package dev.qlio.orm.observation;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Marks a connection to a read replica: a connection that answers {@code
 * isWrapperFor(ReplicaConnection.class)} with {@code true} (directly or through the proxies around
 * it) runs statements tagged {@code side=replica} on {@code qlio.orm.query}; every other connection
 * is the primary's. The Spring Boot starter's replica routing hands out such connections; a
 * hand-made routing {@code DataSource} can do the same.
 */
public interface ReplicaConnection {

    /** The {@code side} tag of statements on the primary. */
    String PRIMARY = "primary";

    /** The {@code side} tag of statements on a read replica. */
    String REPLICA = "replica";

    /**
     * The side a connection belongs to.
     *
     * @param connection the connection a statement runs on
     * @return {@link #REPLICA} or {@link #PRIMARY}
     */
    static String sideOf(Connection connection) {
        try {
            return connection.isWrapperFor(ReplicaConnection.class) ? REPLICA : PRIMARY;
        } catch (SQLException ex) {
            return PRIMARY;
        }
    }
}
