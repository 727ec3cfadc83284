package dev.qlio.orm.spring.schema;

import dev.qlio.orm.Database;
import dev.qlio.orm.ddl.SchemaDifference;
import java.util.List;
import java.util.Objects;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Runs a {@link SchemaAction} on a {@link Database} when the application context starts ({@link
 * SchemaAction#CREATE_DROP} also when it stops). As a bean it is a database initializer: it runs
 * after Flyway, Liquibase and {@code schema.sql}, and before the beans that depend on database
 * initialization.
 */
public final class SchemaInitializer implements InitializingBean, DisposableBean {

    private static final Log logger = LogFactory.getLog(SchemaInitializer.class);

    private final Database database;

    private final SchemaAction action;

    private final boolean strict;

    /**
     * An initializer running an action on a database.
     *
     * @param database the database
     * @param action the action
     */
    public SchemaInitializer(Database database, SchemaAction action) {
        this(database, action, false);
    }

    /**
     * An initializer running an action on a database, {@link SchemaAction#VALIDATE} failing on
     * every difference when strict, else only on {@linkplain SchemaDifference#isBreaking()
     * breaking} ones (compatible ones are logged at WARN).
     *
     * @param database the database
     * @param action the action
     * @param strict whether validation fails on compatible differences too
     */
    public SchemaInitializer(Database database, SchemaAction action, boolean strict) {
        this.database = Objects.requireNonNull(database, "database must not be null");
        this.action = Objects.requireNonNull(action, "action must not be null");
        this.strict = strict;
    }

    /**
     * The action this initializer runs.
     *
     * @return the action
     */
    public SchemaAction getAction() {
        return this.action;
    }

    /**
     * Runs the action now: creates the missing tables, or validates the schema.
     *
     * @throws SchemaValidationException if {@link SchemaAction#VALIDATE} finds breaking differences
     *     (any, when strict)
     */
    public void initialize() {
        switch (this.action) {
            case CREATE, CREATE_DROP -> {
                logger.debug("Creating missing tables of " + this.database);
                this.database.ddl().createAll();
            }
            case VALIDATE -> {
                List<SchemaDifference> differences = this.database.ddl().validate();
                List<SchemaDifference> failing =
                        this.strict
                                ? differences
                                : differences.stream()
                                        .filter(SchemaDifference::isBreaking)
                                        .toList();
                if (!failing.isEmpty()) {
                    throw new SchemaValidationException(failing, this.database.metadata());
                }
                if (!differences.isEmpty()) {
                    logger.warn(
                            "The schema differs compatibly from the tables of "
                                    + this.database
                                    + " (set qlio.orm.ddl-strict=true to fail on these): "
                                    + differences.stream()
                                            .map(SchemaDifference::describe)
                                            .toList());
                }
                logger.debug("Schema matches the tables of " + this.database);
            }
            case NONE -> {}
        }
    }

    @Override
    public void afterPropertiesSet() {
        initialize();
    }

    @Override
    public void destroy() {
        if (this.action == SchemaAction.CREATE_DROP) {
            try {
                this.database.ddl().dropAll();
            } catch (RuntimeException ex) {
                logger.warn("Could not drop the tables of " + this.database, ex);
            }
        }
    }
}
