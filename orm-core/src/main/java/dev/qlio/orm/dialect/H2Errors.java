package dev.qlio.orm.dialect;

/** H2's errors: Spring translates them; the values are redacted. */
final class H2Errors extends ErrorTranslation {

    /** H2 quotes the offending values of a unique or foreign-key violation. */
    @Override
    public String redact(String message) {
        return message.replaceAll("VALUES \\( .* \\)", "VALUES (redacted)")
                .replaceAll("\\(([A-Z_]+)\\) VALUES \\(.*\\)", "($1) VALUES (redacted)");
    }
}
