package dev.qlio.orm.autoconfigure.integration;

import dev.qlio.orm.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Inner transactions, called through the Spring proxy by {@link LedgerService}. */
@Service
public class InnerLedgerService {

    private final Session session;

    InnerLedgerService(Session session) {
        this.session = session;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void addInNewTransaction(String owner) {
        this.session.add(Ledger.of(owner, 1));
    }

    @Transactional(propagation = Propagation.NESTED)
    public void addInNestedTransactionThenFail(String owner) {
        this.session.add(Ledger.of(owner, 1));
        throw new IllegalStateException("nested fails");
    }
}
