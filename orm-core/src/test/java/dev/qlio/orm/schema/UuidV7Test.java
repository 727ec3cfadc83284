package dev.qlio.orm.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class UuidV7Test {

    @Test
    void carriesVersion7TheRfcVariantAndTheCurrentTime() {
        long before = System.currentTimeMillis();
        UUID uuid = UuidV7.next();
        long after = System.currentTimeMillis();
        assertThat(uuid.version()).isEqualTo(7);
        assertThat(uuid.variant()).isEqualTo(2);
        // a counter that ran out may move the timestamp a millisecond ahead
        assertThat(UuidV7.timestamp(uuid)).isBetween(before, after + 1);
    }

    @Test
    void everyValueIsGreaterThanTheOneBeforeAlsoWithinAMillisecond() {
        UUID previous = UuidV7.next();
        int sameMillisecond = 0;
        for (int i = 0; i < 200_000; i++) {
            UUID next = UuidV7.next();
            assertThat(unsigned(next, previous)).as("%s after %s", next, previous).isPositive();
            // the text form (what MariaDB and SQLite store) sorts the same way
            assertThat(next.toString().compareTo(previous.toString())).isPositive();
            if (UuidV7.timestamp(next) == UuidV7.timestamp(previous)) {
                sameMillisecond++;
            }
            previous = next;
        }
        assertThat(sameMillisecond).isPositive();
    }

    @Test
    void threadsNeverGetTheSameValue() throws Exception {
        int threads = 4;
        int each = 50_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<UUID>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<List<UUID>> task =
                        () -> {
                            List<UUID> ids = new ArrayList<>(each);
                            for (int i = 0; i < each; i++) {
                                ids.add(UuidV7.next());
                            }
                            return ids;
                        };
                results.add(pool.submit(task));
            }
            Set<UUID> all = new HashSet<>();
            for (Future<List<UUID>> result : results) {
                all.addAll(result.get());
            }
            assertThat(all).hasSize(threads * each);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void timestampRefusesOtherVersions() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> UuidV7.timestamp(UUID.randomUUID()))
                .withMessageContaining("not a version 7 UUID (version 4)");
    }

    private static int unsigned(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0
                ? high
                : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
