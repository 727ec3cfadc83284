package dev.qlio.orm.ddl;

import org.jspecify.annotations.Nullable;

/**
 * One difference between the metadata and the live schema, found by {@link Ddl#validate()}.
 *
 * @param kind what differs
 * @param table the table's SQL name
 * @param column the column's SQL name, or {@code null} for a table-level difference
 * @param expected what the metadata declares
 * @param actual what the database has
 */
public record SchemaDifference(
        Kind kind, String table, @Nullable String column, String expected, String actual) {

    /** The kinds of difference. */
    public enum Kind {
        /** The table does not exist. */
        MISSING_TABLE,
        /** The column does not exist. */
        MISSING_COLUMN,
        /** The column's type is incompatible with the declared one. */
        TYPE_MISMATCH,
        /** The column's nullability differs. */
        NULLABILITY_MISMATCH
    }

    /**
     * A one-line description, e.g. {@code users.email: missing column (expected VARCHAR(64))}.
     *
     * @return the description
     */
    public String describe() {
        String where = this.column != null ? this.table + "." + this.column : this.table;
        return switch (this.kind) {
            case MISSING_TABLE -> where + ": missing table";
            case MISSING_COLUMN -> where + ": missing column (expected " + this.expected + ")";
            case TYPE_MISMATCH -> where + ": type " + this.actual + ", expected " + this.expected;
            case NULLABILITY_MISMATCH -> where + ": " + this.actual + ", expected " + this.expected;
        };
    }

    @Override
    public String toString() {
        return describe();
    }
}
