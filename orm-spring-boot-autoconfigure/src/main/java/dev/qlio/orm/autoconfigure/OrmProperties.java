package dev.qlio.orm.autoconfigure;

import dev.qlio.orm.jackson.PropertyNaming;
import dev.qlio.orm.spring.schema.SchemaAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Configuration properties for Qlio, under {@code qlio.orm}.
 *
 * <p>The properties validate themselves when they are bound (no Bean Validation provider needed): a
 * bad value stops startup with a message naming the property, its value and its origin.
 */
@ConfigurationProperties("qlio.orm")
public class OrmProperties implements Validator {

    /**
     * Packages to scan for table classes. When set (alone or together with @TableScan), replaces
     * the auto-configuration packages.
     */
    private List<String> scanPackages = new ArrayList<>();

    /**
     * SQL dialect: h2, postgresql, mariadb, mysql, sqlite, or the class name of a Dialect. Detected
     * from the DataSource when not set.
     */
    private @Nullable String dialect;

    /**
     * Schema action run at startup. Defaults to 'create' on an embedded database and 'none'
     * otherwise.
     */
    private @Nullable SchemaAction ddl;

    /**
     * Whether to log the SQL of each statement (never its values) at INFO level on the
     * 'dev.qlio.orm.sql' logger. When off, it is logged there at DEBUG level.
     */
    private boolean showSql;

    /**
     * Whether ddl=validate also fails startup on compatible differences (a wider type, an extra
     * nullable column). By default only breaking ones fail it.
     */
    private boolean ddlStrict;

    /**
     * Whether tables must be spelled exactly as Qlio names them. By default a table the database
     * holds in another case (a schema script's unquoted names, which H2 stores in upper case) is
     * found by the schema step and used as spelled; when true, such a table fails startup.
     */
    private boolean exactIdentifierCase;

    /** Number of rows read per round trip by streamed queries. */
    private int fetchSize = 500;

    /** Number of rows sent per JDBC batch by addAll. */
    private int batchSize = 500;

    /**
     * Duration above which a statement is logged at WARN level, with its SQL and duration, on the
     * 'dev.qlio.orm.slow' logger. Off when not set.
     */
    private @Nullable Duration slowQueryThreshold;

    /**
     * Longest time any statement may run; a query's own timeout and the deadline of a Spring
     * transaction (@Transactional(timeout = ...)) shorten it. Rounded up to whole seconds. No limit
     * when not set.
     */
    private @Nullable Duration queryTimeout;

    private final Metrics metrics = new Metrics();

    private final Health health = new Health();

    private final Retry retry = new Retry();

    private final Replica replica = new Replica();

    private final Jackson jackson = new Jackson();

    /**
     * Returns the packages to scan for table classes; when set they replace the auto-configuration
     * packages.
     *
     * @return the packages to scan for table classes
     */
    public List<String> getScanPackages() {
        return this.scanPackages;
    }

    /**
     * Sets the packages to scan for table classes; when set they replace the auto-configuration
     * packages.
     *
     * @param scanPackages the packages to scan for table classes
     */
    public void setScanPackages(List<String> scanPackages) {
        this.scanPackages = scanPackages;
    }

    /**
     * Returns the SQL dialect (a built-in name or the class name of a Dialect), {@code null} to
     * detect it from the DataSource.
     *
     * @return the SQL dialect (a built-in name or the class name of a Dialect)
     */
    public @Nullable String getDialect() {
        return this.dialect;
    }

    /**
     * Sets the SQL dialect (a built-in name or the class name of a Dialect), {@code null} to detect
     * it from the DataSource.
     *
     * @param dialect the SQL dialect (a built-in name or the class name of a Dialect), or {@code
     *     null}
     */
    public void setDialect(@Nullable String dialect) {
        this.dialect = dialect;
    }

