package dev.qlio.orm.retry;

import java.time.Duration;
import java.util.function.LongUnaryOperator;

/**
 * Exponential backoff with "equal jitter": before retry {@code n} (from 1) the pause is {@code d/2
 * + random(0, d/2)} where {@code d = min(max, initial * 2^(n-1))}. Half the pause grows
 * deterministically, so colliding transactions spread apart; the other half is random, so they do
 * not collide again in lockstep.
 */
final class Backoff {

    private final long initialNanos;

    private final long maxNanos;

    /** Returns a random value in {@code [0, bound]}. */
    private final LongUnaryOperator random;

    Backoff(Duration initial, Duration max, LongUnaryOperator random) {
        this.initialNanos = initial.toNanos();
        this.maxNanos = max.toNanos();
        this.random = random;
    }

    /**
     * The pause before the given retry.
     *
     * @param retry the retry's number, from 1
     * @return the pause
     */
    Duration before(int retry) {
        long d = this.initialNanos;
        for (int i = 1; i < retry && d < this.maxNanos; i++) {
            d = d > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : d * 2;
        }
        d = Math.min(d, this.maxNanos);
        long half = d / 2;
        long jitter = half > 0 ? this.random.applyAsLong(d - half) : 0;
        return Duration.ofNanos(half + Math.max(0, Math.min(jitter, d - half)));
    }
}
