package dev.qlio.orm.autoconfigure.tables.repo;

import dev.qlio.orm.repository.TableRepository;
import org.springframework.stereotype.Repository;

/** A repository the application declares as a component: left to component scanning. */
@Repository
public class AnnotatedVisitRepository extends TableRepository<Visit, Long> {}
