package dev.qlio.orm.spring.aot;

import dev.qlio.orm.schema.Table;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;

/**
 * Registers the reflection a table class needs at run time: Qlio reads its static {@code Column},
 * {@code Relationship} and {@code Index} fields and creates rows with its no-argument constructor.
 */
public final class TableRuntimeHints {

    private TableRuntimeHints() {}

    /**
     * Registers reflection hints for table classes.
     *
     * @param hints the hints to add to
     * @param tableClasses the table classes
     */
    public static void registerTableClasses(
            RuntimeHints hints, Iterable<? extends Class<? extends Table>> tableClasses) {
        for (Class<? extends Table> tableClass : tableClasses) {
            hints.reflection()
                    .registerType(
                            tableClass,
                            MemberCategory.ACCESS_PUBLIC_FIELDS,
                            MemberCategory.ACCESS_DECLARED_FIELDS,
                            MemberCategory.INVOKE_DECLARED_CONSTRUCTORS);
        }
    }
}
