package dev.qlio.orm.autoconfigure;

import dev.qlio.orm.schema.SchemaDefinitionException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a table class that is not a valid table ({@link SchemaDefinitionException}). */
final class SchemaDefinitionFailureAnalyzer
        extends AbstractFailureAnalyzer<SchemaDefinitionException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SchemaDefinitionException cause) {
        Class<?> tableClass = cause.getTableClass();
        String className = (tableClass != null) ? tableClass.getName() : "the table class";
        String field = cause.getFieldName();
        String culprit = (field != null) ? className + " (field " + field + ")" : className;
        String description =
                "A Qlio table class is not a valid table:%n%n    %s%n"
                        .formatted(cause.getMessage());
        String action =
                ("Fix the definition of %s: columns are public static final Column fields"
                                + " declared with column(...), and a table needs a primary key."
                                + " If it is not meant to be a table, move it out of the scanned"
                                + " packages (@TableScan, qlio.orm.scan-packages or the"
                                + " @SpringBootApplication package).")
                        .formatted(culprit);
        return new FailureAnalysis(description, action, cause);
    }
}
