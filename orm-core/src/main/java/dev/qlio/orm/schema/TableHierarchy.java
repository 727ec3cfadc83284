package dev.qlio.orm.schema;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks where a table class sits in the class hierarchy. A table class extends {@link Table},
 * directly or through abstract classes that declare no columns, relationships or indexes (they may
 * hold helper methods and instance behaviour). Everything else is refused with what to do instead:
 * static fields are not inherited per subclass, so a column declared on a base class could never be
 * the column of two tables.
 */
final class TableHierarchy {

    private static final String COPY =
            " copy each into every table with one line: public static final Column<Long> ID ="
                    + " column(Shared.ID)";

    private TableHierarchy() {}

    static void check(Class<? extends Table> tableClass) {
        Class<?> parent = tableClass.getSuperclass();
        if (tableClass.isAnonymousClass()) {
            throw new SchemaDefinitionException(
                    tableClass,
                    null,
                    "is an anonymous subclass of "
                            + parent.getName()
                            + " (double-brace initialisation?); a row must be an instance of the"
                            + " table class itself: create it with new "
                            + parent.getSimpleName()
                            + "() and set(...), or TableMeta.of("
                            + parent.getSimpleName()
                            + ".class).newRow(Map.of(...))");
        }
        for (Class<?> c = parent; c != Table.class; c = c.getSuperclass()) {
            if (!Modifier.isAbstract(c.getModifiers())) {
                throw new SchemaDefinitionException(
                        tableClass,
                        null,
                        "extends the table class "
                                + c.getName()
                                + "; a table class cannot extend another table class (its columns"
                                + " are the static fields of the class that declares them)."
                                + " Make both extend Table (or a common abstract class that"
                                + " declares no columns), declare shared columns as"
                                + " ColumnTemplate constants and"
                                + COPY);
            }
            List<String> fields = schemaFields(c);
            if (!fields.isEmpty()) {
                throw new SchemaDefinitionException(
                        tableClass,
                        null,
                        "extends "
                                + c.getName()
                                + ", which declares "
                                + String.join(", ", fields)
                                + "; a static field belongs to the class that declares it, so it"
                                + " cannot be a column of each subclass. Declare those in "
                                + c.getSimpleName()
                                + " as ColumnTemplate constants (ColumnTemplate.of(...)) and"
                                + COPY);
            }
        }
    }

    private static List<String> schemaFields(Class<?> c) {
        List<String> names = new ArrayList<>();
        for (Field f : c.getDeclaredFields()) {
            Class<?> t = f.getType();
            if (t == Column.class || t == Relationship.class || t == Index.class) {
                names.add(f.getName());
            }
        }
        return names;
    }
}
