package dev.qlio.orm.dialect;

/** PostgreSQL's errors: Spring translates them; the key values are redacted. */
final class PostgresErrors extends ErrorTranslation {

    /** The server's "Detail:" line quotes the offending key values. */
    @Override
    public String redact(String message) {
        int detail = message.indexOf("\n  Detail:");
        return detail < 0 ? message : message.substring(0, detail);
    }
}
