package dev.qlio.orm.test.autoconfigure;

import dev.qlio.orm.repository.TableRepository;
import org.springframework.stereotype.Repository;

/** A repository declared as a component: {@code @OrmTest}'s filter keeps it. */
@Repository
public class AnnotatedNoteRepository extends TableRepository<Note, Long> {}
