package dev.qlio.orm.autoconfigure;

import dev.qlio.orm.spring.schema.SchemaValidationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a schema that failed {@code qlio.orm.ddl=validate}, listing every difference. */
final class SchemaValidationFailureAnalyzer
        extends AbstractFailureAnalyzer<SchemaValidationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SchemaValidationException cause) {
        int count = cause.getDifferences().size();
        StringBuilder description =
                new StringBuilder(
                        "The database schema does not match the Qlio table classes"
                                + " (qlio.orm.ddl=validate found %d %s):%n%n"
                                        .formatted(
                                                count,
                                                (count == 1) ? "difference" : "differences"));
        for (String line : cause.getDescriptions()) {
            description.append(line).append(System.lineSeparator());
        }
        String action =
                "Bring the schema in line with the table classes (for example with a Flyway or"
                        + " Liquibase migration) or change the table classes. To create missing"
                        + " tables at startup set qlio.orm.ddl=create; to skip the check set"
                        + " qlio.orm.ddl=none.";
        return new FailureAnalysis(description.toString(), action, cause);
    }
}
