package dev.qlio.orm.ddl;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Table;
import java.util.List;

/**
 * Creates, drops, alters and validates the tables of a {@link dev.qlio.orm.schema.TableMetadata} in
 * the live database (asyncqlio's DDL session). Each verb runs in its own transaction (or joins the
 * surrounding Spring transaction) and commits on its own. Thread-safe.
 */
public interface Ddl {

    /** Creates every registered table that does not exist, in foreign-key order, with indexes. */
    void createAll();

    /** Drops every registered table that exists, in reverse foreign-key order. */
    void dropAll();

    /**
     * Creates one table (if it does not exist), with its indexes.
     *
     * @param table the table class
     */
    void create(Class<? extends Table> table);

    /**
     * Drops one table if it exists.
     *
     * @param table the table class
     */
    void drop(Class<? extends Table> table);

    /**
     * Adds a column to its existing table.
     *
     * @param column the column
     */
    void addColumn(Column<?> column);

    /**
     * Drops a column from its table.
     *
     * @param column the column
     */
    void dropColumn(Column<?> column);

    /**
     * Every difference between the registered tables and the live schema, read through JDBC
     * metadata: missing tables and columns, type and nullability mismatches.
     *
     * @return the differences, empty when the schema matches
     */
    List<SchemaDifference> validate();
}
