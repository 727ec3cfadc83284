package dev.qlio.orm.actuate.metrics;

import dev.qlio.orm.Database;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Objects;

/**
 * Binds the gauge {@code qlio.orm.sessions.active}: the sessions of a {@link Database} open right
 * now. A steadily growing value means sessions that are never closed.
 */
public final class OrmSessionMetrics implements MeterBinder {

    /** The gauge's name. */
    public static final String SESSIONS_ACTIVE = "qlio.orm.sessions.active";

    private final Database database;

    /**
     * Metrics of one database.
     *
     * @param database the database
     */
    public OrmSessionMetrics(Database database) {
        this.database = Objects.requireNonNull(database, "database must not be null");
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(SESSIONS_ACTIVE, this.database, Database::activeSessions)
                .description("Qlio sessions currently open")
                .baseUnit("sessions")
                .strongReference(true)
                .register(registry);
    }
}
