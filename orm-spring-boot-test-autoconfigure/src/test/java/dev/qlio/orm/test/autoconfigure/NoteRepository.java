package dev.qlio.orm.test.autoconfigure;

import dev.qlio.orm.repository.TableRepository;
import java.util.List;

/** A repository without annotation: the Qlio auto-configuration registers it, in the slice too. */
public class NoteRepository extends TableRepository<Note, Long> {

    public List<Note> findByText(String text) {
        return select().where(Note.TEXT.eq(text)).all();
    }
}
