package dev.qlio.orm.internal;

import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.session.Session;
import io.micrometer.observation.ObservationRegistry;
import javax.sql.DataSource;

/** Shared, precomputed state of one database. */
public final class Engine {
    private final DataSource dataSource;
    private final Dialect dialect;
    private final TableMetadata metadata;

    public Engine(
            DataSource dataSource,
            Dialect dialect,
            TableMetadata metadata,
            ObservationRegistry registry,
            int fetchSize,
            int batchSize) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.metadata = metadata;
    }

    public Session openSession() {
        throw new UnsupportedOperationException();
    }

    public Dialect dialect() {
        return this.dialect;
    }

    public TableMetadata metadata() {
        return this.metadata;
    }

    public DataSource dataSource() {
        return this.dataSource;
    }

    public int activeSessions() {
        return 0;
    }
}
