package dev.qlio.orm.dialect;

/** MariaDB's and MySQL's errors: Spring translates them; duplicate values are redacted. */
final class MariaDbErrors extends ErrorTranslation {

    /**
     * Besides a duplicate entry, MariaDB quotes the value it could not store: {@code Incorrect date
     * value: '+10000-01-01' for column ...}, {@code Truncated incorrect DOUBLE value: 'x'}.
     */
    @Override
    public String redact(String message) {
        return message.replaceAll(
                        "Duplicate entry '.*' for key", "Duplicate entry (value redacted) for key")
                .replaceAll(
                        "((?:Incorrect|Truncated incorrect) [\\w ]+ value): '.*'( for column|$)",
                        "$1: (value redacted)$2")
                .replaceAll(
                        "((?:Incorrect|Truncated incorrect) [\\w ]+ value): '.*'",
                        "$1: (value redacted)");
    }
}
