package dev.qlio.orm.actuate.health;

import dev.qlio.orm.Database;
import dev.qlio.orm.ddl.SchemaDifference;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Reports whether the live schema still matches Qlio's metadata: UP when {@code
 * Database.ddl().validate()} finds no breaking difference, DOWN with the breaking differences under
 * {@code differences} (e.g. {@code users.email: missing column (expected VARCHAR(64))}) when it
 * does, DOWN with the error when the schema cannot be read. Compatible differences ({@code TEXT}
 * where the model says {@code VARCHAR(30)}, an extra nullable column) never turn it DOWN; they are
 * listed under {@code compatibleDifferences}.
 *
 * <p>Reading the schema costs a few metadata queries, so a result is reused for a time to live
 * ({@code qlio.orm.health.cache-ttl}, 30 seconds by default; zero checks every time). Thread-safe:
 * concurrent health checks share one schema read.
 *
 * <p>Live details (for example {@code replica}: the read replica's lag and where read-only work
 * went) are added to every answer, never cached, and never change the status.
 */
public final class OrmHealthIndicator implements HealthIndicator {

    private static final Log logger = LogFactory.getLog(OrmHealthIndicator.class);

    private final Database database;

    private final long ttlNanos;

    private final LongSupplier nanoTime;

    private final Object lock = new Object();

    private final Map<String, Supplier<?>> liveDetails;

    private volatile @Nullable Checked last;

    /**
     * A health indicator that caches its result.
     *
     * @param database the database to check
     * @param cacheTtl how long a result is reused; zero for never
     */
    public OrmHealthIndicator(Database database, Duration cacheTtl) {
        this(database, cacheTtl, Map.of());
    }

    /**
     * A health indicator that caches its schema check and adds live details to every answer.
     *
     * @param database the database to check
     * @param cacheTtl how long a schema check is reused; zero for never
     * @param liveDetails details computed on every health check, by name (e.g. {@code replica})
     */
    public OrmHealthIndicator(
            Database database, Duration cacheTtl, Map<String, Supplier<?>> liveDetails) {
        this(database, cacheTtl, liveDetails, System::nanoTime);
    }

    OrmHealthIndicator(Database database, Duration cacheTtl, LongSupplier nanoTime) {
        this(database, cacheTtl, Map.of(), nanoTime);
    }

    private OrmHealthIndicator(
            Database database,
            Duration cacheTtl,
            Map<String, Supplier<?>> liveDetails,
            LongSupplier nanoTime) {
        this.database = Objects.requireNonNull(database, "database must not be null");
        this.liveDetails = new LinkedHashMap<>(liveDetails);
        if (cacheTtl.isNegative()) {
            throw new IllegalArgumentException("cacheTtl must not be negative, got " + cacheTtl);
        }
        this.ttlNanos = cacheTtl.toNanos();
        this.nanoTime = nanoTime;
    }

    @Override
    public Health health() {
        Health schema = schemaHealth();
        if (this.liveDetails.isEmpty()) {
            return schema;
        }
        Health.Builder builder = Health.status(schema.getStatus()).withDetails(schema.getDetails());
        this.liveDetails.forEach((name, details) -> builder.withDetail(name, details.get()));
        return builder.build();
    }

    private Health schemaHealth() {
        Checked checked = this.last;
        if (checked != null && fresh(checked)) {
            return checked.health;
        }
        synchronized (this.lock) {
            checked = this.last;
            if (checked != null && fresh(checked)) {
                return checked.health;
            }
            Health health = check();
            this.last = new Checked(health, this.nanoTime.getAsLong());
            return health;
        }
    }

    private boolean fresh(Checked checked) {
        return this.ttlNanos > 0 && this.nanoTime.getAsLong() - checked.at < this.ttlNanos;
    }

    private Health check() {
        String dialect = this.database.dialect().name();
        int tables = this.database.metadata().tables().size();
        List<SchemaDifference> differences;
        try {
            differences = this.database.ddl().validate();
        } catch (RuntimeException ex) {
            logger.warn("Qlio schema check failed", ex);
            return Health.down(ex).withDetail("dialect", dialect).build();
        }
        List<String> breaking =
                differences.stream()
                        .filter(SchemaDifference::isBreaking)
                        .map(SchemaDifference::describe)
                        .toList();
        List<String> compatible =
                differences.stream()
                        .filter(d -> !d.isBreaking())
                        .map(SchemaDifference::describe)
                        .toList();
        Health.Builder builder = breaking.isEmpty() ? Health.up() : Health.down();
        builder.withDetail("dialect", dialect).withDetail("tables", tables);
        if (!breaking.isEmpty()) {
            builder.withDetail("differences", breaking);
        }
        if (!compatible.isEmpty()) {
            builder.withDetail("compatibleDifferences", compatible);
        }
        return builder.build();
    }

    /** A result and the {@link System#nanoTime()} it was computed at. */
    private record Checked(Health health, long at) {}
}
