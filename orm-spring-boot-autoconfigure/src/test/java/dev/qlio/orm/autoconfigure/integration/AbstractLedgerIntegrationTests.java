package dev.qlio.orm.autoconfigure.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.qlio.orm.Database;
import dev.qlio.orm.session.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The shared Session in a real Spring Boot application: declarative transactions, propagation, and
 * concurrency, checked independently with {@link JdbcTemplate}. Subclasses pick the database.
 */
abstract class AbstractLedgerIntegrationTests {

    @Autowired LedgerService service;

    @Autowired Session session;

    @Autowired Database database;

    @Autowired JdbcTemplate jdbc;

    @Autowired TransactionTemplate transactionTemplate;

    @BeforeEach
    void deleteRows() {
        this.jdbc.update("DELETE FROM \"qlio_starter_ledger\"");
    }

    @Test
    void failingTransactionLeavesNothingBehind() {
        assertThatIllegalStateException().isThrownBy(() -> this.service.addThenFail("ada", 3));
        assertThat(countRows("ada")).isZero();
        assertThat(this.database.activeSessions()).isZero();
    }

    @Test
    void successfulTransactionIsVisibleToJdbcTemplate() {
        this.service.add("ada", 3);
        assertThat(countRows("ada")).isEqualTo(3);
        assertThat(this.session.select(Ledger.class).where(Ledger.OWNER.eq("ada")).count())
                .isEqualTo(3);
    }

    @Test
    void sessionAndJdbcTemplateShareTheTransactionConnection() {
        assertThatExceptionOfType(LedgerService.SeenException.class)
                .isThrownBy(() -> this.service.addWithSessionAndJdbcTemplateThenFail("ada"))
                .satisfies(
                        (seen) -> {
                            assertThat(seen.seenBySession).isEqualTo(2);
                            assertThat(seen.seenByJdbc).isEqualTo(2);
                        });
        assertThat(countRows("ada")).isZero();
    }

    @Test
    void innerRequiresNewCommitSurvivesOuterRollback() {
        assertThatIllegalStateException()
                .isThrownBy(() -> this.service.outerFailsAfterInnerRequiresNew("ada"));
        assertThat(countRows("ada-outer")).isZero();
        assertThat(countRows("ada-inner")).isEqualTo(1);
    }

    @Test
    void nestedRollbackUndoesOnlyTheNestedWork() {
        this.service.outerSurvivesFailedNested("ada");
        assertThat(countRows("ada-before")).isEqualTo(1);
        assertThat(countRows("ada-nested")).isZero();
        assertThat(countRows("ada-after")).isEqualTo(1);
    }

    @Test
    void readOnlyTransactionRefusesWrites() {
        assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
                .isThrownBy(() -> this.service.addInReadOnlyTransaction("ada"));
        assertThat(countRows("ada")).isZero();
    }

    @Test
    void sharedSessionUsedBy16ThreadsKeepsEachThreadsWorkInItsOwnTransaction() throws Exception {
        int threads = 16;
        int rowsPerThread = 5;
        CyclicBarrier allAdded = new CyclicBarrier(threads);
        CyclicBarrier allCounted = new CyclicBarrier(threads);
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<Future<long[]>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String owner = "thread-" + t;
                boolean rollBack = (t % 2 == 0);
                results.add(
                        executor.submit(
                                () ->
                                        this.transactionTemplate.execute(
                                                (status) -> {
                                                    for (int i = 0; i < rowsPerThread; i++) {
                                                        this.session.add(Ledger.of(owner, i));
                                                    }
                                                    await(allAdded);
                                                    // every transaction is open and uncommitted
                                                    long mine =
                                                            this.session
                                                                    .select(Ledger.class)
                                                                    .where(Ledger.OWNER.eq(owner))
                                                                    .count();
                                                    long visible =
                                                            this.session
                                                                    .select(Ledger.class)
                                                                    .count();
                                                    await(allCounted);
                                                    if (rollBack) {
                                                        status.setRollbackOnly();
                                                    }
                                                    return new long[] {mine, visible};
                                                })));
            }
            for (Future<long[]> result : results) {
                long[] counts = result.get(60, TimeUnit.SECONDS);
                assertThat(counts[0]).as("own rows").isEqualTo(rowsPerThread);
                assertThat(counts[1]).as("rows visible").isEqualTo(rowsPerThread);
            }
        } finally {
            executor.shutdownNow();
        }
        for (int t = 0; t < threads; t++) {
            assertThat(countRows("thread-" + t))
                    .as("rows of thread-" + t)
                    .isEqualTo((t % 2 == 0) ? 0 : rowsPerThread);
        }
        assertThat(this.database.activeSessions()).isZero();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception ex) {
            throw new IllegalStateException("threads did not meet", ex);
        }
    }

    long countRows(String owner) {
        Long count =
                this.jdbc.queryForObject(
                        "SELECT COUNT(*) FROM \"qlio_starter_ledger\" WHERE \"owner\" = ?",
                        Long.class,
                        owner);
        return (count != null) ? count : 0;
    }
}
