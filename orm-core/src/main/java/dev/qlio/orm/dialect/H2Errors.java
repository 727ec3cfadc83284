package dev.qlio.orm.dialect;

/** H2's errors: Spring translates them; the values are redacted. */
final class H2Errors extends ErrorTranslation {

    /**
     * H2 quotes the offending values of a unique or foreign-key violation ({@code VALUES (...)}, or
     * {@code (CAST(2 AS BIGINT))} after a foreign key), and the value of a conversion or range
     * error ({@code Value too long for column "C": "'abc' (3)"}, {@code Numeric value out of range:
     * "..."}, {@code Data conversion error converting "..."}).
     */
    @Override
    public String redact(String message) {
        return message.replaceAll("VALUES \\( .* \\)", "VALUES (redacted)")
                .replaceAll("\\(([A-Z_]+)\\) VALUES \\(.*\\)", "($1) VALUES (redacted)")
                .replaceAll("\\((CAST\\(.*\\)|[^()]*'.*'[^()]*)\\)\"", "(redacted)\"")
                .replaceAll(
                        "(Value too long for column \"[^\"]*\"): \"[^\n]*\"(;|$)",
                        "$1: (value redacted)$2")
                .replaceAll(
                        "(Numeric value out of range|Data conversion error converting"
                                + "|Cannot parse \"[A-Z ]*\" constant): \"[^\n]*\"(;|$)",
                        "$1: (value redacted)$2")
                .replaceAll(
                        "(Data conversion error converting) \"[^\n]*\"(;|$)",
                        "$1 (value redacted)$2");
    }
}
