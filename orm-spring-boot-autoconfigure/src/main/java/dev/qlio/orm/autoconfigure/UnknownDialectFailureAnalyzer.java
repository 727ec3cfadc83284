package dev.qlio.orm.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains an {@link UnknownDialectException}. */
final class UnknownDialectFailureAnalyzer extends AbstractFailureAnalyzer<UnknownDialectException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnknownDialectException cause) {
        String name = cause.getDialectName();
        if (name != null) {
            return new FailureAnalysis(
                    "The property qlio.orm.dialect is set to '%s', which is not a Qlio dialect."
                            .formatted(name),
                    ("Set qlio.orm.dialect to one of %s, or to the fully qualified name of a"
                                    + " dev.qlio.orm.dialect.Dialect subclass with a public"
                                    + " no-argument constructor; or remove it to detect the"
                                    + " dialect from the DataSource.")
                            .formatted(UnknownDialectException.KNOWN),
                    cause);
        }
        return new FailureAnalysis(
                "Qlio has no dialect for the database '%s' behind the DataSource."
                        .formatted(cause.getDatabaseProduct()),
                ("Connect to a database Qlio supports (%s), or set qlio.orm.dialect to the"
                                + " fully qualified name of your own dev.qlio.orm.dialect.Dialect"
                                + " subclass.")
                        .formatted(UnknownDialectException.KNOWN),
                cause);
    }
}
