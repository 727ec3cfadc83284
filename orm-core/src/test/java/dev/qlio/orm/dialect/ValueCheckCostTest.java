package dev.qlio.orm.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.schema.types.SqlType;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The value checks allocate nothing for an ordinary value: they are free on the hot path. */
class ValueCheckCostTest {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test
    void checkingOrdinaryValuesAllocatesNothing() {
        List<SqlType<?>> types =
                List.of(
                        SqlType.numeric(10, 2),
                        SqlType.TEXT,
                        SqlType.varchar(40),
                        SqlType.DOUBLE,
                        SqlType.REAL,
                        SqlType.DATE,
                        SqlType.TIMESTAMP,
                        SqlType.TIMESTAMPTZ);
        Object[] values = {
            new BigDecimal("12345.60"),
            "an ordinary sentence, with an emoji 😀 and accents é",
            "short",
            1.5d,
            2.5f,
            LocalDate.of(2024, 2, 29),
            LocalDateTime.of(2024, 2, 29, 12, 30),
            Instant.parse("2024-02-29T12:30:15.123456Z")
        };
        for (Dialect dialect :
                List.of(Dialect.H2, Dialect.POSTGRESQL, Dialect.MARIADB, Dialect.SQLITE)) {
            ValueCheck[] checks = new ValueCheck[types.size()];
            for (int i = 0; i < checks.length; i++) {
                checks[i] = dialect.types().valueCheck(types.get(i));
            }
            run(checks, values, 20_000); // warm up, so the JIT has compiled the checks
            long before = THREADS.getCurrentThreadAllocatedBytes();
            run(checks, values, 100_000);
            long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
            // 800,000 checks; a single allocation per check would be megabytes
            assertThat(allocated).as(dialect.name()).isLessThan(64 * 1024);
        }
    }

    private static void run(ValueCheck[] checks, Object[] values, int rounds) {
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < checks.length; i++) {
                if (checks[i] != null) {
                    checks[i].check("t.c", values[i]);
                }
            }
        }
    }
}