    /**
     * Returns the schema action run at startup, {@code null} for the default (create on an embedded
     * database, none otherwise).
     *
     * @return the schema action run at startup
     */
    public @Nullable SchemaAction getDdl() {
        return this.ddl;
    }

    /**
     * Sets the schema action run at startup, {@code null} for the default (create on an embedded
     * database, none otherwise).
     *
     * @param ddl the schema action run at startup, or {@code null}
     */
    public void setDdl(@Nullable SchemaAction ddl) {
        this.ddl = ddl;
    }

    /**
     * Returns whether {@code ddl=validate} also fails on compatible differences.
     *
     * @return whether validation is strict
     */
    public boolean isDdlStrict() {
        return this.ddlStrict;
    }

    /**
     * Sets whether {@code ddl=validate} also fails on compatible differences.
     *
     * @param ddlStrict whether validation is strict
     */
    public void setDdlStrict(boolean ddlStrict) {
        this.ddlStrict = ddlStrict;
    }

    /**
     * Returns whether tables must be spelled exactly as Qlio names them.
     *
     * @return whether exact case is required
     */
    public boolean isExactIdentifierCase() {
        return this.exactIdentifierCase;
    }

    /**
     * Sets whether tables must be spelled exactly as Qlio names them.
     *
     * @param exactIdentifierCase whether exact case is required
     */
    public void setExactIdentifierCase(boolean exactIdentifierCase) {
        this.exactIdentifierCase = exactIdentifierCase;
    }

    /**
     * Returns whether the SQL of each statement is logged at INFO level (else at DEBUG).
     *
     * @return whether the SQL of each statement is logged at INFO level (else at DEBUG)
     */
    public boolean isShowSql() {
        return this.showSql;
    }

    /**
     * Sets whether the SQL of each statement is logged at INFO level (else at DEBUG).
     *
     * @param showSql whether the SQL of each statement is logged at INFO level (else at DEBUG)
     */
    public void setShowSql(boolean showSql) {
        this.showSql = showSql;
    }

    /**
     * Returns the number of rows read per round trip by streamed queries.
     *
     * @return the number of rows read per round trip by streamed queries
     */
    public int getFetchSize() {
        return this.fetchSize;
    }

    /**
     * Sets the number of rows read per round trip by streamed queries.
     *
     * @param fetchSize the number of rows read per round trip by streamed queries
     */
    public void setFetchSize(int fetchSize) {
        this.fetchSize = fetchSize;
    }

    /**
     * Returns the number of rows sent per JDBC batch by addAll.
     *
     * @return the number of rows sent per JDBC batch by addAll
     */
    public int getBatchSize() {
        return this.batchSize;
    }

    /**
     * Sets the number of rows sent per JDBC batch by addAll.
     *
     * @param batchSize the number of rows sent per JDBC batch by addAll
     */
    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    /**
     * Returns the duration above which a statement is logged at WARN level, {@code null} for off.
     *
     * @return the duration above which a statement is logged at WARN level
     */
    public @Nullable Duration getSlowQueryThreshold() {
        return this.slowQueryThreshold;
    }

    /**
     * Sets the duration above which a statement is logged at WARN level, {@code null} for off.
     *
     * @param slowQueryThreshold the duration above which a statement is logged at WARN level, or
     *     {@code null}
     */
    public void setSlowQueryThreshold(@Nullable Duration slowQueryThreshold) {
        this.slowQueryThreshold = slowQueryThreshold;
    }

    /**
     * Returns the longest time any statement may run, {@code null} for no limit.
     *
     * @return the longest time any statement may run
     */
    public @Nullable Duration getQueryTimeout() {
        return this.queryTimeout;
    }

    /**
     * Sets the longest time any statement may run, {@code null} for no limit.
     *
     * @param queryTimeout the longest time any statement may run, or {@code null}
     */
    public void setQueryTimeout(@Nullable Duration queryTimeout) {
        this.queryTimeout = queryTimeout;
    }

