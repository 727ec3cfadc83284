package dev.qlio.orm.reliability;

import java.util.Locale;

/**
 * Sizes of the reliability tests (the default counts, or the full ones with {@code -Pstress}, i.e.
 * {@code -Dqlio.stress=true}, or the environment variable {@code QLIO_STRESS=true}) and the figures
 * they report in the test output.
 */
final class Figures {

    private Figures() {}

    /** Whether the full sizes run. */
    static boolean stress() {
        // -Pstress sets the property; .ci/run sets the variable and runs the README's command
        return Boolean.getBoolean("qlio.stress")
                || "true".equalsIgnoreCase(System.getenv("QLIO_STRESS"));
    }

    /**
     * A size: {@code -Dqlio.reliability.<name>=n} wins, then the stress or the default value.
     *
     * @param name the size's name
     * @param normal the default
     * @param full the {@code -Pstress} value
     * @return the size
     */
    static int size(String name, int normal, int full) {
        String value = System.getProperty("qlio.reliability." + name);
        if (value != null && !value.isBlank()) {
            return Integer.parseInt(value.trim());
        }
        return stress() ? full : normal;
    }

    /** Prints one line of figures, found in the console and the surefire reports. */
    static void report(String test, Object database, String format, Object... args) {
        System.out.println(
                "[qlio-reliability] "
                        + test
                        + " on "
                        + database
                        + ": "
                        + String.format(Locale.ROOT, format, args));
    }
}
