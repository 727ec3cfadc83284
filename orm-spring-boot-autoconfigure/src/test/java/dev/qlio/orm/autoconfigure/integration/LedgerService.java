package dev.qlio.orm.autoconfigure.integration;

import dev.qlio.orm.session.Session;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes through the shared Session in Spring-managed transactions. */
@Service
public class LedgerService {

    private final Session session;

    private final JdbcTemplate jdbc;

    private final InnerLedgerService inner;

    LedgerService(Session session, JdbcTemplate jdbc, InnerLedgerService inner) {
        this.session = session;
        this.jdbc = jdbc;
        this.inner = inner;
    }

    @Transactional
    public void add(String owner, int rows) {
        for (int i = 0; i < rows; i++) {
            this.session.add(Ledger.of(owner, i));
        }
    }

    @Transactional
    public void addThenFail(String owner, int rows) {
        add(owner, rows);
        throw new IllegalStateException("fails after adding " + rows + " rows");
    }

    /** Adds with the Session and JdbcTemplate, checks both see both rows, then fails. */
    @Transactional
    public long addWithSessionAndJdbcTemplateThenFail(String owner) {
        this.session.add(Ledger.of(owner, 1));
        this.jdbc.update(
                "INSERT INTO \"qlio_starter_ledger\" (\"owner\", \"amount\") VALUES (?, 2)", owner);
        long seenBySession =
                this.session.select(Ledger.class).where(Ledger.OWNER.eq(owner)).count();
        Integer seenByJdbc =
                this.jdbc.queryForObject(
                        "SELECT COUNT(*) FROM \"qlio_starter_ledger\" WHERE \"owner\" = ?",
                        Integer.class,
                        owner);
        throw new SeenException(seenBySession, seenByJdbc);
    }

    @Transactional
    public void outerFailsAfterInnerRequiresNew(String owner) {
        this.session.add(Ledger.of(owner + "-outer", 1));
        this.inner.addInNewTransaction(owner + "-inner");
        throw new IllegalStateException("outer fails");
    }

    @Transactional
    public void outerSurvivesFailedNested(String owner) {
        this.session.add(Ledger.of(owner + "-before", 1));
        try {
            this.inner.addInNestedTransactionThenFail(owner + "-nested");
        } catch (IllegalStateException expected) {
            // the nested transaction rolled back to its savepoint
        }
        this.session.add(Ledger.of(owner + "-after", 1));
    }

    @Transactional(readOnly = true)
    public void addInReadOnlyTransaction(String owner) {
        this.session.add(Ledger.of(owner, 1));
    }

    /** Carries what each side saw out of a rolled-back transaction. */
    public static final class SeenException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        final long seenBySession;

        final long seenByJdbc;

        SeenException(long seenBySession, long seenByJdbc) {
            super("session saw " + seenBySession + ", JdbcTemplate saw " + seenByJdbc);
            this.seenBySession = seenBySession;
            this.seenByJdbc = seenByJdbc;
        }
    }
}
