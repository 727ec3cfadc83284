package dev.qlio.orm.internal.session;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Detection of sessions that are never closed. A session that becomes unreachable while open is
 * rolled back, its connection released, and a warning logged (logger {@code
 * dev.qlio.orm.internal.session.LeakDetection}) naming the thread that opened it and, at level
 * {@link Level#TRACE}, the stack that opened it.
 *
 * <p>The level comes from the system property {@code qlio.orm.leak-detection} ({@code off}, {@code
 * simple} — the default —, {@code trace}) and can be changed at run time with {@link #setLevel}.
 * {@code simple} costs one small allocation per session; {@code trace} captures a stack trace per
 * session (microseconds: for development and tests, not production). Thread-safe.
 */
public final class LeakDetection {

    /** The system property that sets the level. */
    public static final String PROPERTY = "qlio.orm.leak-detection";

    static final Log logger = LogFactory.getLog(LeakDetection.class);

    private static volatile Level level = parse(System.getProperty(PROPERTY));

    private static final AtomicLong leaks = new AtomicLong();

    private LeakDetection() {}

    /** How much is done to find sessions that are never closed. */
    public enum Level {
        /** Nothing: a session never closed holds its connection until the pool reclaims it. */
        OFF,
        /** A session never closed is released when collected, with a warning naming its thread. */
        SIMPLE,
        /** As {@link #SIMPLE}, and the warning carries the stack trace that opened the session. */
        TRACE
    }

    /**
     * The current level.
     *
     * @return the level
     */
    public static Level level() {
        return level;
    }

    /**
     * Changes the level for sessions opened from now on.
     *
     * @param newLevel the level
     */
    public static void setLevel(Level newLevel) {
        level = java.util.Objects.requireNonNull(newLevel, "level must not be null");
    }

    /**
     * Sessions found unclosed since the JVM started.
     *
     * @return the count
     */
    public static long leaksDetected() {
        return leaks.get();
    }

    static void leaked() {
        leaks.incrementAndGet();
    }

    /** Where a session was opened, as cheaply as the level allows; null when off. */
    static @Nullable Origin origin() {
        Level l = level;
        if (l == Level.OFF) {
            return null;
        }
        return new Origin(
                Thread.currentThread().getName(),
                l == Level.TRACE ? new Throwable("The session was opened here") : null);
    }

    private static Level parse(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return Level.SIMPLE;
        }
        try {
            return Level.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            logger.warn(
                    "Ignoring -D"
                            + PROPERTY
                            + "="
                            + value
                            + ": expected off, simple or trace; using simple");
            return Level.SIMPLE;
        }
    }

    /** The thread that opened a session and, at level TRACE, its stack. */
    record Origin(String thread, @Nullable Throwable stack) {}
}
