package dev.qlio.orm.spring.schema;

/**
 * What to do with the database schema when the application starts, the values of the {@code
 * qlio.orm.ddl} property.
 */
public enum SchemaAction {

    /** Leave the schema alone. */
    NONE,

    /** Create every registered table that does not exist yet. */
    CREATE,

    /** Create missing tables at startup and drop every registered table at shutdown. */
    CREATE_DROP,

    /** Compare the tables with the live schema and refuse to start when they differ. */
    VALIDATE
}