    /**
     * Returns the metrics settings.
     *
     * @return the metrics settings
     */
    public Metrics getMetrics() {
        return this.metrics;
    }

    /**
     * Returns the health contributor settings.
     *
     * @return the health contributor settings
     */
    public Health getHealth() {
        return this.health;
    }

    /**
     * Returns the retry settings.
     *
     * @return the retry settings
     */
    public Retry getRetry() {
        return this.retry;
    }

    /**
     * Returns the JSON settings.
     *
     * @return the JSON settings
     */
    public Jackson getJackson() {
        return this.jackson;
    }

    /**
     * Returns the read-replica settings.
     *
     * @return the read-replica settings
     */
    public Replica getReplica() {
        return this.replica;
    }

    @Override
    public boolean supports(Class<?> type) {
        return OrmProperties.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        OrmProperties properties = (OrmProperties) target;
        atLeastOne(errors, "fetchSize", properties.getFetchSize());
        atLeastOne(errors, "batchSize", properties.getBatchSize());
        Duration slow = properties.getSlowQueryThreshold();
        if (slow != null && (slow.isNegative() || slow.isZero())) {
            errors.rejectValue("slowQueryThreshold", "positive", "must be positive when set");
        }
        Duration timeout = properties.getQueryTimeout();
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            errors.rejectValue("queryTimeout", "positive", "must be positive when set");
        }
        if (properties.getHealth().getCacheTtl().isNegative()) {
            errors.rejectValue("health.cacheTtl", "notNegative", "must not be negative");
        }
        Retry retry = properties.getRetry();
        atLeastOne(errors, "retry.maxAttempts", retry.getMaxAttempts());
        if (retry.getInitialBackoff().isNegative()) {
            errors.rejectValue("retry.initialBackoff", "notNegative", "must not be negative");
        }
        if (retry.getMaxBackoff().compareTo(retry.getInitialBackoff()) < 0) {
            errors.rejectValue(
                    "retry.maxBackoff",
                    "notBelowInitial",
                    "must not be shorter than retry.initial-backoff ("
                            + retry.getInitialBackoff()
                            + ")");
        }
        validateReplica(properties.getReplica(), errors);
    }

    private static void validateReplica(Replica replica, Errors errors) {
        if (replica.getUrl() != null && replica.getDataSource() != null) {
            errors.rejectValue(
                    "replica.dataSource",
                    "exclusive",
                    "set either replica.url or replica.data-source, not both");
        }
        if (replica.getReadYourWrites().isNegative()) {
            errors.rejectValue("replica.readYourWrites", "notNegative", "must not be negative");
        }
        if (replica.getMaxLag().isNegative() || replica.getMaxLag().isZero()) {
            errors.rejectValue("replica.maxLag", "positive", "must be positive");
        }
        if (replica.getLagCheckInterval().isNegative() || replica.getLagCheckInterval().isZero()) {
            errors.rejectValue("replica.lagCheckInterval", "positive", "must be positive");
        }
    }

    private static void atLeastOne(Errors errors, String field, int value) {
        if (value < 1) {
            errors.rejectValue(field, "min", "must be at least 1");
        }
    }

    /** Metrics settings. */
    public static class Metrics {

        /** Whether to record an Observation for each JDBC execution. */
        private boolean enabled = true;

        /**
         * Whether to add the SQL text (never the values) as a high-cardinality key to observations.
         */
        private boolean sqlText;

        /**
         * Returns whether an Observation is recorded for each JDBC execution.
         *
         * @return whether an Observation is recorded for each JDBC execution
         */
        public boolean isEnabled() {
            return this.enabled;
        }

        /**
         * Sets whether an Observation is recorded for each JDBC execution.
         *
         * @param enabled whether an Observation is recorded for each JDBC execution
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * Returns whether observations carry the SQL text (never the values) as a high-cardinality
         * key.
         *
         * @return whether observations carry the SQL text (never the values) as a high-cardinality
         *     key
         */
        public boolean isSqlText() {
            return this.sqlText;
        }

        /**
         * Sets whether observations carry the SQL text (never the values) as a high-cardinality
         * key.
         *
         * @param sqlText whether observations carry the SQL text (never the values) as a
         *     high-cardinality key
         */
        public void setSqlText(boolean sqlText) {
            this.sqlText = sqlText;
        }
    }

    /** Health contributor settings. */
    public static class Health {

        /** Whether to enable the 'orm' health contributor that checks for schema drift. */
        private boolean enabled = true;

        /** How long a schema check result is reused before the schema is read again. */
        private Duration cacheTtl = Duration.ofSeconds(30);

        /**
         * Returns whether the 'orm' health contributor, which checks for schema drift, is enabled.
         *
         * @return whether the 'orm' health contributor, which checks for schema drift, is enabled
         */
        public boolean isEnabled() {
            return this.enabled;
        }

        /**
         * Sets whether the 'orm' health contributor, which checks for schema drift, is enabled.
         *
         * @param enabled whether the 'orm' health contributor, which checks for schema drift, is
         *     enabled
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * Returns the time a schema check result is reused before the schema is read again.
         *
         * @return the time a schema check result is reused before the schema is read again
         */
        public Duration getCacheTtl() {
            return this.cacheTtl;
        }

        /**
         * Sets the time a schema check result is reused before the schema is read again.
         *
         * @param cacheTtl the time a schema check result is reused before the schema is read again
         */
        public void setCacheTtl(Duration cacheTtl) {
            this.cacheTtl = cacheTtl;
        }
    }

    /** Retry of serialization failures and deadlocks. */
    public static class Retry {

        /** Maximum number of attempts per unit of work, the first included. 1 disables retry. */
        private int maxAttempts = 1;

        /** Pause before the first retry; doubled for each further retry. */
        private Duration initialBackoff = Duration.ofMillis(10);

        /** Longest pause between two attempts. */
        private Duration maxBackoff = Duration.ofSeconds(1);

        /**
         * Returns the maximum number of attempts per unit of work, the first included (1 disables
         * retry).
         *
         * @return the maximum number of attempts per unit of work, the first included (1 disables
         *     retry)
         */
        public int getMaxAttempts() {
            return this.maxAttempts;
        }

        /**
         * Sets the maximum number of attempts per unit of work, the first included (1 disables
         * retry).
         *
         * @param maxAttempts the maximum number of attempts per unit of work, the first included (1
         *     disables retry)
         */
        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        /**
         * Returns the pause before the first retry, doubled for each further retry.
         *
         * @return the pause before the first retry, doubled for each further retry
         */
        public Duration getInitialBackoff() {
            return this.initialBackoff;
        }

        /**
         * Sets the pause before the first retry, doubled for each further retry.
         *
         * @param initialBackoff the pause before the first retry, doubled for each further retry
         */
        public void setInitialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
        }

        /**
         * Returns the longest pause between two attempts.
         *
         * @return the longest pause between two attempts
         */
        public Duration getMaxBackoff() {
            return this.maxBackoff;
        }

        /**
         * Sets the longest pause between two attempts.
         *
         * @param maxBackoff the longest pause between two attempts
         */
        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }
    }

    /**
     * A read replica: read-only transactions and reads outside a transaction go to it, everything
     * else to the primary DataSource.
     */
    public static class Replica {

        /** JDBC URL of the read replica. Set this or data-source to route reads to a replica. */
        private @Nullable String url;

        /** Login user of the read replica. */
        private @Nullable String username;

        /** Login password of the read replica. */
        private @Nullable String password;

        /** Name of a DataSource bean that connects to the read replica (instead of url). */
        private @Nullable String dataSource;

        /**
         * How long a thread keeps reading from the primary after it wrote (read-your-writes). 0
         * turns this off.
         */
        private Duration readYourWrites = Duration.ofSeconds(1);

        /** Replica lag above which reads fall back to the primary. */
        private Duration maxLag = Duration.ofSeconds(5);

        /** How often the replica lag is measured (at most; measured when reads need it). */
        private Duration lagCheckInterval = Duration.ofSeconds(1);

        /**
         * Returns the JDBC URL of the read replica.
         *
         * @return the JDBC URL of the read replica
         */
        public @Nullable String getUrl() {
            return this.url;
        }

        /**
         * Sets the JDBC URL of the read replica.
         *
         * @param url the JDBC URL of the read replica
         */
        public void setUrl(@Nullable String url) {
            this.url = url;
        }

        /**
         * Returns the login user of the read replica.
         *
         * @return the login user of the read replica
         */
        public @Nullable String getUsername() {
            return this.username;
        }

        /**
         * Sets the login user of the read replica.
         *
         * @param username the login user of the read replica
         */
        public void setUsername(@Nullable String username) {
            this.username = username;
        }

        /**
         * Returns the login password of the read replica.
         *
         * @return the login password of the read replica
         */
        public @Nullable String getPassword() {
            return this.password;
        }

        /**
         * Sets the login password of the read replica.
         *
         * @param password the login password of the read replica
         */
        public void setPassword(@Nullable String password) {
            this.password = password;
        }

        /**
         * Returns the name of the DataSource bean that connects to the read replica.
         *
         * @return the name of the DataSource bean that connects to the read replica
         */
        public @Nullable String getDataSource() {
            return this.dataSource;
        }

        /**
         * Sets the name of the DataSource bean that connects to the read replica.
         *
         * @param dataSource the name of the DataSource bean that connects to the read replica
         */
        public void setDataSource(@Nullable String dataSource) {
            this.dataSource = dataSource;
        }

        /**
         * Returns how long a thread keeps reading from the primary after it wrote.
         *
         * @return how long a thread keeps reading from the primary after it wrote
         */
        public Duration getReadYourWrites() {
            return this.readYourWrites;
        }

        /**
         * Sets how long a thread keeps reading from the primary after it wrote.
         *
         * @param readYourWrites how long a thread keeps reading from the primary after it wrote
         */
        public void setReadYourWrites(Duration readYourWrites) {
            this.readYourWrites = readYourWrites;
        }

        /**
         * Returns the replica lag above which reads fall back to the primary.
         *
         * @return the replica lag above which reads fall back to the primary
         */
        public Duration getMaxLag() {
            return this.maxLag;
        }

        /**
         * Sets the replica lag above which reads fall back to the primary.
         *
         * @param maxLag the replica lag above which reads fall back to the primary
         */
        public void setMaxLag(Duration maxLag) {
            this.maxLag = maxLag;
        }

        /**
         * Returns how often, at most, the replica lag is measured.
         *
         * @return how often, at most, the replica lag is measured
         */
        public Duration getLagCheckInterval() {
            return this.lagCheckInterval;
        }

        /**
         * Sets how often, at most, the replica lag is measured.
         *
         * @param lagCheckInterval how often, at most, the replica lag is measured
         */
        public void setLagCheckInterval(Duration lagCheckInterval) {
            this.lagCheckInterval = lagCheckInterval;
        }
    }

    /** Rows in JSON (Jackson). */
    public static class Jackson {

        /** How columns are named in JSON: 'field' (the field name in camelCase) or 'column'. */
        private PropertyNaming propertyNaming = PropertyNaming.FIELD;

        /**
         * Returns how columns are named in JSON.
         *
         * @return how columns are named in JSON
         */
        public PropertyNaming getPropertyNaming() {
            return this.propertyNaming;
        }

        /**
         * Sets how columns are named in JSON.
         *
         * @param propertyNaming how columns are named in JSON
         */
        public void setPropertyNaming(PropertyNaming propertyNaming) {
            this.propertyNaming = propertyNaming;
        }
    }
}
