package dev.qlio.orm.test.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qlio.orm.observation.StatementCounter;
import dev.qlio.orm.session.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code @OrmTest} counts statements and provides repositories with no extra configuration. */
@OrmTest
class OrmTestStatementCountingIntegrationTests {

    @Autowired StatementCounter statements;

    @Autowired Session session;

    @Autowired NoteRepository notes;

    @Autowired AnnotatedNoteRepository annotatedNotes;

    @Autowired JdbcTemplate jdbc;

    @Test
    void countsStatementsOutOfTheBox() {
        this.statements.expect(
                2,
                () -> {
                    this.session.add(Note.of("one"));
                    this.session.select(Note.class).all();
                });
    }

    @Test
    void aFailedCountListsTheSqlThatRan() {
        assertThatThrownBy(() -> this.statements.expect(0, () -> this.notes.count()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected 0 statements but 1 ran")
                .hasMessageContaining("1. select qlio_slice_note: SELECT COUNT(*)");
    }

    @Test
    void repositoriesAreInTheSliceAndRunInTheTestsTransaction() {
        Note saved = this.statements.expect(1, () -> this.notes.save(Note.of("kept")));

        assertThat(saved.get(Note.ID)).isNotNull();
        assertThat(
                        this.jdbc.queryForObject(
                                "SELECT COUNT(*) FROM \"qlio_slice_note\" WHERE \"text\" = 'kept'",
                                Integer.class))
                .isEqualTo(1);
        assertThat(this.notes.findByText("kept")).hasSize(1);
        assertThat(this.annotatedNotes.existsById(saved.get(Note.ID))).isTrue();
    }
}
