package dev.qlio.orm.autoconfigure.jackson;

import dev.qlio.orm.autoconfigure.jackson.JsonTables.Note;
import dev.qlio.orm.session.Session;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A web application that returns rows and accepts them as request bodies. */
@SpringBootApplication
public class JsonWebApplication {

    /** Notes over HTTP, as rows. */
    @RestController
    static class NoteController {

        private final Session session;

        NoteController(Session session) {
            this.session = session;
        }

        @GetMapping("/notes/{id}")
        @Transactional(readOnly = true)
        Note note(@PathVariable long id) {
            return this.session
                    .select(Note.class)
                    .where(Note.ID.eq(id))
                    .load(Note.AUTHOR)
                    .first()
                    .orElseThrow();
        }

        @PostMapping("/notes")
        @Transactional
        Note create(@RequestBody Note note) {
            this.session.add(note);
            return note;
        }
    }
}
