package dev.qlio.orm.internal.exec;

/**
 * The kind of a statement: what it does to the database, which decides whether it begins a
 * session's own transaction, and its {@code operation} tag on the {@code qlio.orm.query}
 * observation.
 */
public enum Operation {

    /** A typed read: {@code SELECT}, counts, streams and relationship loads. */
    SELECT("select", true),

    /** A select that locks the rows it reads: it begins the transaction the lock lives in. */
    SELECT_LOCKING("select", false),

    /** An insert of rows. */
    /**
     * A select that locks the rows it reads ({@code FOR UPDATE}): tagged {@code select}, but it
     * begins the transaction (a lock taken in auto-commit mode would end with the statement) and
     * runs on the primary.
     */
    LOCKING_SELECT("select", false),

    INSERT("insert", false),

    /** An update of rows, by key or in bulk. */
    UPDATE("update", false),

    /** A delete of rows, by key or in bulk. */
    DELETE("delete", false),

    /** An insert-or-update by primary key. */
    UPSERT("upsert", false),

    /** A schema change. */
    DDL("ddl", false),

    /** Raw SQL: it may write, so it is treated as a write. */
    RAW("raw", false);

    private final String tag;

    private final boolean readOnly;

    Operation(String tag, boolean readOnly) {
        this.tag = tag;
        this.readOnly = readOnly;
    }

    /**
     * The value of the observation's {@code operation} key.
     *
     * @return the tag, e.g. {@code select}
     */
    public String tag() {
        return this.tag;
    }

    /**
     * Whether the statement only reads: a read may run before a session's own transaction begins
     * (at READ COMMITTED and below); anything else begins it.
     *
     * @return whether it only reads
     */
    public boolean readOnly() {
        return this.readOnly;
    }
}
