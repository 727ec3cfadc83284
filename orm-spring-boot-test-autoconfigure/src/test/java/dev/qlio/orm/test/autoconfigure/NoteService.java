package dev.qlio.orm.test.autoconfigure;

import dev.qlio.orm.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An application service that @OrmTest loads only when imported. */
@Service
public class NoteService {

    private final Session session;

    NoteService(Session session) {
        this.session = session;
    }

    @Transactional
    public void write(String text) {
        this.session.add(Note.of(text));
    }

    public long count() {
        return this.session.select(Note.class).count();
    }
}
