package dev.qlio.orm.autoconfigure.tables.repo;

import dev.qlio.orm.repository.TableRepository;
import java.util.List;

/** A repository without annotation: the starter registers it. */
public class VisitRepository extends TableRepository<Visit, Long> {

    public List<Visit> findByReason(String reason) {
        return select().where(Visit.REASON.eq(reason)).all();
    }
}
