package dev.qlio.orm.dialect;

import dev.qlio.orm.schema.types.ValueNotStorableException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneOffset;

/**
 * The checks {@link TypeMapping} composes per database. Each one is built once with everything it
 * needs precomputed, tests an ordinary value with a comparison or a scan, and builds its message
 * only when it refuses.
 */
final class ValueChecks {

    private ValueChecks() {}

    /** {@code column qs_types.num}, or a phrase such as {@code a raw SQL parameter} as it is. */
    static String place(String column) {
        return column.startsWith("a ") ? column : "column " + column;
    }

    static ValueNotStorableException refuse(String column, String what, String why, String fix) {
        return new ValueNotStorableException(
                "Cannot store " + what + " in " + place(column) + ": " + why + ". " + fix);
    }

    /**
     * A decimal must fit {@code NUMERIC(precision, scale)} exactly: no more fractional digits than
     * the scale once trailing zeros are dropped (every database would round them, or SQLite keep
     * them against the declared scale), no more integer digits than {@code precision - scale}.
     */
    static ValueCheck numeric(int precision, int scale) {
        int integerDigits = precision - scale;
        return (column, value) -> {
            BigDecimal v = (BigDecimal) value;
            if (v.scale() > scale && v.stripTrailingZeros().scale() > scale) {
                throw refuse(
                        column,
                        "a decimal with more than " + scale + " fractional digits",
                        "NUMERIC(" + precision + ", " + scale + ") would round it",
                        "Round it first (value.setScale("
                                + scale
                                + ", RoundingMode.HALF_EVEN)), or declare the column with a"
                                + " larger scale.");
            }
            if (v.signum() != 0 && v.precision() - v.scale() > integerDigits) {
                throw refuse(
                        column,
                        "a decimal with more than " + integerDigits + " integer digits",
                        "NUMERIC(" + precision + ", " + scale + ") cannot hold it",
                        "Declare the column with a larger precision, or check the value"
                                + " before saving it.");
            }
        };
    }

    /**
     * Text must be valid UTF-16 (no unpaired surrogate) where the database stores UTF-8 and
     * replaces one with {@code ?}; and free of U+0000 where {@code nul} is refused.
     */
    static ValueCheck text(String database, boolean refuseNul) {
        return (column, value) -> {
            String s = (String) value;
            for (int i = 0, n = s.length(); i < n; i++) {
                char c = s.charAt(i);
                if (c < '\uD800') {
                    if (c == '\0' && refuseNul) {
                        throw refuse(
                                column,
                                "text containing the character U+0000 (NUL)",
                                database + " text cannot hold it",
                                "Remove it from the value, or store the data as SqlType.BYTES.");
                    }
                } else if (Character.isHighSurrogate(c)
                        && i + 1 < n
                        && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    throw refuse(
                            column,
                            "text with an unpaired UTF-16 surrogate (not valid Unicode)",
                            database + " stores text as UTF-8 and would replace it with '?'",
                            "Repair or remove the broken character before saving (it usually"
                                    + " comes from cutting a string between the two halves of"
                                    + " an emoji), or store the data as SqlType.BYTES.");
                }
            }
        };
    }

    /** NaN, and the infinities unless {@code infinitiesKept}, cannot be stored. */
    static ValueCheck finite(String database, boolean infinitiesKept, String consequence) {
        return (column, value) -> {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || (!infinitiesKept && Double.isInfinite(d))) {
                throw refuse(
                        column,
                        infinitiesKept ? "NaN" : "NaN or an infinity",
                        database + " " + consequence,
                        "Store NULL for an unknown number, or check the computation that"
                                + " produced it.");
            }
        };
    }

    /** Dates, timestamps and instants must lie in the years {@code min} to {@code max}. */
    static ValueCheck years(String database, int min, int max, String consequence) {
        // instants compare by epoch second: finding their year would allocate
        long first = LocalDateTime.of(min, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
        long end =
                max >= Year.MAX_VALUE
                        ? LocalDateTime.MAX.toEpochSecond(ZoneOffset.UTC) + 1
                        : LocalDateTime.of(max + 1, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
        return (column, value) -> {
            boolean inRange;
            if (value instanceof LocalDate d) {
                inRange = d.getYear() >= min && d.getYear() <= max;
            } else if (value instanceof LocalDateTime t) {
                inRange = t.getYear() >= min && t.getYear() <= max;
            } else {
                long second = ((Instant) value).getEpochSecond();
                inRange = second >= first && second < end;
            }
            if (!inRange) {
                throw refuse(
                        column,
                        "a date or time outside the years " + min + " to " + max,
                        database + " " + consequence,
                        "Check the value before saving it (a missing value is better stored"
                                + " as NULL than as a far-away date).");
            }
        };
    }
}
