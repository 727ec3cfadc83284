package dev.qlio.orm.dialect;

/** MariaDB's and MySQL's errors: Spring translates them; duplicate values are redacted. */
final class MariaDbErrors extends ErrorTranslation {

    @Override
    public String redact(String message) {
        return message.replaceAll(
                "Duplicate entry '.*' for key", "Duplicate entry (value redacted) for key");
    }
}
