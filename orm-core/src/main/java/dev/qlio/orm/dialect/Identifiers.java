package dev.qlio.orm.dialect;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * The identifier role of a dialect: how names are quoted, and how long they may be, counted in the
 * database's own unit (characters, or bytes on PostgreSQL). Thread-safe.
 */
public class Identifiers {

    /** The unit a database counts identifier length in. */
    public enum Unit {
        /** Unicode code points. */
        CHARACTERS,
        /** Bytes of the UTF-8 encoding. */
        UTF8_BYTES
    }

    private final String dialect;

    private final char quote;

    private final int maxLength;

    private final Unit unit;

    /**
     * The identifier rules of a dialect.
     *
     * @param dialect the dialect's name, for messages
     * @param quote the quote character, doubled inside a quoted name
     * @param maxLength the longest identifier the database accepts, in {@code unit}
     * @param unit what a length counts
     */
    public Identifiers(String dialect, char quote, int maxLength, Unit unit) {
        this.dialect = dialect;
        this.quote = quote;
        this.maxLength = maxLength;
        this.unit = unit;
    }

    /**
     * Quotes an identifier, doubling quote characters inside it.
     *
     * @param identifier the raw identifier
     * @return the quoted identifier
     */
    public String quote(String identifier) {
        String q = String.valueOf(this.quote);
        return q + identifier.replace(q, q + q) + q;
    }

    /**
     * The longest identifier the database accepts, in the unit of {@link #length}.
     *
     * @return the limit
     */
    public int maxLength() {
        return this.maxLength;
    }

    /**
     * The length of an identifier as the database counts it.
     *
     * @param identifier the identifier
     * @return its length
     */
    public int length(String identifier) {
        return this.unit == Unit.UTF8_BYTES
                ? identifier.getBytes(StandardCharsets.UTF_8).length
                : identifier.codePointCount(0, identifier.length());
    }

    /**
     * Checks an identifier against the database's length limit.
     *
     * @param what what the identifier names, for the message (e.g. {@code "column users.name"})
     * @param identifier the identifier
     * @throws IllegalArgumentException if it is too long
     */
    public void check(String what, String identifier) {
        int length = length(identifier);
        if (length > this.maxLength) {
            throw new IllegalArgumentException(
                    what
                            + ": identifier '"
                            + identifier
                            + "' is "
                            + length
                            + " long, more than "
                            + this.dialect
                            + "'s limit of "
                            + this.maxLength
                            + "; shorten it with named(...) or @TableName");
        }
    }

    /**
     * A generated name (constraint, index) made to fit {@link #maxLength()}: returned as is when it
     * fits, else cut and suffixed with a hash of the whole name, so that distinct long names stay
     * distinct and the same name always gives the same result.
     *
     * @param name the wanted name
     * @return a name the database accepts
     */
    public String fit(String name) {
        if (length(name) <= this.maxLength) {
            return name;
        }
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        String suffix = String.format(Locale.ROOT, "_%08x", crc.getValue());
        int end = name.length();
        String cut;
        do {
            end = name.offsetByCodePoints(end, -1);
            cut = name.substring(0, end) + suffix;
        } while (end > 0 && length(cut) > this.maxLength);
        return cut;
    }
}
