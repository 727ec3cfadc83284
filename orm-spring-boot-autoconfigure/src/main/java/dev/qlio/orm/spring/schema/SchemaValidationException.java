package dev.qlio.orm.spring.schema;

import dev.qlio.orm.ddl.SchemaDifference;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.TableMeta;
import dev.qlio.orm.schema.TableMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The live schema differs from the registered tables: thrown at startup by {@code qlio.orm.ddl =
 * validate}, listing every difference at once.
 */
public class SchemaValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The differences found, breaking and compatible. */
    private final List<SchemaDifference> differences;

    /** One description per difference, in the same order. */
    private final List<String> descriptions;

    /**
     * An exception listing the differences found.
     *
     * @param differences the differences, not empty
     * @param metadata the registry, to name the table class and field of each difference
     */
    public SchemaValidationException(List<SchemaDifference> differences, TableMetadata metadata) {
        this(List.copyOf(differences), describe(differences, metadata));
    }

    private SchemaValidationException(List<SchemaDifference> differences, List<String> lines) {
        super(
                "The database schema does not match the table classes ("
                        + differences.size()
                        + (differences.size() == 1 ? " difference" : " differences")
                        + "):"
                        + System.lineSeparator()
                        + String.join(System.lineSeparator(), lines));
        this.differences = differences;
        this.descriptions = List.copyOf(lines);
    }

    /**
     * The differences found.
     *
     * @return the differences
     */
    public List<SchemaDifference> getDifferences() {
        return this.differences;
    }

    /**
     * One line per difference, naming the table class and field where known, e.g. {@code -
     * users.email (com.example.User.EMAIL): missing column (expected VARCHAR(64))}.
     *
     * @return the lines
     */
    public List<String> getDescriptions() {
        return this.descriptions;
    }

    private static List<String> describe(
            List<SchemaDifference> differences, TableMetadata metadata) {
        List<String> lines = new ArrayList<>();
        for (SchemaDifference difference : differences) {
            String where = difference.describe();
            String source = source(difference, metadata);
            if (source != null) {
                int colon = where.indexOf(':');
                where = where.substring(0, colon) + " (" + source + ")" + where.substring(colon);
            }
            lines.add("  - " + where);
        }
        return lines;
    }

    private static @org.jspecify.annotations.Nullable String source(
            SchemaDifference difference, TableMetadata metadata) {
        TableMeta<?> table = metadata.tables().get(difference.table());
        if (table == null) {
            return null;
        }
        String className = table.tableClass().getName();
        String columnName = difference.column();
        if (columnName == null) {
            return className;
        }
        Optional<Column<?>> column = table.getColumn(columnName);
        return column.map((c) -> className + "." + c.fieldName()).orElse(className);
    }
}
