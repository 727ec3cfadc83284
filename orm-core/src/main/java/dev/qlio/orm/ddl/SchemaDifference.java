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
        /**
         * The column's nullability differs: breaking when the database refuses NULL where the model
         * may write it, compatible the other way round.
         */
        NULLABILITY_MISMATCH,
        /**
         * The column's type holds every value of the declared one ({@code TEXT} for {@code
         * VARCHAR(n)}, a longer {@code VARCHAR}, a {@code NUMERIC} of more integer digits).
         */
        TYPE_WIDER,
        /** The table has no primary key, or another one than the model's. */
        MISSING_PRIMARY_KEY,
        /** A column the model declares {@code unique()} has no unique constraint or index. */
        MISSING_UNIQUE,
        /** The table has a column the model does not declare, which inserts may leave out. */
        EXTRA_COLUMN,
        /**
         * The table has a column the model does not declare, {@code NOT NULL} without a default:
         * every insert Qlio makes fails.
         */
        EXTRA_REQUIRED_COLUMN
    }

    /** How much a difference matters to the application. */
    public enum Severity {
        /**
         * Statements Qlio makes fail or lose meaning: a missing table, column, key or unique
         * constraint, an incompatible type, NOT NULL where the model writes nulls.
         */
        BREAKING,
        /** Every statement still works: a wider type, an extra optional column, a looser NULL. */
        COMPATIBLE
    }

    /**
     * How much this difference matters: the {@code orm} health is DOWN, and {@code ddl=validate}
     * fails startup, only for {@link Severity#BREAKING} ones (unless strict validation is asked
     * for).
     *
     * @return the severity
     */
    public Severity severity() {
        return switch (this.kind) {
            case TYPE_WIDER, EXTRA_COLUMN -> Severity.COMPATIBLE;
            case NULLABILITY_MISMATCH ->
                    "NULL".equals(this.expected) ? Severity.BREAKING : Severity.COMPATIBLE;
            default -> Severity.BREAKING;
        };
    }

    /**
     * Whether this difference is {@link Severity#BREAKING}.
     *
     * @return whether it breaks statements Qlio makes
     */
    public boolean isBreaking() {
        return severity() == Severity.BREAKING;
    }

    /**
     * A one-line description, e.g. {@code users.email: missing column (expected VARCHAR(64))}. The
     * {@link #severity()} is not part of it.
     *
     * @return the description
     */
    public String describe() {
        String where = this.column != null ? this.table + "." + this.column : this.table;
        return switch (this.kind) {
            case MISSING_TABLE -> where + ": missing table";
            case MISSING_COLUMN -> where + ": missing column (expected " + this.expected + ")";
            case TYPE_MISMATCH -> where + ": type " + this.actual + ", expected " + this.expected;
            case NULLABILITY_MISMATCH, TYPE_WIDER, MISSING_PRIMARY_KEY, MISSING_UNIQUE ->
                    where + ": " + this.actual + ", expected " + this.expected;
            case EXTRA_COLUMN -> where + ": column " + this.actual + " not in the model";
            case EXTRA_REQUIRED_COLUMN ->
                    where
                            + ": column "
                            + this.actual
                            + " not in the model, NOT NULL without a default (inserts fail)";
        };
    }

    @Override
    public String toString() {
        return describe();
    }
}
